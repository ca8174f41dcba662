import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findPhrase, foldForPhrase, foldPhrase} from '../../../source/core/grep/find-phrase.js';
import {createByteScanner, maxScanBytes} from '../../../source/core/grep/byte-scan.js';
import {bytePhraseFor, lookInput, quickLook, unfitBytes} from '../../../source/core/grep/phrase-bytes.js';
import {mayHold} from '../../../source/core/grep/read-body.js';
import {readWork} from '../../../source/core/read-work.js';
import {cleanText} from '../../../source/core/text/clean-text.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');
const never = () => false;
const look = (text: string, phrase: string, orElse: (piece: Uint8Array) => boolean = never) => quickLook(bytes(text), bytePhraseFor(foldPhrase(phrase))!, orElse);

describe('quickLook', () => {
	it('finds an ASCII phrase whatever its case, quotes, spaces and line breaks in the file', () => {
		expect(look('He said: \u201CThe LAMP\u00A0was\r\n  out\u201D.', '"the lamp was out"')).toBe(true);
		expect(look('\u2018don\u2019t\u2019 go', "don't")).toBe(true);
		expect(look('a well-\nknown tale', 'well-known')).toBe(true);
		expect(look('\uFEFFthe lamp\u3000was', 'the lamp was')).toBe(true);
	});

	it('rules out a file that surely lacks it, even with CJK, Cyrillic, dashes and emoji about', () => {
		expect(look('Fandoms: \u50D5\u306E\u30D2\u30FC\u30ED\u30FC | \u0420\u0443\u0441\u0441\u043A\u0438\u0439\n\nThe lamp \u2014 was out \u{1F600}.', 'the lamp was')).toBe(false);
		// A blank line ends a paragraph: no phrase spans it.
		expect(look(`the lamp\n\n${'x'.repeat(5000)} was`, 'lamp was')).toBe(false);
	});

	it('leaves the pieces whose characters may fold or be removed into the phrase to a slower look', () => {
		const asked: string[] = [];
		const orElse = (answer: boolean) => (piece: Uint8Array) => {
			asked.push(Buffer.from(piece).toString('utf8'));
			return answer;
		};

		for (const text of ['the l\u00E1mp was', 'the la\u0301mp was', 'the lamp\u001B[1m was', 'the la\u202Emp was']) {
			expect(look(`${text}\n\nthe lamp is`, 'the lamp was', orElse(true))).toBe(true);
			expect(look(`${text}\n\nthe lamp is`, 'the lamp was', orElse(false))).toBe(false);
		}

		// Only the paragraph (cut at blank lines) that needs it is looked at slowly.
		const header = `Fandom: Pok\u00E9mon\n${'x '.repeat(4200)}\n\n`;
		expect(look(`${header}${'the lamp is. '.repeat(1000)}`, 'the lamp was', orElse(false))).toBe(false);
		expect(asked.at(-1)).toBe(header);
		expect(quickLook(Buffer.from([0x6c, 0xe1, 0x6d, 0x70]), bytePhraseFor('lamp')!, never)).toBeNull();
		expect(bytePhraseFor('caf\u00E9')).toBeNull();
	});

	it('leaves a file larger than the scanner takes to the slower look, read into a buffer of its own', () => {
		const phrase = bytePhraseFor('lamp')!;
		const huge = lookInput(maxScanBytes + 1, phrase);
		expect(huge.length).toBe(maxScanBytes + 1);
		expect(huge.buffer).not.toBe(lookInput(16, phrase).buffer);
		expect(quickLook(huge, phrase, never)).toBeNull();
	});

	it('folds every character it lets through as the pipeline does, as far as an ASCII phrase can tell', () => {
		const scanner = createByteScanner();
		// A run of characters but ASCII becomes one mark: an ASCII phrase sees only where such runs are, not what or how long.
		const skeleton = (text: string) => text.replaceAll(/[^\u0000-\u007F]+/gu, '\u0000');
		const wrong: string[] = [];
		for (let codePoint = 0x80; codePoint <= 0x10_ffff; codePoint++) {
			if (codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) continue;
			const character = String.fromCodePoint(codePoint);
			if (unfitBytes.test(bytes(character).toString('latin1'))) continue;
			const text = `a${character}b`;
			const pipeline = foldForPhrase(cleanText(bytes(text)).text).text;
			const ours = scanner.fold(bytes(text)).toString('utf8');
			if (skeleton(pipeline) !== skeleton(ours)) wrong.push(codePoint.toString(16));
		}

		expect(wrong).toEqual([]);
	});

	it('never rules out a file in which the search finds the phrase (with mayHold for the pieces it cannot judge)', () => {
		const fragments = ['the', 'The', 'LAMP', 'lamp', 'was', 'well-', 'known', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\n\r\n', '\t', '\u00A0', '\u2009', '\u2028', '\u3000', "'", '\u2019', '"', '\u201C', '-', '- ', '\u2014', '\u00E9', 'e\u0301', '\u00C3\u00A9', '\u0001', '\u001B[0m', '\u202E', '\uFEFF', '\u50D5', '\u{1F600}', '\u00B7', '\u0416', 'Title: x\n', 'Chapter 1\n\n', 'x'.repeat(17), '-\u00A0', '-\u2009'];
		const text = fc.array(fc.constantFrom(...fragments), {minLength: 1, maxLength: 60}).map(parts => parts.join(''));
		fc.assert(
			fc.property(text, fc.nat(), fc.nat(), (file, from, length) => {
				const read = readWork(bytes(file), 'x.txt');
				if (!read.ok) return;
				// A phrase the search finds: a piece of a paragraph, folded; or, now and then, none there.
				const paragraph = read.body.paragraphs[from % Math.max(1, read.body.paragraphs.length)] ?? 'lamp';
				const folded = foldForPhrase(paragraph).text;
				const start = from % Math.max(1, folded.length);
				const phrase = foldPhrase(folded.slice(start, start + 1 + (length % 12)));
				const look = bytePhraseFor(phrase);
				if (look === null || findPhrase(read.body, phrase).length === 0) return;
				const slowly = (piece: Uint8Array) => mayHold(piece, phrase);
				const verdict = quickLook(bytes(file), look, slowly);
				expect(verdict ?? slowly(bytes(file))).toBe(true);
			}),
			{numRuns: 10_000},
		);
	});
});
