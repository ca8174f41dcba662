import {describe, expect, it} from 'vitest';
import {decodeBytes, isBinary} from '../../../source/core/text/decode-bytes.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function utf16(text: string, bigEndian: boolean): Uint8Array {
	const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		out.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
	}

	return Uint8Array.from(out);
}

describe('decodeBytes', () => {
	it('reads plain UTF-8', () => {
		expect(decodeBytes(utf8('Éponine, 日本, 👩‍👧'))).toEqual({text: 'Éponine, 日本, 👩‍👧', encoding: 'utf-8'});
	});

	it('strips a UTF-8 BOM and says it was there', () => {
		expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('Thénardier')))).toEqual({text: 'Thénardier', encoding: 'utf-8-bom'});
	});

	it('keeps a file with a UTF-8 BOM as UTF-8 even when a byte is bad', () => {
		expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62))).toEqual({text: 'a\ufffdb', encoding: 'utf-8-bom'});
	});

	it('reads UTF-16 LE and BE by their BOM, astral characters included', () => {
		const text = 'Title: Zoë\n😀 Ab';
		expect(decodeBytes(utf16(text, false))).toEqual({text, encoding: 'utf-16le'});
		expect(decodeBytes(utf16(text, true))).toEqual({text, encoding: 'utf-16be'});
	});

	it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
		// "café “Zoë”…" as Windows-1252: é=E9, “=93, ë=EB, ”=94, …=85.
		const cp1252 = bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x5a, 0x6f, 0xeb, 0x94, 0x85, 0x80);
		expect(decodeBytes(cp1252)).toEqual({text: 'café “Zoë”…€', encoding: 'windows-1252'});
	});

	it('keeps the five bytes Windows-1252 leaves undefined as C1 controls', () => {
		expect(decodeBytes(bytes(0xff, 0x81, 0x8d, 0x8f, 0x90, 0x9d))).toEqual({
			text: 'ÿ\u0081\u008d\u008f\u0090\u009d',
			encoding: 'windows-1252',
		});
	});

	it('treats a truncated UTF-8 sequence as Windows-1252', () => {
		expect(decodeBytes(bytes(0x61, 0xc3))).toEqual({text: 'aÃ', encoding: 'windows-1252'});
	});

	it('reads an empty file as empty UTF-8', () => {
		expect(decodeBytes(bytes())).toEqual({text: '', encoding: 'utf-8'});
	});
});

describe('isBinary', () => {
	it('flags a NUL byte near the start', () => {
		expect(isBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01))).toBe(true);
	});

	it('passes ordinary text', () => {
		expect(isBinary(utf8('Work text:\nIt was a dark night.'))).toBe(false);
	});

	it('does not take UTF-16 with a BOM for binary, though it is full of NULs', () => {
		expect(isBinary(utf16('plain ASCII text', false))).toBe(false);
		expect(isBinary(utf16('plain ASCII text', true))).toBe(false);
	});

	it('only looks at the first 8 KiB', () => {
		const late = new Uint8Array(10_000).fill(0x61);
		late[9000] = 0;
		expect(isBinary(late)).toBe(false);
		late[8191] = 0;
		expect(isBinary(late)).toBe(true);
	});
});
