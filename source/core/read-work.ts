import path from 'node:path';
import {cleanText} from './text/clean-text.js';
import {isBinary} from './text/decode-bytes.js';
import {displaySafe} from './text/display-safe.js';
import {parseWork} from './parse/parse-work.js';
import type {WorkBody, WorkMeta} from './work.js';

export type ReadWorkResult =
	| {ok: true; meta: WorkMeta; body: WorkBody}
	| {ok: false; reason: string};

/**
 * Turns the bytes of one file into a work: refuse what is not a fic, then
 * decode, repair and sanitize once, then parse. Everything after this point
 * sees only clean text.
 */
export function readWork(bytes: Uint8Array, relativePath: string): ReadWorkResult {
	if (bytes.length === 0) return {ok: false, reason: 'empty file'};
	if (isBinary(bytes)) return {ok: false, reason: 'binary file (NUL byte in the first 8 KiB)'};

	const {text, encoding, notes} = cleanText(bytes);
	if (text.trim() === '') return {ok: false, reason: 'empty file (only white space)'};

	// The file name becomes the title of a header-less work, and names are untrusted too.
	const fileName = displaySafe(path.posix.basename(relativePath));
	const {meta, body} = parseWork(text, fileName);
	return {
		ok: true,
		meta: {...meta, path: relativePath, encoding, notes, duplicateOf: null},
		body,
	};
}

