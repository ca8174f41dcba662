import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchWord} from '../../../source/core/search/word-match.js';

describe('matchWord', () => {
	it('matches exactly, then as the start of a word', () => {
		expect(matchWord('burn', 'burn')).toBe('exact');
		expect(matchWord('burn', 'burning')).toBe('prefix');
		expect(matchWord('s', 'slow')).toBe('prefix');
		// Inside a word is no match: `an` must not find `Lowyn`'s neighbours or `angst`'s middle.
		expect(matchWord('urn', 'burn')).toBe(null);
		expect(matchWord('an', 'lowyn')).toBe(null);
	});

	it('allows one typo from five letters on, a swap of neighbours counting as one', () => {
		expect(matchWord('fonud', 'found')).toBe('typo');
		expect(matchWord('trvael', 'travel')).toBe('typo');
		expect(matchWord('whree', 'where')).toBe('typo');
		expect(matchWord('enemeis', 'enemies')).toBe('typo');
		expect(matchWord('hurtt', 'hurt')).toBe('typo');
		expect(matchWord('hary', 'harry')).toBe(null);
		expect(matchWord('brn', 'burn')).toBe(null);
		expect(matchWord('potter', 'letter')).toBe(null);
		expect(matchWord('fluff', 'fluffy')).toBe('prefix');
		// A typo in the part typed so far.
		expect(matchWord('enemei', 'enemies')).toBe('typo');
	});

	it('narrows as the query word grows, within each regime', () => {
		const letters = fc.constantFrom('a', 'b', 'e', 'n', 'r', 'u');
		const word = (minLength: number, maxLength: number) => fc.array(letters, {minLength, maxLength}).map(chars => chars.join(''));
		fc.assert(
			fc.property(word(1, 12), fc.constantFrom('a', 'b', 'e', 'n'), word(1, 14), (query, extra, text) => {
				const longer = query + extra;
				if (query.length === 4) return true;
				// Whatever the longer word reaches, the shorter reached.
				return matchWord(longer, text) === null || matchWord(query, text) !== null;
			}),
			{numRuns: 5000},
		);
	});
});
