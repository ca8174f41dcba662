import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {FastSegmenter, ownGraphemeRanges} from '../../source/vendor/intl-segmenter.js';

const icu = new Intl.Segmenter();
const segmentsOf = (segments: Intl.Segments) => [...segments].map(data => ({...data}));

function * ownGraphemes(): Iterable<string> {
	for (const [first, last] of ownGraphemeRanges) for (let codePoint = first; codePoint <= last; codePoint++) yield String.fromCodePoint(codePoint);
}

describe('ownGraphemeRanges', () => {
	// A cluster joins a character to what precedes it (a mark, a joiner, a jamo), to what follows it
	// (a prepended mark, CR), or to itself (jamo, regional indicators): each is tried.
	it('holds only characters that ICU keeps apart from any neighbour', () => {
		const joined: string[] = [];
		for (const character of ownGraphemes()) {
			const text = `a${character}a${character}${character}\u00E9`;
			if ([...icu.segment(text)].length !== 6) joined.push(character.codePointAt(0)!.toString(16));
		}

		expect(joined).toEqual([]);
	});
});

describe('FastSegmenter', () => {
	const characters = fc.oneof(
		fc.constantFrom(...ownGraphemes()),
		fc.constantFrom('\r', '\n', '\u0301', '\u200D', '\uFE0F', '👩', '💻', '🇯', '🇵', '\u1100', '\u1161', 'ก', '\u0E33', '漢', '\uD800'),
	);

	it('segments any text as Intl.Segmenter does, with and without ICU', () => {
		fc.assert(
			fc.property(fc.array(characters, {maxLength: 12}), fc.integer({min: -2, max: 14}), (parts, at) => {
				const text = parts.join('');
				const fast = new FastSegmenter().segment(text);
				const real = icu.segment(text);
				expect(segmentsOf(fast)).toEqual(segmentsOf(real));
				expect(fast.containing(at)).toEqual(real.containing(at));
			}),
			{numRuns: 3000},
		);
	});

	it('gives Intl.Segmenter’s answer for containing() without an index, or with one that is not a whole number', () => {
		const text = 'Café — “quoted”';
		for (const index of [undefined, 1.7, Number.NaN, '3', -0.5]) {
			// @ts-expect-error Intl.Segmenter takes any value and converts it, as this must.
			expect(new FastSegmenter().segment(text).containing(index)).toEqual(icu.segment(text).containing(index));
		}
	});

	it('leaves other granularities and locales to ICU', () => {
		const text = 'Two words.';
		expect(segmentsOf(new FastSegmenter(undefined, {granularity: 'word'}).segment(text))).toEqual(segmentsOf(new Intl.Segmenter(undefined, {granularity: 'word'}).segment(text)));
		expect(new FastSegmenter('fr').resolvedOptions()).toEqual(new Intl.Segmenter('fr').resolvedOptions());
	});

	it('throws for options Intl.Segmenter refuses, where they are given', () => {
		// @ts-expect-error A granularity Intl.Segmenter does not have.
		expect(() => new FastSegmenter(undefined, {granularity: 'letter'})).toThrow(RangeError);
	});
});
