import {openBodyFromBytes} from '../formats/read-file.js';
import {readRegularFile} from '../read-regular-file.js';
import {isAscii} from '../search/normalize-text.js';
import type {WorkBody} from '../work.js';

/**
 * Opens a work's body for the full-text search; null when the file cannot be
 * read as a work any more, or surely lacks what is searched for.
 */
export type OpenBody = (absolutePath: string, relative: string) => Promise<WorkBody | null>;

// Latin letters with marks (precomposed or combining), and the letters the search folds to others.
const accentedLetter = /[\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]/;

// Bytes that make a quick look at the raw text unsafe: a UTF-16 byte order mark, or a NUL.
const utf16 = /^(?:\uFFFE|\uFEFF)|\0/;

/**
 * Whether a text file's bytes may hold `probe` (a folded word, see
 * `probeOf`) once decoded, repaired and folded: false only when it surely
 * does not. Decoding, repairing and parsing cost most of a search, and most
 * files lack the phrase; this rules them out at the cost of one native
 * lowercasing. Anything it cannot judge (UTF-16, bytes that are not UTF-8,
 * letters that fold to others) is searched in full.
 */
export function mayHold(bytes: Uint8Array, phraseProbe: string): boolean {
	// Quotes may be curly in the file: look for the longest stretch without one.
	const probe = phraseProbe.split(/['"]/).reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
	if (probe === '' || !isAscii(probe)) return true;
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
	if (utf16.test(text.slice(0, 2)) || text.includes('\uFFFD') || text.includes('\0')) return true;
	const lower = text.toLowerCase();
	if (lower.includes(probe)) return true;
	// Punctuation (curly quotes, dashes) folds to nothing the probe holds: only letters with marks can.
	if (!accentedLetter.test(text)) return false;
	// Mojibake the reader repairs (`Ã©` for `é`), and letters that fold to others, are searched in full;
	// accents are compared as the search folds them, marks removed.
	return /[\u00C3\u00C2\u00E2\u0142\u0111\u00F8\u0127\u0167\u0131\u00DF]/i.test(text) || lower.normalize('NFKD').replaceAll(/\p{M}/gu, '').includes(probe);
}

/**
 * Reads bodies through their formats' adapters, whole (every chapter of an
 * EPUB), skipping text files that surely lack `probe`: only a text file's
 * bytes are its words, so only there can the quick look rule a file out.
 */
export function openerFor(probe: string): OpenBody {
	return async (absolutePath, relative) => {
		try {
			const bytes = await readRegularFile(absolutePath);
			if (/\.txt$/i.test(relative) && !mayHold(bytes, probe)) return null;
			const opened = await openBodyFromBytes(bytes, relative);
			if (!opened.ok) return null;
			return opened.rest ? (await opened.rest()).body : opened.body;
		} catch {
			// Gone or unreadable since the scan: no hits, as for a file that holds none.
			return null;
		}
	};
}
