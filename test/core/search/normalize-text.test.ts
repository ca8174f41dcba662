import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {mergeRanges, normalizeText, normalizeWithMap, originalRanges} from '../../../source/core/search/normalize-text.js';

/** Any text, weighted towards Latin letters and combining marks; lone surrogates included. */
function anyText(maxLength: number): fc.Arbitrary<string> {
	const codePoint = fc.oneof(fc.integer({min: 0x20, max: 0x2ff}), fc.integer({min: 0x300, max: 0x36f}), fc.integer({min: 0, max: 0x10_ffff}));
	return fc.array(codePoint, {maxLength}).map(codes => String.fromCodePoint(...codes));
}

/** The original text a normalized match covers, by way of the range mapping. */
function covered(value: string, needle: string): string[] {
	const normalized = normalizeText(value);
	const at = normalized.indexOf(needle);
	expect(at).toBeGreaterThanOrEqual(0);
	return originalRanges(value, [[at, at + needle.length - 1]]).map(([start, end]) => value.slice(start, end + 1));
}

describe('normalizeText', () => {
	it('lowercases and strips accents', () => {
		expect(normalizeText('Les Misérables')).toBe('les miserables');
		expect(normalizeText('ÉPONINE Thénardier')).toBe('eponine thenardier');
		expect(normalizeText('Pokémon')).toBe('pokemon');
		expect(normalizeText('Ñandú, Ångström, Çà')).toBe('nandu, angstrom, ca');
	});

	it('unstrokes letters NFD leaves whole', () => {
		expect(normalizeText('Bjørn Łukasz Straße')).toBe('bjorn lukasz strasse');
	});

	it('folds decomposed input like precomposed input', () => {
		expect(normalizeText('Mise\u0301rables')).toBe(normalizeText('Misérables'));
	});

	it('lowercases each letter alone, so a final sigma matches a middle one', () => {
		expect(normalizeText('ΟΔΟΣ')).toBe('οδοσ');
	});

	it('keeps scripts without case, dropping only their combining marks (as fuse.js does)', () => {
		expect(normalizeText('僕のヒーロー')).toBe('僕のヒーロー');
		// The voicing mark of デ is a combining mark: typed or not, both sides fold alike.
		expect(normalizeText('アカデミア')).toBe(normalizeText('アカテミア'));
	});

	it('gives the same text with and without the map', () => {
		fc.assert(
			fc.property(anyText(30), value => normalizeWithMap(value).text === normalizeText(value)),
			{numRuns: 1000},
		);
	});
});

describe('normalizeWithMap', () => {
	it('maps each normalized unit to the original units it came from', () => {
		const {text, starts, ends} = normalizeWithMap('Straße');
		expect(text).toBe('strasse');
		// ß became `ss`: both units point at the one original character.
		expect(starts).toEqual([0, 1, 2, 3, 4, 4, 5]);
		expect(ends).toEqual([0, 1, 2, 3, 4, 4, 5]);
	});

	it('gives a trailing combining mark to the letter before it', () => {
		const {text, starts, ends} = normalizeWithMap('e\u0301t');
		expect(text).toBe('et');
		expect(starts).toEqual([0, 2]);
		expect(ends).toEqual([1, 2]);
	});

	it('maps characters outside the BMP as two units', () => {
		const {text, starts, ends} = normalizeWithMap('a😀b');
		expect(text).toBe('a😀b');
		expect(starts).toEqual([0, 1, 1, 3]);
		expect(ends).toEqual([0, 2, 2, 3]);
	});

	it('keeps every mapped position inside the original, in order', () => {
		fc.assert(
			fc.property(anyText(30), value => {
				const {text, starts, ends} = normalizeWithMap(value);
				return (
					starts.length === text.length &&
					ends.length === text.length &&
					starts.every((start, index) => start <= ends[index]! && ends[index]! < value.length && (index === 0 || start >= starts[index - 1]!))
				);
			}),
			{numRuns: 1000},
		);
	});
});

describe('originalRanges', () => {
	it('marks the accented original for an unaccented match', () => {
		expect(covered('Les Misérables - Victor Hugo', 'miserables')).toEqual(['Misérables']);
		expect(covered('Mise\u0301rables', 'miserables')).toEqual(['Mise\u0301rables']);
		expect(covered('Große Liebe', 'grosse')).toEqual(['Große']);
	});

	it('passes ASCII ranges through, merged', () => {
		expect(originalRanges('Slow Burn', [[5, 8], [0, 3], [3, 4]])).toEqual([[0, 8]]);
	});
});

describe('mergeRanges', () => {
	it('sorts and joins overlapping or touching ranges', () => {
		expect(mergeRanges([[6, 7], [0, 1], [1, 3], [4, 4], [9, 9]])).toEqual([[0, 4], [6, 7], [9, 9]]);
	});
});
