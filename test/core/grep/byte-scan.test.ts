import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createByteScanner, scanPhraseOf} from '../../../source/core/grep/byte-scan.js';
import {unfitBytes} from '../../../source/core/grep/phrase-bytes.js';
import {byteScanModuleFile, byteScanModuleSource} from '../../helpers/byte-scan-module.js';

const scanner = createByteScanner();
const bytes = (text: string) => Buffer.from(text, 'utf8');

/** The fold as byte-scan.wat's comment states it, a character at a time: the reference the module is held to. */
function foldByHand(text: string): string {
	const space = /^[\t\n\r \u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]$/;
	const quotes: Record<string, string> = {'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"'};
	let out = '';
	let run = '';
	for (const character of text) {
		if (space.test(character)) {
			run += character;
			continue;
		}

		if (run !== '') out += /\n\r?\n/.test(run) ? '\n' : out.endsWith('-') ? '' : ' ';
		run = '';
		out += quotes[character] ?? character.replace(/[A-Z]/, letter => letter.toLowerCase());
	}

	return out;
}

describe('byte scans', () => {
	it('are the module byte-scan.wat and unfitBytes make (run scripts/byte-scan-wasm.ts after changing either)', async () => {
		const wat = readFileSync('source/core/grep/byte-scan.wat', 'utf8');
		expect(readFileSync(byteScanModuleFile, 'utf8')).toBe(await byteScanModuleSource(wat));
	});

	it('find the first unfit sequence where unfitBytes does, for every code point, wherever it falls in a 16-byte chunk', () => {
		const wrong: string[] = [];
		for (let codePoint = 0; codePoint <= 0x10_ffff; codePoint++) {
			if (codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) continue;
			for (const before of codePoint % 7 === 0 ? [0, 13, 14, 15, 16, 40] : [codePoint % 41]) {
				const file = bytes(`${'x'.repeat(before)}${String.fromCodePoint(codePoint)}${'y'.repeat(20)}`);
				const expected = unfitBytes.exec(file.toString('latin1'))?.index ?? file.length;
				if (scanner.load(file, scanPhraseOf(bytes('z'))).nextUnfit(0) !== expected) wrong.push(`${codePoint.toString(16)}@${before}`);
			}
		}

		expect(wrong).toEqual([]);
	});

	it('fold as stated: case, quotes, runs of white space, blank lines and the break after a hyphen', () => {
		const fold = (text: string) => scanner.fold(bytes(text)).toString('utf8');
		expect(fold('The \u201CLAMP\u201D\u00A0  was\r\n out')).toBe('the "lamp" was out');
		expect(fold('well-\n   known')).toBe('well-known');
		expect(fold('one\n\ntwo \n\r\n three\n \nfour')).toBe('one\ntwo\nthree four');
		const pieces = ['a', 'B', 'z', ' ', '  ', '\n', '\r\n', '\t', '-', "'", '\u2019', '\u201C', '\u00A0', '\u2009', '\u3000', '\u00E9', '\u0416', '\u{1F600}', 'Hello World. '];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 80}), parts => {
				const text = parts.join('');
				expect(fold(text)).toBe(foldByHand(text));
			}),
			{numRuns: 3000},
		);
	});

	it('find a folded phrase wherever it is, and only there', () => {
		const pieces = ['a', 'b', 'ab', 'ba', ' ', '.', 'x'.repeat(15), 'abab'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), fc.array(fc.constantFrom('a', 'b', ' ', '.'), {minLength: 1, maxLength: 6}), (parts, needle) => {
				const text = parts.join('');
				const phrase = scanner.fold(bytes(needle.join('')));
				// Phrases are trimmed, never empty (see foldPhrase).
				fc.pre(phrase.length > 0);
				const file = bytes(text);
				expect(scanner.load(file, scanPhraseOf(phrase)).holdsIn(0, file.length)).toBe(foldByHand(text).includes(phrase.toString('utf8')));
			}),
			{numRuns: 3000},
		);
	});

	it('find a phrase in raw bytes as it is, but for the case of letters', () => {
		const pieces = ['a', 'B', 'b', 'A', ' ', '  ', '.', '1', '"', '-', 'x'.repeat(15), 'ab', '\u00E9'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 60}), fc.array(fc.constantFrom('a', 'b', ' ', '1', '"', '-'), {minLength: 1, maxLength: 6}), fc.nat(40), (parts, typed, from) => {
				const file = bytes(parts.join(''));
				const phrase = scanner.fold(bytes(typed.join('')));
				fc.pre(phrase.length > 0);
				const asciiLower = Buffer.from(file.map(byte => (byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte)));
				expect(scanner.load(file, scanPhraseOf(phrase)).holdsRaw(from)).toBe(asciiLower.indexOf(phrase, from) !== -1);
			}),
			{numRuns: 3000},
		);
	});

	it('find the sequences the fold changes that a phrase could run through, and only those its kinds need', () => {
		const irregular = (text: string, phrase: string) => scanner.load(bytes(text), scanPhraseOf(scanner.fold(bytes(phrase)))).nextIrregular(0);
		const filler = 'x'.repeat(20);
		expect(irregular(`${filler}a\tb`, 'a b')).toBe(21);
		expect(irregular(`${filler}a  b`, 'a b')).toBe(21);
		expect(irregular(`${filler}a\nb`, 'a b')).toBe(21);
		expect(irregular(`${filler}a\r\nb`, 'a b')).toBe(21);
		expect(irregular(`${filler}a\u00A0b`, 'a b')).toBe(21);
		// A blank line ends a paragraph: no phrase runs through it.
		expect(irregular(`${filler}a\n\nb c\r\n\r\nd`, 'a b')).toBe(`${filler}a\n\nb c\r\n\r\nd`.length);
		expect(irregular(`${filler}\u201Ca\u201D`, 'a b')).toBe(bytes(`${filler}\u201Ca\u201D`).length);
		expect(irregular(`${filler}\u201Ca\u201D`, '"a')).toBe(20);
		expect(irregular(`${filler}well- known well-known`, 'well known')).toBe(`${filler}well- known well-known`.length);
		expect(irregular(`${filler}well-\nknown`, 'well-known')).toBe(24);
		// Two bytes of white space after the hyphen (found by the property test in phrase-bytes.test.ts).
		expect(irregular(`${filler}well-\u00A0known`, 'well-known')).toBe(24);
		expect(irregular('well-\u00A0known', 'well-known')).toBe(4);
		expect(irregular(`${filler}a\tb  c\nd`, 'abc')).toBe(`${filler}a\tb  c\nd`.length);
	});
});
