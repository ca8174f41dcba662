import {describe, expect, it} from 'vitest';
import {isStateFile} from '../../../source/core/state/state-file-shape.js';

const fileWith = (bookmark: Record<string, unknown>) => ({
	version: 1,
	works: {'id:1': {position: null, chapter: null, lastOpened: null, mark: 'unread', progress: 0, bookmarks: [bookmark], updatedAt: 0}},
});
const saved = {id: 'b1', position: {paragraph: 4, char: 0}, createdAt: 1, excerpt: 'She left.'};

describe('a bookmark in the state file', () => {
	it('reads as before without its chapter and % (files saved before they were kept)', () => {
		expect(isStateFile(fileWith(saved))).toBe(true);
	});

	it('reads with its chapter and %', () => {
		expect(isStateFile(fileWith({...saved, chapter: {number: 2, title: 'Chapter 2: Ebb'}, progress: 0.4}))).toBe(true);
		expect(isStateFile(fileWith({...saved, progress: 0}))).toBe(true);
	});

	it('is not taken with a chapter or % of the wrong shape', () => {
		expect(isStateFile(fileWith({...saved, chapter: 2}))).toBe(false);
		expect(isStateFile(fileWith({...saved, chapter: {number: 0, title: 'x'}}))).toBe(false);
		expect(isStateFile(fileWith({...saved, progress: 1.5}))).toBe(false);
		expect(isStateFile(fileWith({...saved, progress: '40%'}))).toBe(false);
	});
});
