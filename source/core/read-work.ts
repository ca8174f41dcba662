import path from 'node:path';
import {cleanLines} from './text/clean-text.js';
import {isBinary} from './text/decode-bytes.js';
import {displaySafe} from './text/display-safe.js';
import {parseBody, parseWork} from './parse/parse-work.js';
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
const onlyWhiteSpace = 'empty file (only white space)';

/**
 * A text file's bytes as clean lines: refuse what is not a fic, then decode,
 * repair and sanitize once. Everything after this point sees only clean text.
 */
function cleanFile(bytes: Uint8Array): ReturnType<typeof cleanLines> | {reason: string} {
	const refusal = refusalOfBytes(bytes);
	if (refusal !== null) return {reason: refusal};
	const clean = cleanLines(bytes);
	return clean.lines.every(line => isBlank(line)) ? {reason: onlyWhiteSpace} : clean;
}

/** Turns the bytes of one text file into a work: clean lines (`cleanFile`), parsed. */
export function readWork(bytes: Uint8Array, relativePath: string): ReadWorkResult {
	const clean = cleanFile(bytes);
	if ('reason' in clean) return {ok: false, reason: clean.reason};
	// The file name becomes the title of a header-less work, and names are untrusted too.
	const fileName = displaySafe(path.posix.basename(relativePath));
	const {meta, body} = parseWork(clean.lines, fileName);
	return {
		ok: true,
		meta: {...meta, path: relativePath, encoding: clean.encoding, notes: clean.notes, duplicateOf: null},
		body,
	};
}

/** `readWork`'s body alone, or its refusal (see `parseBody`). */
export function readBody(bytes: Uint8Array): {ok: true; body: WorkBody} | {ok: false; reason: string} {
	const clean = cleanFile(bytes);
	return 'reason' in clean ? {ok: false, reason: clean.reason} : {ok: true, body: parseBody(clean.lines)};
}
