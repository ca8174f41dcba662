import {describe, expect, it} from 'vitest';
import {isFolderState} from '../../../source/core/state/reader-settings.js';
import {initialState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay} from './update-fixtures.js';

const folder = '/home/reader/fics';
const works = [
	makeWork({path: 'a.txt', title: 'Apple', words: 10}),
	makeWork({path: 'b.txt', title: 'Birch', words: 300}),
	makeWork({path: 'c.txt', title: 'Cedar', words: 30}),
];
const begin = (reading = initialState({works, columns: 120, rows: 40, sortedOrder: [0, 1, 2]}).reading) =>
	initialState({works, columns: 120, rows: 40, sortedOrder: [0, 1, 2], folder, reading});

describe('update: reversing the sort order', () => {
	it('S turns the current order around and keeps the selected work selected', () => {
		const reversed = replay(begin(), keys('j', 'S'));
		expect(reversed.list).toMatchObject({sortKey: 'title', sortReversed: true, order: [2, 1, 0]});
		expect(reversed.list.order[reversed.list.selected]).toBe(1);
		expect(reversed.message).toBe('Sorted by title, reversed');
		expect(replay(reversed, keys('S')).list).toMatchObject({sortReversed: false, order: [0, 1, 2]});
	});

	it('s goes to the next key in its own direction; S then reverses that key', () => {
		const byWords = replay(begin(), keys('S', 's', 's'));
		expect(byWords.list).toMatchObject({sortKey: 'words', sortReversed: false, order: [1, 2, 0]});
		expect(replay(byWords, keys('S')).list.order).toEqual([0, 2, 1]);
	});

	it('remembers the key and the direction for the folder', () => {
		const used = replay(begin(), keys('s', 's', 'S'));
		expect(used.reading.folders?.[folder]).toMatchObject({sortKey: 'words', sortReversed: true});
		// A state file from before the direction was kept is still read; a direction that is not a boolean is not.
		const saved = used.reading.folders![folder]!;
		const {sortReversed: _, ...older} = saved;
		expect(isFolderState(saved)).toBe(true);
		expect(isFolderState(older)).toBe(true);
		expect(isFolderState({...saved, sortReversed: 'yes'})).toBe(false);
	});

	it('leaves a search result in rank order, and shows the new order once it is cleared', () => {
		const searching = {...begin(), search: {...begin().search, query: 'x', listQuery: 'x'}, list: {...begin().list, order: [2, 0], hits: []}};
		const reversed = replay(searching, keys('S'));
		expect(reversed.list.order).toEqual([2, 0]);
		expect(reversed.list.sortedOrder).toEqual([2, 1, 0]);
	});

	// The search runs again on a new order (its ties follow it): the result must not put the cursor back on top.
	it('keeps the cursor on its work when the search runs again over the new order', () => {
		const tied = (order: number[]) => ({ok: true as const, hits: order.map(index => ({index, score: 0, matches: []}))});
		let state = replay(begin(), keys('/', 'x'));
		state = update(state, {type: 'search-result', query: 'x', result: tied([0, 1, 2]), works: state.works, now: 1});
		state = replay(state, keys('tab', 'down'));
		expect(state.list.order[state.list.selected]).toBe(1);
		state = replay(state, keys('S'));
		expect(state.search.stale).toBe(true);
		state = update(state, {type: 'search-result', query: 'x', result: tied([2, 1, 0]), works: state.works, now: 2});
		expect(state.list.order).toEqual([2, 1, 0]);
		expect(state.list.order[state.list.selected]).toBe(1);
		expect(state.search.stale).toBe(false);
	});
});
