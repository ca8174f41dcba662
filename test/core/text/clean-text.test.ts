import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {cleanLines, cleanText} from '../../../source/core/text/clean-text.js';

const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

describe('cleanText', () => {
	it('passes clean UTF-8 through with no notes', () => {
		const text = 'Title: Les Misérables\n\nÉponine waited. “Marius…”\n';
		expect(cleanText(utf8(text))).toEqual({text, encoding: 'utf-8', notes: []});
	});

	it('repairs the seed byte patterns', () => {
		// C3 82 C2 A0: a no-break space saved as mojibake.
		expect(cleanText(bytes(0x61, 0xc3, 0x82, 0xc2, 0xa0)).text).toBe('a\u00a0');
		expect(cleanText(utf8('"Mon Ãˆtoile!"')).text).toBe('"Mon Ètoile!"');
		expect(cleanText(utf8('Ã©')).text).toBe('é');
	});

	it('repairs curly quotes whose 0x9D byte is a C1 control before controls are removed', () => {
		expect(cleanText(utf8('â€œHello,â€\u009d he said.'))).toEqual({
			text: '“Hello,” he said.',
			encoding: 'utf-8',
			notes: ['mojibake-repaired'],
		});
	});

	it('repairs mojibake in a Windows-1252 file, whose 0x9D byte decodes as U+009D', () => {
		// "â€œHi!â€\x9D" saved as Windows-1252 bytes: E2 80 9C ... E2 80 9D, plus an é (E9) to make it invalid UTF-8.
		const file = bytes(0xe2, 0x80, 0x9c, 0x48, 0x69, 0x21, 0xe2, 0x80, 0x9d, 0x20, 0xe9);
		expect(cleanText(file)).toEqual({text: '“Hi!” é', encoding: 'windows-1252', notes: ['mojibake-repaired']});
	});

	it('notes mapped C1 characters and sanitizes after repairing', () => {
		expect(cleanText(utf8('\u0093Hi\u0094\r\n\u001b[31mred\u001b[0m\t\u202eend'))).toEqual({
			text: '“Hi”\nred end',
			encoding: 'utf-8',
			notes: ['c1-mapped', 'crlf', 'escapes-removed', 'tabs-expanded', 'bidi-removed'],
		});
	});

	it('removes an 8-bit CSI whole instead of mapping its introducer', () => {
		expect(cleanText(utf8('a\u009b1;31mb')).text).toBe('ab');
	});

	it('decodes UTF-16 and sanitizes it', () => {
		const le = Uint8Array.from([0xff, 0xfe, ...[...'a\r\nb'].flatMap(char => [char.charCodeAt(0), 0])]);
		expect(cleanText(le)).toEqual({text: 'a\nb', encoding: 'utf-16le', notes: ['crlf']});
	});
});

describe('cleanText never lets a control character through', () => {
	it('for arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 300}), input => !FORBIDDEN.test(cleanText(input).text)),
			{numRuns: 3000},
		);
	});

	it('for arbitrary bytes behind each BOM', () => {
		const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
		fc.assert(
			fc.property(bom, fc.uint8Array({maxLength: 300}), (prefix, rest) => !FORBIDDEN.test(cleanText(Uint8Array.from([...prefix, ...rest])).text)),
			{numRuns: 2000},
		);
	});

	it('while leaving printable ASCII text exactly as it was', () => {
		const asciiLine = fc.string({unit: fc.integer({min: 0x20, max: 0x7e}).map(code => String.fromCharCode(code))});
		fc.assert(
			fc.property(fc.array(asciiLine, {maxLength: 10}), lines => {
				const text = lines.join('\n');
				expect(cleanText(utf8(text))).toEqual({text, encoding: 'utf-8', notes: []});
			}),
			{numRuns: 2000},
		);
	});

	it('for text mixing escapes, C1, bidi, mojibake and letters', () => {
		const piece = fc.oneof(
			fc.constantFrom(
				'\u001b', '\u001b[', '\u001b]', '\u001bP', '\u001b\\', '[31m', ']8;;', '\u0007',
				'\u009b', '\u009d', '\u0090', '\u0098', '\u009c', '\u009e', '\u009f', '\u0085', '\u0081',
				'\u202e', '\u2066', '\u2069', '\u200d', '\ufeff', '\r', '\n', '\t', '\u2028',
				'Ã', 'Â', 'â€', '©', '™', 'Ä', '…', 'é', 'Éponine', '日本', '👩‍👧', ' ', '0;', 'm', 'a',
			),
			fc.string({unit: 'binary', maxLength: 4}),
		);
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 40}), pieces => !FORBIDDEN.test(cleanText(utf8(pieces.join(''))).text)),
			{numRuns: 2000},
		);
	});
});

describe('cleanLines', () => {
	// Pieces that each step of the cleaning changes, and stretches long enough that a file is cleaned in several (32 KiB each).
	const piece = fc.oneof(
		fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\t', '\tindented', 'Ã©', 'â€œquoted', 'â€\u009d', 'siÄ™', '\u0093', '\u0085', '\u009b1;31m'),
		fc.constantFrom('\u001b[31m', '\u001b]0;title', '\u001b]0;title\u0007', '\u001bP', '\u009dosc\u009c', '\ufeff', '\u2028', '\u202e', '\u0000', 'é', '日本', '😀'),
		fc.constantFrom('x'.repeat(33_000), 'word '.repeat(7000), 'line\n'.repeat(7000), 'a\r\n'.repeat(12_000)),
		fc.string({maxLength: 20}),
	);
	const prefix = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff]);
	const file = fc.tuple(prefix, fc.array(piece, {maxLength: 24}), fc.boolean()).map(([start, pieces, latin1]) => {
		const text = pieces.join('');
		return Uint8Array.from([...start, ...(latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text))]);
	});

	it('gives the lines of cleanText, with the same encoding and notes', () => {
		fc.assert(
			fc.property(file, bytes => {
				const whole = cleanText(bytes);
				expect(cleanLines(bytes)).toEqual({lines: whole.text.split('\n'), encoding: whole.encoding, notes: whole.notes});
			}),
			{numRuns: 300},
		);
	});

	it('cleans a UTF-16 file whole', () => {
		const le = Uint8Array.from([0xff, 0xfe, ...[...'a\r\nb\n'.repeat(20_000)].flatMap(char => [char.charCodeAt(0), 0])]);
		expect(cleanLines(le)).toEqual({lines: [...'ab'.repeat(20_000)].concat(''), encoding: 'utf-16le', notes: ['crlf']});
	});
});
