import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {createFuzzyWord, noMatch, typoBudget} from '../../../source/core/search/fuzzy-word.js';
import {bitCount, characterMask, wordsOf} from '../../../source/core/search/tokens.js';

describe('typoBudget', () => {
	it('allows one typo from 3 letters, two from 7, three from 12', () => {
		expect([1, 2, 3, 6, 7, 11, 12, 30].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
	});
});

describe('createFuzzyWord', () => {
	it('scores an exact occurrence 0 and a typo by its share of the word, as fuse.js does', () => {
		const burn = createFuzzyWord('burn');
		expect(burn.score('burn')).toBe(0);
		expect(burn.score('burning')).toBe(0);
		expect(burn.score('bern')).toBeCloseTo(0.25);
		expect(burn.score('brn')).toBeCloseTo(0.25);
		expect(burn.score('barn')).toBeCloseTo(0.25);
		expect(burn.score('bean')).toBe(noMatch);
	});

	it('keeps short words exact and longer ones within their budget', () => {
		expect(createFuzzyWord('to').score('ot')).toBe(noMatch);
		expect(createFuzzyWord('brn').score('burn')).toBeCloseTo(1 / 3);
		// Two edits in six letters is too many: `potter` must not find `letter`.
		expect(createFuzzyWord('potter').score('letter')).toBe(noMatch);
		expect(createFuzzyWord('enemeis').score('enemies')).toBeCloseTo(2 / 7);
	});

	it('marks the matched characters', () => {
		expect(createFuzzyWord('burn').ranges('slowburn')).toEqual([[4, 7]]);
		expect(createFuzzyWord('burn').ranges('bean')).toEqual([]);
	});

	it('prefilters exactly the words fuse.js matches', () => {
		const letters = fc.constantFrom('a', 'b', 'e', 'n', 'r', 'u', 'é', 'ø');
		const word = (maxLength: number) => fc.array(letters, {minLength: 1, maxLength}).map(chars => chars.join(''));
		fc.assert(
			fc.property(word(14), word(16), (pattern, text) => {
				const fuzzy = createFuzzyWord(pattern);
				const threshold = (fuzzy.maxErrors + 0.5) / pattern.length;
				const fuse = Fuse.match(pattern, text, {threshold, ignoreLocation: true, isCaseSensitive: true});
				return fuzzy.reaches(text) === fuse.isMatch && (fuzzy.score(text) !== noMatch) === fuse.isMatch;
			}),
			{numRuns: 3000},
		);
	});
});

describe('tokens', () => {
	it('splits values into words, keeping inner apostrophes', () => {
		expect(wordsOf("harry's hurt/comfort — don't 2nd")).toEqual(["harry's", 'hurt', 'comfort', "don't", '2nd']);
	});

	it('counts the letters a word lacks through its character mask', () => {
		expect(bitCount(characterMask('brn') & ~characterMask('burn'))).toBe(0);
		expect(bitCount(characterMask('brn') & ~characterMask('bean'))).toBe(1);
		expect(bitCount(0xffff_ffff)).toBe(32);
	});
});
