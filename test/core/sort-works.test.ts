import {describe, expect, it} from 'vitest';
import {sortOrder} from '../../source/core/sort-works.js';
import {makeWork} from '../helpers/make-work.js';

const works = [
	makeWork({path: 'a.txt', title: 'Part 10', authors: ['Zed'], words: 10, updated: '2024-01-02'}),
	makeWork({path: 'b.txt', title: 'part 2', authors: [], words: 300, updated: null}),
	makeWork({path: 'c.txt', title: 'Éponine', authors: ['amy'], words: 30, updated: '2025-06-01'}),
	makeWork({path: 'd.txt', title: 'Eponine', authors: ['Ámy'], words: 30, published: '2023-01-01'}),
];

describe('sortOrder', () => {
	it('sorts titles without regard to case or accents, numbers by value, ties by path', () => {
		expect(sortOrder(works, 'title')).toEqual([2, 3, 1, 0]);
	});

	it('sorts by first author, works without one last', () => {
		expect(sortOrder(works, 'author')).toEqual([2, 3, 0, 1]);
	});

	it('puts the longest, the most recently read and the newest first', () => {
		expect(sortOrder(works, 'words')).toEqual([1, 2, 3, 0]);
		const opened = [null, 5, 9, null];
		expect(sortOrder(works, 'last-read', index => opened[index]!)).toEqual([2, 1, 3, 0]);
		expect(sortOrder(works, 'updated')).toEqual([2, 0, 3, 1]);
	});

	it('turns the order around when reversed, keeping works without a value last', () => {
		expect(sortOrder(works, 'title', undefined, true)).toEqual([0, 1, 3, 2]);
		expect(sortOrder(works, 'words', undefined, true)).toEqual([0, 2, 3, 1]);
		expect(sortOrder(works, 'author', undefined, true)).toEqual([0, 2, 3, 1]);
		expect(sortOrder(works, 'updated', undefined, true)).toEqual([3, 0, 2, 1]);
		const opened = [null, 5, 9, null];
		expect(sortOrder(works, 'last-read', index => opened[index]!, true)).toEqual([1, 2, 3, 0]);
	});
});
