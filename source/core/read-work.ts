import path from 'node:path';
import {cleanLines} from './text/clean-text.js';
import {isBinary} from './text/decode-bytes.js';
import {displaySafe} from './text/display-safe.js';
import {parseWork} from './parse/parse-work.js';
import {isBlank} from './parse/split-paragraphs.js';
import type {WorkBody, WorkMeta} from './work.js';

export type ReadWorkResult =
	| {ok: true; meta: WorkMeta; body: WorkBody}
	| {ok: false; reason: string};

/** Why `readWork` refuses these bytes before it decodes them; null when it does not. */
export function refusalOfBytes(bytes: Uint8Array): string | null {
	if (bytes.length === 0) return 'empty file';
	if (isBinary(bytes)) return 'binary file (NUL byte in the first 8 KiB)';
	return null;
}

/** Why `readWork` refuses a file whose clean text is only white space. */
export const onlyWhiteSpace = 'empty file (only white space)';

/**
 * Turns the bytes of one file into a work: refuse what is not a fic, then
 * decode, repair and sanitize once, then parse. Everything after this point
 * sees only clean text.
 */
export function readWork(bytes: Uint8Array, relativePath: string): ReadWorkResult {
	const refusal = refusalOfBytes(bytes);
	if (refusal !== null) return {ok: false, reason: refusal};

	const {lines, encoding, notes} = cleanLines(bytes);
	if (lines.every(line => isBlank(line))) return {ok: false, reason: onlyWhiteSpace};

	// The file name becomes the title of a header-less work, and names are untrusted too.
	const fileName = displaySafe(path.posix.basename(relativePath));
	const {meta, body} = parseWork(lines, fileName);
	return {
		ok: true,
		meta: {...meta, path: relativePath, encoding, notes, duplicateOf: null},
		body,
	};
}

