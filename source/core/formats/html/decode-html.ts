/**
 * Decodes an HTML file's bytes to text: a BOM decides, then valid UTF-8,
 * then the charset the file declares when it is a legacy one the text
 * pipeline does not guess (Shift_JIS, KOI8-R…), then Windows-1252; and
 * mojibake is repaired as for text files. Sanitizing waits for the parser,
 * which runs it on each text node once its references are decoded.
 */
import {Buffer, isUtf8} from 'node:buffer';
import {decodeBytes} from '../../text/decode-bytes.js';
import {repairMojibake} from '../../text/repair-mojibake.js';
import type {Encoding, RepairNote} from '../../work.js';

/** Where a browser looks for a `<meta charset>` too. */
const SNIFF_BYTES = 4096;

const declaredCharset = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

/** Labels that mean what `decodeBytes` already guesses (Windows-1252 is what browsers read Latin-1 labels as). */
const guessed = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'windows-1252', 'cp1252', 'iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'x-cp1252']);

/** The charset the file's head declares, lower-cased, or undefined. */
export function declaredCharsetOf(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
	const match = declaredCharset.exec(head);
	return (match?.[1] ?? match?.[2])?.toLowerCase();
}

function decodeDeclared(bytes: Uint8Array, charset: string): string | undefined {
	try {
		return new TextDecoder(charset).decode(bytes);
	} catch {
		// An unknown label: the guess stands.
		return undefined;
	}
}

export function decodeHtml(bytes: Uint8Array): {text: string; encoding: Encoding; notes: RepairNote[]} {
	const charset = declaredCharsetOf(bytes);
	const legacy = charset !== undefined && !guessed.has(charset) && !charset.startsWith('utf-16') && !isUtf8(bytes);
	const declared = legacy ? decodeDeclared(bytes, charset) : undefined;
	// The Encoding type names no other legacy charset: a declared one is reported as the single-byte kind it replaces.
	const {text, encoding} = declared === undefined ? decodeBytes(bytes) : {text: declared, encoding: 'windows-1252' as const};
	const notes: RepairNote[] = [];
	return {text: repairMojibake(text, notes), encoding, notes};
}
