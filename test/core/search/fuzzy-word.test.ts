import {describe, expect, it} from 'vitest';
import {createFuzzyWord} from '../../../source/core/search/fuzzy-word.js';
import {bitCount, characterMask, wordsOf} from '../../../source/core/search/tokens.js';

describe('createFuzzyWord', () => {
	it('scores a typo by its share of the word, as fuse.js does, and a swap of letters too', () => {
		const enemies = createFuzzyWord('enemies');
		expect(enemies.score('enemies')).toBe(0);
		expect(createFuzzyWord('enemeis').score('enemies')).toBeCloseTo(2 / 7);
		expect(createFuzzyWord('trvael').score('travel')).toBeLessThan(1);
		expect(createFuzzyWord('potter').score('zzzzzz')).toBe(1);
	});

	it('marks the matched characters', () => {
		expect(createFuzzyWord('burn').ranges('slowburn')).toEqual([[4, 7]]);
		expect(createFuzzyWord('burn').ranges('zzzz')).toEqual([]);
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
