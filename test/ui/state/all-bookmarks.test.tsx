import React from 'react';
import {Box} from 'ink';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {updateWork} from '../../../source/core/state/reading-state.js';
import {allBookmarks} from '../../../source/ui/state/all-bookmarks.js';
import type {AppState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {PickListScreen} from '../../../source/ui/panes/pick-list-screen.js';
import {body, details, keys, openWork, replay, start} from './update-fixtures.js';

/** Bookmarks in works 3 (oldest), 7 and 3 again (newest), none elsewhere. */
function withBookmarks(state: AppState): AppState {
	const mark = (reading: AppState['reading'], workIndex: number, paragraph: number, createdAt: number) =>
		updateWork(reading, state.stateKeys[workIndex]!, work => ({...work, bookmarks: [...work.bookmarks, {id: `b${createdAt}`, position: {paragraph, char: 0}, createdAt, excerpt: `Paragraph ${paragraph}`}]}), createdAt);
	return {...state, reading: mark(mark(mark(state.reading, 3, 40, 100), 7, 10, 200), 3, 120, 300)};
}

describe('update: the bookmarks of every work', () => {
	it("lists them newest first with ' on the list, and Enter opens the work at the bookmark", () => {
		const state = withBookmarks(start());
		expect(allBookmarks(state).map(entry => [entry.workIndex, entry.bookmark.createdAt])).toEqual([[3, 300], [7, 200], [3, 100]]);
		const listed = replay(state, keys("'"));
		expect(listed.overlay).toEqual({kind: 'all-bookmarks', item: 0});
		const chosen = replay(listed, keys('j', 'enter'));
		expect(chosen.overlay).toBeNull();
		expect(chosen.reader).toMatchObject({workIndex: 7, status: 'loading', at: {paragraph: 10, char: 0}});
		const loaded = update(chosen, {type: 'work-loaded', workIndex: 7, path: 'w7.txt', body, details, now: 2_000});
		expect(loaded.reader?.status === 'ready' && loaded.reader.view.toSource(loaded.reader.top)).toEqual({paragraph: 10, char: 0});
		// A jump, not reading: the work stays unread.
		expect(loaded.reading.works[loaded.stateKeys[7]!]!.mark).toBe('unread');
		expect(loaded.focus).toBe('reader');
	});

	it('clears a search that hides the chosen work', () => {
		const searching = {...withBookmarks(start()), search: {query: 'x', editing: false, error: null, listQuery: 'x', stale: false}};
		const filtered = {...searching, list: {...searching.list, order: [0, 1], hits: null}};
		const opened = replay(filtered, keys("'", 'enter'));
		expect(opened.reader?.workIndex).toBe(3);
		expect(opened.search.query).toBe('');
	});
});

describe('the bookmarks of every work, drawn', () => {
	it('shows each with its work title and words, over the page', () => {
		const state = replay(withBookmarks(start(100, 30)), keys("'"));
		const frame = render(
			<Box width={100} height={29}>
				<PickListScreen state={state} region={{left: 30, width: 70, height: 29}} />
			</Box>,
		).lastFrame() ?? '';
		expect(frame).toContain('Bookmarks in every work');
		const rows = frame.split('\n').filter(row => row.includes('Work '));
		expect(rows.map(row => /Work \d+/.exec(row)?.[0])).toEqual(['Work 03', 'Work 07', 'Work 03']);
		expect(rows[0]).toContain('Paragraph 120');
		expect(rows[0]).toContain('❯');
	});
});

describe('the chapter and % of a bookmark, kept with it', () => {
	const toc = [0, 50, 100, 150].map((paragraph, index) => ({title: `Chapter ${index + 1}: ${['Ebb', 'Flood', 'High Water', 'Slack'][index]}`, paragraph}));
	/** Work 0 open at its third chapter (of four over 200 paragraphs), bookmarked there; then work 1 opened, and the list. */
	const bookmarkedThenLeft = () => {
		const marked = replay(openWork(start(100, 30), {...details, toc}), keys(']', ']', 'm'));
		return {marked, left: replay(marked, keys('esc', 'j', 'enter', 'esc'))};
	};

	it('is stored on the bookmark when it is made', () => {
		const {marked} = bookmarkedThenLeft();
		const [bookmark] = marked.reading.works[marked.stateKeys[0]!]!.bookmarks;
		expect(bookmark!.chapter).toEqual({number: 3, title: 'Chapter 3: High Water'});
		expect(bookmark!.progress).toBeCloseTo(0.5, 1);
	});

	it('is shown in the list of every bookmark for a work that is not open, and nothing for a bookmark saved without it', () => {
		const {left} = bookmarkedThenLeft();
		// Work 1 is the open one now; work 3 has a bookmark from a file saved before chapters and % were kept.
		expect(left.reader?.workIndex).toBe(1);
		expect(left.focus).toBe('list');
		const old = {id: 'old', position: {paragraph: 40, char: 0}, createdAt: 10, excerpt: 'Paragraph 40'};
		const state = replay({...left, reading: updateWork(left.reading, left.stateKeys[3]!, work => ({...work, bookmarks: [old]}), 10)}, keys("'"));
		const frame = render(
			<Box width={100} height={29}>
				<PickListScreen state={state} region={{left: 0, width: 100, height: 29}} />
			</Box>,
		).lastFrame() ?? '';
		const rows = frame.split('\n').filter(row => row.includes('Work '));
		expect(rows).toHaveLength(2);
		expect(rows[0]).toMatch(/Work 00 {2}ch 3 High Water · 50% {2}Paragraph 100/);
		expect(rows[1]).toMatch(/Work 03 {2}Paragraph 40/);
	});
});
