import {describe, expect, it} from 'vitest';
import {markDuplicates} from '../../../source/core/scan/mark-duplicates.js';
import {makeWork} from '../../helpers/make-work.js';

describe('markDuplicates', () => {
	it('makes the copy with the most posted chapters primary', () => {
		const old = {meta: makeWork({path: 'old.txt', id: '7', chapters: {posted: 1, total: 3}}), mtimeMs: 2000};
		const fresh = {meta: makeWork({path: 'new.txt', id: '7', chapters: {posted: 3, total: 3}}), mtimeMs: 1000};
		const other = {meta: makeWork({path: 'other.txt', id: '8'}), mtimeMs: 1000};
		markDuplicates([old, fresh, other]);
		expect(old.meta.duplicateOf).toBe('new.txt');
		expect(fresh.meta.duplicateOf).toBeNull();
		expect(other.meta.duplicateOf).toBeNull();
	});

	it('breaks a tie on chapters by the richest format: EPUB, HTML, AZW3, MOBI, text', () => {
		const copies = (['ao3-text', 'ao3-mobi', 'azw3', 'fff-html', 'epub'] as const).map((format, index) => ({
			meta: makeWork({path: `copy.${format}`, format, id: '7', chapters: {posted: 4, total: 4}}),
			// The poorer the format, the newer the file: format wins over age.
			mtimeMs: 5000 - index,
		}));
		for (let richest = copies.length; richest > 1; richest--) {
			const group = copies.slice(0, richest);
			markDuplicates(group);
			expect(group.filter(copy => copy.meta.duplicateOf === null).map(copy => copy.meta.format)).toEqual([group.at(-1)!.meta.format]);
		}

		// More chapters beat a richer format.
		const longer = {meta: makeWork({path: 'longer.txt', format: 'ao3-text', id: '7', chapters: {posted: 5, total: 5}}), mtimeMs: 1};
		markDuplicates([...copies, longer]);
		expect(copies.every(copy => copy.meta.duplicateOf === 'longer.txt')).toBe(true);
	});

	it('breaks a tie on chapters and format by the newest file, then by path', () => {
		const a = {meta: makeWork({path: 'a.txt', id: '7'}), mtimeMs: 1000};
		const b = {meta: makeWork({path: 'b.txt', id: '7'}), mtimeMs: 3000};
		markDuplicates([a, b]);
		expect(a.meta.duplicateOf).toBe('b.txt');
		const c = {meta: makeWork({path: 'c.txt', id: '9'}), mtimeMs: 5};
		const d = {meta: makeWork({path: 'd.txt', id: '9'}), mtimeMs: 5};
		markDuplicates([d, c]);
		expect(d.meta.duplicateOf).toBe('c.txt');
	});

	it('leaves works without an ID alone', () => {
		const a = {meta: makeWork({path: 'a.txt', id: null}), mtimeMs: 1};
		const b = {meta: makeWork({path: 'b.txt', id: null}), mtimeMs: 1};
		markDuplicates([a, b]);
		expect([a.meta.duplicateOf, b.meta.duplicateOf]).toEqual([null, null]);
	});
});
