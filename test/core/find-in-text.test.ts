import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findInText, hitsBetween, nextHit, type TextHit} from '../../source/core/find-in-text.js';
import {countReads} from '../helpers/count-reads.js';

/** What `hitsBetween` answers, the slow way: every hit looked at. */
function filtered(hits: readonly TextHit[], paragraph: number, start: number, end: number): TextHit[] {
	return hits.filter(hit => hit.paragraph === paragraph && hit.start < end && hit.end > start);
}

/** Paragraphs of letters that fold to other letters (é to e, ß to ss), for comparing a lookup with a plain scan. */
const paragraph = fc.array(fc.constantFrom('a', 'b', 'ß', 'É', 'e', 'ss', ' '), {maxLength: 40}).map(parts => parts.join(''));
// A short text and a query that folds (é, ss ~ ß) or spans letters, for the property tests.
const someParagraphs = fc.array(paragraph, {minLength: 1, maxLength: 6});
const someQuery = fc.constantFrom('a', 'e', 's', 'ss', 'ab', 'é');

describe('hitsBetween', () => {
	it('gives the hits that overlap a range of a paragraph, cut ones included', () => {
		const hits = findInText({paragraphs: ['the cat sat on the mat', 'no hits here', 'the end, the end']}, 'the');
		expect(hitsBetween(hits, 0, 0, 22)).toEqual([{paragraph: 0, start: 0, end: 3}, {paragraph: 0, start: 15, end: 18}]);
		expect(hitsBetween(hits, 0, 1, 16)).toEqual([{paragraph: 0, start: 0, end: 3}, {paragraph: 0, start: 15, end: 18}]);
		expect(hitsBetween(hits, 0, 3, 15)).toEqual([]);
		expect(hitsBetween(hits, 1, 0, 12)).toEqual([]);
		expect(hitsBetween(hits, 2, 5, 100)).toEqual([{paragraph: 2, start: 9, end: 12}]);
		expect(hitsBetween(hits, 3, 0, 10)).toEqual([]);
		expect(hitsBetween([], 0, 0, 10)).toEqual([]);
	});

	it('agrees with filtering every hit, accents and letters that fold to two included', () => {
		fc.assert(
			fc.property(
				someParagraphs,
				someQuery,
				fc.nat(6),
				fc.nat(60),
				fc.nat(30),
				(paragraphs, query, index, start, length) => {
					const hits = findInText({paragraphs}, query);
					expect(hitsBetween(hits, index, start, start + length)).toEqual(filtered(hits, index, start, start + length));
				},
			),
		);
	});

	// Regression: each drawn line filtered every hit of the work, O(lines × hits) for a common word in a long work.
	it('looks at a handful of hits, not all of them', () => {
		const hits = Array.from({length: 100_000}, (_, index) => ({paragraph: Math.floor(index / 10), start: (index % 10) * 8, end: (index % 10) * 8 + 4}));
		const counted = countReads(hits);
		expect(hitsBetween(counted.items, 5000, 10, 30)).toEqual([hits[50_001], hits[50_002], hits[50_003]]);
		expect(counted.reads()).toBeLessThan(50);
	});
});

/** What `nextHit` answers, the slow way: every hit looked at. */
function scanned(hits: readonly TextHit[], from: {paragraph: number; char: number}, direction: 1 | -1): number {
	if (hits.length === 0) return -1;
	const after = (hit: TextHit) => hit.paragraph > from.paragraph || (hit.paragraph === from.paragraph && hit.start >= from.char);
	const index = direction === 1 ? hits.findIndex(after) : hits.findLastIndex(hit => !after(hit));
	if (index !== -1) return index;
	return direction === 1 ? 0 : hits.length - 1;
}

describe('nextHit', () => {
	it('goes to the first hit at or after a place, the last before it going back, around the ends', () => {
		const hits = findInText({paragraphs: ['the cat sat on the mat', 'no hits here', 'the end']}, 'the');
		expect(nextHit(hits, {paragraph: 0, char: 0}, 1)).toBe(0);
		expect(nextHit(hits, {paragraph: 0, char: 1}, 1)).toBe(1);
		expect(nextHit(hits, {paragraph: 1, char: 0}, 1)).toBe(2);
		expect(nextHit(hits, {paragraph: 2, char: 1}, 1)).toBe(0);
		expect(nextHit(hits, {paragraph: 0, char: 15}, -1)).toBe(0);
		expect(nextHit(hits, {paragraph: 0, char: 16}, -1)).toBe(1);
		expect(nextHit(hits, {paragraph: 0, char: 0}, -1)).toBe(2);
		expect(nextHit([], {paragraph: 0, char: 0}, 1)).toBe(-1);
	});

	it('agrees with looking at every hit', () => {
		fc.assert(
			fc.property(
				someParagraphs,
				someQuery,
				fc.nat(6),
				fc.nat(60),
				fc.constantFrom(1 as const, -1 as const),
				(paragraphs, query, index, char, direction) => {
					const hits = findInText({paragraphs}, query);
					expect(nextHit(hits, {paragraph: index, char}, direction)).toBe(scanned(hits, {paragraph: index, char}, direction));
				},
			),
		);
	});

	// Regression: n and N looked at every hit before the next one, up to all of them for a common word in a long work.
	it('looks at a handful of hits, not all of them', () => {
		const hits = Array.from({length: 100_000}, (_, index) => ({paragraph: Math.floor(index / 10), start: (index % 10) * 8, end: (index % 10) * 8 + 4}));
		for (const direction of [1, -1] as const) {
			const counted = countReads(hits);
			expect(nextHit(counted.items, {paragraph: 9000, char: 9}, direction)).toBe(direction === 1 ? 90_002 : 90_001);
			expect(counted.reads()).toBeLessThan(50);
		}
	});
});

describe('findInText: quotes, apostrophes and dashes', () => {
	it('finds straight and curly quotes, apostrophes and dashes alike, both ways', () => {
		const body = {paragraphs: ['She didn’t want “the lamp” — not yet.', "He didn't say \"the lamp\" - or so."]};
		expect(findInText(body, "didn't want")).toEqual([{paragraph: 0, start: 4, end: 15}]);
		expect(findInText(body, 'didn’t say')).toEqual([{paragraph: 1, start: 3, end: 13}]);
		expect(findInText(body, '"the lamp"')).toHaveLength(2);
		expect(findInText(body, '“the lamp” - not')).toEqual([{paragraph: 0, start: 16, end: 32}]);
	});
});

describe('findInText and white space', () => {
	const body = (...paragraphs: string[]) => ({paragraphs, blocks: null, toc: []}) as never;

	it('matches a space in the query with any run of white space, a kept line break too, as the full-text search does', () => {
		expect(findInText(body('Roses are red\nviolets are blue'), 'red violets')).toEqual([{paragraph: 0, start: 10, end: 21}]);
		expect(findInText(body('Zoë stood  up'), 'zoe stood up')).toEqual([{paragraph: 0, start: 0, end: 13}]);
		expect(findInText(body('she stood up'), 'stood   up')).toEqual([{paragraph: 0, start: 4, end: 12}]);
	});

	it('finds a query with a regular-expression character as plain text', () => {
		expect(findInText(body('What? (Yes.) [no] a+b'), '(yes.) [no] a+b')).toEqual([{paragraph: 0, start: 6, end: 21}]);
		expect(findInText(body('no dots here'), '.')).toEqual([]);
	});
});
