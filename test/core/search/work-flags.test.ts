import {describe, expect, it} from 'vitest';
import {newChapters} from '../../../source/core/state/chapters-since-read.js';
import {flagsFromState, hasFlag} from '../../../source/core/search/work-flags.js';
import {emptyState, toggleLater, updateWork, withMark} from '../../../source/core/state/reading-state.js';
import {isStateFile} from '../../../source/core/state/state-file-shape.js';
import {makeWork} from '../../helpers/make-work.js';

describe('work flags', () => {
	const works = [
		makeWork({id: '1', chapters: {posted: 5, total: null}}),
		makeWork({id: '2', chapters: {posted: 3, total: 3}}),
		makeWork({id: '3'}),
	];
	const keys = ['id:1', 'id:2', 'id:3'];

	it('reads marks, bookmarks and new chapters from the reading state', () => {
		let state = updateWork(emptyState(), 'id:1', work => ({...withMark(work, 'reading'), postedWhenRead: 2}), 1);
		state = updateWork(state, 'id:2', work => ({...toggleLater(work), postedWhenRead: 3, bookmarks: [{id: 'a', position: {paragraph: 0, char: 0}, createdAt: 1, excerpt: ''}]}), 1);
		const flags = flagsFromState(state, works, keys);
		expect(flags(0)).toEqual({mark: 'reading', bookmarked: false, newChapters: 3});
		expect(flags(1)).toEqual({mark: 'later', bookmarked: true, newChapters: 0});
		expect(flags(2)).toEqual({mark: 'unread', bookmarked: false, newChapters: 0});
		expect(hasFlag(flags(0), 'new')).toBe(true);
		expect(hasFlag(flags(1), 'bookmarked')).toBe(true);
		expect(hasFlag(flags(1), 'later')).toBe(true);
		expect(hasFlag(flags(2), 'unread')).toBe(true);
	});

	it('files a work read before more chapters were posted under is:reading, as its row shows it', () => {
		const state = updateWork(emptyState(), 'id:1', work => ({...withMark(work, 'read'), postedWhenRead: 4}), 1);
		const flags = flagsFromState(state, works, keys);
		expect(flags(0)).toEqual({mark: 'reading', bookmarked: false, newChapters: 1});
		expect(hasFlag(flags(0), 'read')).toBe(false);
		const caughtUp = flagsFromState(updateWork(state, 'id:1', work => ({...work, postedWhenRead: 5}), 2), works, keys);
		expect(caughtUp(0).mark).toBe('read');
	});

	it('counts no new chapters for a work never read, or one whose file has fewer', () => {
		expect(newChapters(works[0]!, undefined)).toBe(0);
		expect(newChapters(works[1]!, 5)).toBe(0);
	});

	it('keeps postedWhenRead in the state file only as a count', () => {
		const state = updateWork(emptyState(), 'id:1', work => ({...work, postedWhenRead: 4}), 1);
		expect(isStateFile(JSON.parse(JSON.stringify(state)))).toBe(true);
		const bad = JSON.parse(JSON.stringify(state)) as {works: Record<string, Record<string, unknown>>};
		bad.works['id:1']!['postedWhenRead'] = -1;
		expect(isStateFile(bad)).toBe(false);
	});
});
