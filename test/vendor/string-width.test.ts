import fc from 'fast-check';
import stringWidthOfClusters from 'string-width';
import {describe, expect, it} from 'vitest';
import stringWidth, {oneColumnRanges} from '../../source/vendor/string-width.js';

const shortcutCharacters = oneColumnRanges.flatMap(([first, last]) => Array.from({length: last - first + 1}, (_, index) => String.fromCodePoint(first + index)));

describe('stringWidth', () => {
	it('takes the shortcut only for characters string-width makes one column wide', () => {
		const wrong = shortcutCharacters.filter(character => stringWidthOfClusters(character) !== 1);
		expect(wrong).toEqual([]);
	});

	it('agrees with string-width on text made of those characters, which never join into clusters', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...shortcutCharacters), {maxLength: 40}), characters => {
				const text = characters.join('');
				return stringWidth(text) === stringWidthOfClusters(text);
			}),
			{numRuns: 2000},
		);
	});

	it('agrees with string-width on any text, with and without the East Asian option', () => {
		const text = fc.string({unit: fc.oneof(fc.constantFrom(...shortcutCharacters), fc.constantFrom('\u0301', '\u200d', '\u00ad', '\u001b[31m', '漢', '👍', '👩‍💻', '\ufe0f', 'ｱ', '\u2028'), fc.string({unit: 'grapheme', maxLength: 1}))});
		fc.assert(
			fc.property(text, fc.boolean(), (value, ambiguousIsNarrow) => stringWidth(value, {ambiguousIsNarrow}) === stringWidthOfClusters(value, {ambiguousIsNarrow}) && stringWidth(value) === stringWidthOfClusters(value)),
			{numRuns: 2000},
		);
	});

	it('agrees with string-width on styled text, with colour codes and other escapes among the characters', () => {
		const codes = fc.constantFrom('\u001b[31m', '\u001b[39m', '\u001b[1m', '\u001b[22;2m', '\u001b[m', '\u001b[38;5;208m', '\u001b[2K', '\u001b]8;;x\u0007', '\u009b31m', '\u001b');
		const text = fc.string({unit: fc.oneof(fc.constantFrom(...shortcutCharacters), codes, fc.constantFrom('漢', '👍', '\u0301'))});
		fc.assert(
			fc.property(text, fc.boolean(), (value, countAnsiEscapeCodes) => stringWidth(value, {countAnsiEscapeCodes}) === stringWidthOfClusters(value, {countAnsiEscapeCodes}) && stringWidth(value) === stringWidthOfClusters(value)),
			{numRuns: 3000},
		);
	});

	it('measures prose and tags by their length', () => {
		expect(stringWidth('Café — “quoted” text…')).toBe(21);
		expect(stringWidth('Draco Malfoy/Harry Potter')).toBe(25);
	});
});
