import {describe, expect, it} from 'vitest';
import {initialState} from '../../../source/ui/state/app-state.js';
import {listCapacity} from '../../../source/ui/state/geometry.js';
import {update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';
import {body, details, keys, openWork, replay, start, works} from './update-fixtures.js';

describe('update: the work list', () => {
	it('moves with j/k and arrows, clamped at both ends', () => {
		expect(replay(start(), keys('j', 'j', 'down')).list.selected).toBe(3);
		expect(replay(start(), keys('k', 'up')).list.selected).toBe(0);
		expect(replay(start(), keys('G')).list.selected).toBe(49);
		expect(replay(start(), keys('G', 'j')).list.selected).toBe(49);
		expect(replay(start(), keys('G', 'g')).list.selected).toBe(0);
		expect(replay(start(), keys('end', 'home')).list.selected).toBe(0);
	});

	it('pages by what fits on screen and keeps the selection visible', () => {
		const state = start(120, 20);
		const capacity = listCapacity(state);
		const paged = replay(state, keys('pgdn'));
		expect(paged.list.selected).toBe(capacity);
		expect(paged.list.top).toBeLessThanOrEqual(paged.list.selected);
		expect(paged.list.selected).toBeLessThan(paged.list.top + capacity);
		const last = replay(state, keys('G'));
		expect(last.list.top).toBe(50 - capacity);
		expect(replay(last, keys('pgup')).list.selected).toBe(49 - capacity);
	});

	it('quits on q from the list but not from the search box', () => {
		expect(replay(start(), keys('q')).quitting).toBe(true);
		const searching = replay(start(), keys('/', 'q'));
		expect(searching.quitting).toBe(false);
		expect(searching.search.query).toBe('q');
		expect(replay(start(), keys('/', 'ctrl+c')).quitting).toBe(true);
	});

	it('asks for a stop on each Ctrl-Z, in the search box too, changing nothing else', () => {
		const searching = replay(start(), keys('/', 'a'));
		const stopped = replay(searching, keys('ctrl+z', 'ctrl+z'));
		expect(stopped).toEqual({...searching, suspends: 2});
	});
});

describe('update: several keys at once', () => {
	it('plays typed-ahead keys one by one in the list', () => {
		expect(update(start(), {type: 'keys', names: ['j', 'j', 'j'], now: 1}).list.selected).toBe(3);
	});

	// Regression: text, Enter and more keys typed ahead of a busy app arrive as one event, and the Enter
	// became a space in the search box: the box stayed open and took the keys meant for the list.
	it('takes a line break typed ahead with other keys as Enter, in a text box too', () => {
		const searching = replay(start(), keys('/'));
		const typed = update(searching, {type: 'keys', names: ['f', 'o', 'o', 'tab', 'j'], now: 1});
		expect(typed.search.query).toBe('foo');
		expect(typed.search.editing).toBe(false);
		const erased = update(searching, {type: 'keys', names: ['a', 'b', 'backspace'], now: 1});
		expect(erased.search.query).toBe('a');
	});
});

describe('update: pasted text', () => {
	// Regression: a pasted line break in the search box was Enter, and the rest ran as list commands (r marked read).
	it('goes into the search or find box as one line, line breaks and controls as spaces', () => {
		const searching = replay(start(), keys('/'));
		const pasted = update(searching, {type: 'paste', text: 'foo\nr\u0007x', now: 1});
		expect(pasted.search.query).toBe('foo r x');
		expect(pasted.search.editing).toBe(true);
		expect(pasted.reading.works).toEqual({});
	});

	it('is dropped where no text box has the keyboard, so a pasted q does not quit', () => {
		const listed = start();
		expect(update(listed, {type: 'paste', text: 'quit? read it\n', now: 1})).toBe(listed);
	});
});

describe('update: the library changes under the list', () => {
	const few = ['a', 'b', 'c', 'd'].map(name => makeWork({path: `${name}.txt`, title: `Title ${name.toUpperCase()}`}));
	const begin = () => initialState({works: few, columns: 120, rows: 40, sortedOrder: [0, 1, 2, 3], stateKeys: few.map(work => work.path)});
	const library = (works: typeof few) => ({type: 'library-changed' as const, library: {works, stateKeys: works.map(work => work.path), skipped: [], progress: null}});

	it('keeps the selected work selected when works appear before it', () => {
		const selected = replay(begin(), keys('j', 'j'));
		expect(selected.list.order[selected.list.selected]).toBe(2);
		const grown = update(selected, library([makeWork({path: '0.txt', title: 'Title 0'}), ...few]));
		expect(grown.works[grown.list.order[grown.list.selected]!]!.path).toBe('c.txt');
	});

	it('follows the open work to its new index, and closes it with a note when it is deleted', () => {
		const reading = openWork(replay(begin(), keys('j')));
		const moved = update(reading, library([makeWork({path: '0.txt', title: 'Title 0'}), ...few]));
		expect(moved.works[moved.reader!.workIndex]!.path).toBe('b.txt');
		const gone = update(reading, library(few.filter(work => work.path !== 'b.txt')));
		expect(gone.reader).toBeNull();
		expect(gone.focus).toBe('list');
		expect(gone.message).toBe('Title B is no longer in the folder');
	});

	// Regression: a progress-only update marked the search stale, but no new search ran, so Enter did nothing.
	it('takes progress alone without touching the list or the search', () => {
		let state = replay(begin(), keys('/', 't'));
		state = update(state, {type: 'search-result', query: 't', result: {ok: true, hits: [{index: 3, score: 0, matches: []}]}, works: state.works, now: 1_000});
		const progressed = update(state, {type: 'library-changed', library: {works: state.works as typeof few, stateKeys: state.stateKeys as string[], skipped: [], progress: {done: 2, total: 4}}});
		expect(progressed.scan).toEqual({done: 2, total: 4});
		expect(progressed.list.order).toEqual([3]);
		expect(replay(progressed, keys('enter', 'enter')).reader?.workIndex).toBe(3);
	});

	// Regression: the search run again over new works put the cursor back on the first row.
	it('runs the search again over new works and keeps the cursor on its work', () => {
		const hitsOver = (works: readonly unknown[]) => ({ok: true as const, hits: works.map((_, index) => ({index, score: index, matches: []}))});
		let state = replay(begin(), keys('/', 't'));
		state = update(state, {type: 'search-result', query: 't', result: hitsOver(few), works: state.works, now: 1_000});
		state = replay(state, keys('down', 'down', 'tab'));
		expect(state.works[state.list.order[state.list.selected]!]!.path).toBe('c.txt');
		const grown = [makeWork({path: '0.txt', title: 'Title 0'}), ...few];
		state = update(state, library(grown));
		// A result computed over the old works is stale and dropped.
		expect(update(state, {type: 'search-result', query: 't', result: hitsOver(few), works: few, now: 1_000})).toBe(state);
		expect(replay(state, keys('enter')).reader).toBeNull();
		// (Review) Only Enter waits meanwhile: a long scan changes the works every moment, and the keyboard must not seem dead.
		const moved = replay(state, keys('enter', 'up'));
		expect(moved.works[moved.list.order[moved.list.selected]!]!.path).toBe('b.txt');
		expect(moved.typedAhead).toEqual([{key: 'enter'}]);
		state = update(state, {type: 'search-result', query: 't', result: hitsOver(grown), works: state.works, now: 1_000});
		expect(state.works[state.list.order[state.list.selected]!]!.path).toBe('c.txt');
	});

	it('keeps a read-ahead body with its work when indices shift, and drops it when the work goes', () => {
		const ahead = update(replay(begin(), keys('j')), {type: 'body-prefetched', workIndex: 1, path: 'b.txt', body, details});
		const shifted = update(ahead, library([makeWork({path: '0.txt', title: 'Title 0'}), ...few]));
		expect(shifted.prefetched?.workIndex).toBe(2);
		expect(update(ahead, library(few.filter(work => work.path !== 'b.txt'))).prefetched).toBeNull();
		// A body for a path that is no longer at that index is ignored.
		expect(update(begin(), {type: 'body-prefetched', workIndex: 1, path: 'zzz.txt', body, details}).prefetched).toBeNull();
	});
});
