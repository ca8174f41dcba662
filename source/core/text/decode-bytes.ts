import {Buffer, isUtf8} from 'node:buffer';
import type {Encoding} from '../work.js';

/**
 * Windows-1252's characters for bytes 0x80–0x9F, indexed by byte − 0x80.
 * The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * stand for themselves, as the C1 control of the same number.
 */
export const CP1252_80_9F =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** How far `isBinary` looks; text files never hold NUL, so the head is enough. */
const BINARY_SNIFF_BYTES = 8192;

/** The UTF-16 code unit of each Windows-1252 byte. */
const CP1252_UNITS = Uint16Array.from({length: 256}, (_, byte) =>
	byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F.charCodeAt(byte - 0x80) : byte,
);

// TextDecoder drops the BOM it was named for, so files with one decode whole.
const utf8 = new TextDecoder('utf-8');

/** Whether the bytes open with UTF-8's byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
	return startsWith(bytes, [0xef, 0xbb, 0xbf]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

/** The UTF-16 the bytes' byte-order mark names, or null when they open with none. */
export function utf16Named(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	return startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
}

/** Whether the bytes open with a UTF-16 byte-order mark, either way round. */
export function hasUtf16Bom(bytes: Uint8Array): boolean {
	return utf16Named(bytes) !== null;
}

/**
 * Node 20's TextDecoder reads the `windows-1252` label as Latin-1 (0x93 →
 * U+0093), and slowly; a table lookup into UTF-16 is right and several times
 * faster than mapping the C1 range afterwards.
 */
export function decodeCp1252(bytes: Uint8Array): string {
	const units = new Uint16Array(bytes.length);
	for (let index = 0; index < bytes.length; index++) {
		units[index] = CP1252_UNITS[bytes[index]!]!;
	}

	return Buffer.from(units.buffer, 0, units.byteLength).toString('utf16le');
}

/** True for files that are not text: a NUL byte near the start. UTF-16 with a BOM is text even though it is full of NULs. */
export function isBinary(bytes: Uint8Array): boolean {
	return !hasUtf16Bom(bytes) && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * A fic file's encoding, judged once for the whole file, and how to decode
 * a stretch of it.
 */
export type FileDecoder = {
	encoding: Encoding;
	/**
	 * Whether the file may be decoded a stretch at a time, cut after any LF
	 * byte: false for UTF-16, whose line feed is two bytes.
	 */
	byLines: boolean;
	/** Decodes bytes [from, to); a BOM at `from` is dropped only at the file's start, as a whole-file decode drops it. */
	decode(from: number, to: number): string;
};

const utf8KeepingBom = new TextDecoder('utf-8', {ignoreBOM: true});

/**
 * How to decode a fic file: a BOM decides when there is one, then strict
 * UTF-8, then Windows-1252, which accepts any byte sequence.
 */
export function decoderFor(bytes: Uint8Array): FileDecoder {
	const utf8Decoder = (encoding: Encoding): FileDecoder => ({
		encoding,
		byLines: true,
		decode: (from, to) => (from === 0 ? utf8 : utf8KeepingBom).decode(bytes.subarray(from, to)),
	});
	// The BOM promises UTF-8, so stray bad bytes become U+FFFD rather than sending the whole file down the Windows-1252 path.
	if (hasUtf8Bom(bytes)) return utf8Decoder('utf-8-bom');
	const utf16 = utf16Named(bytes);
	if (utf16 !== null) return {encoding: utf16, byLines: false, decode: (from, to) => new TextDecoder(utf16).decode(bytes.subarray(from, to))};

	// Validating first (simdutf) is cheaper than a fatal decode that throws.
	if (isUtf8(bytes)) return utf8Decoder('utf-8');
	return {encoding: 'windows-1252', byLines: true, decode: (from, to) => decodeCp1252(bytes.subarray(from, to))};
}

/** Decodes a fic file whole (see `decoderFor`). */
export function decodeBytes(bytes: Uint8Array): {text: string; encoding: Encoding} {
	const decoder = decoderFor(bytes);
	return {text: decoder.decode(0, bytes.length), encoding: decoder.encoding};
}
