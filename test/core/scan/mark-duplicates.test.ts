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

	it('breaks a tie on chapters by the newest file, then by path', () => {
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
