import {createHash} from 'node:crypto';

/**
 * A stable 16-hex-digit fingerprint of a work's text, the state key of works
 * without a Work ID. The text is normalized first (whitespace runs collapsed to
 * one space, ends trimmed) so that line endings, re-wrapping and trailing
 * spaces, which differ between downloads of the same text, don't change it.
 */
export function fingerprintText(text: string): string {
	// Same result as replacing /\s+/g, but single spaces, by far the most common
	// whitespace in prose, don't match: ~45 ms instead of ~400 ms for 5 MB.
	const normalized = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
	return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}
