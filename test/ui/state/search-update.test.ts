import {describe, expect, it} from 'vitest';
import type {SearchResult} from '../../../source/core/search/search-engine.js';
import {type AppState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay, start, works} from './update-fixtures.js';

describe('update: search', () => {
	const hits: SearchResult = {ok: true, hits: [{index: 7, score: 0, matches: []}, {index: 3, score: 0.1, matches: []}]};

	it('types into the box, edits with Backspace, and shows results for the current query only', () => {
		let state = replay(start(), keys('/', 'w', 'o', 'r', 'k', 'space', 'x', 'backspace'));
		expect(state.search.query).toBe('work ');
		state = update(state, {type: 'search-result', query: 'wor', result: hits, works: state.works, now: 1_000});
		expect(state.list.order).toEqual(works.map((_, index) => index)); // Superseded: dropped.
		state = update(state, {type: 'search-result', query: 'work ', result: hits, works: state.works, now: 1_000});
		expect(state.list.order).toEqual([7, 3]);
		expect(state.list.selected).toBe(0);
	});

	// Regression: after a search that found nothing, Backspace back to an empty query or Esc selected the first work, not the one selected before.
	it('selects the work selected before a search that found nothing once works are listed again', () => {
		const none: SearchResult = {ok: true, hits: []};
		const result = (state: AppState, query: string, found: SearchResult) => update(state, {type: 'search-result', query, result: found, works: state.works, now: 1_000});
		const empty = result(replay(start(), keys('G', '/', 'z', 'z')), 'zz', none);
		expect(empty.list.order).toEqual([]);
		expect(replay(empty, keys('esc')).list.selected).toBe(49);
		const erased = replay(empty, keys('backspace', 'backspace'));
		// An empty query lists every work, whatever the result's hits.
		expect(result(erased, '', none).list.selected).toBe(49);
		// Results that list it select it; results that do not start at the top.
		const withIt: SearchResult = {ok: true, hits: [{index: 7, score: 0, matches: []}, {index: 49, score: 0.1, matches: []}]};
		expect(result(replay(empty, keys('backspace')), 'z', withIt).list.selected).toBe(1);
		expect(result(replay(empty, keys('backspace')), 'z', hits).list.selected).toBe(0);
		// Another empty result in between keeps holding it.
		const stillEmpty = result(replay(empty, keys('z')), 'zzz', none);
		expect(result(replay(stillEmpty, keys('ctrl+u')), '', none).list.selected).toBe(49);
		// A file added meanwhile moves the works' indices: the held work is followed.
		const added = [makeWork({path: 'a.txt', title: 'A new work'}), ...works];
		const grown = update(empty, {type: 'library-changed', library: {works: added, stateKeys: added.map(work => work.path), skipped: [], progress: null}});
		const cleared = replay(grown, keys('esc'));
		expect(cleared.works[cleared.list.order[cleared.list.selected]!]!.path).toBe('w49.txt');
		// Regression: erased back to '' and the library changed before the empty query's result came: the first work.
		const erasedThenChanged = update(replay(empty, keys('backspace', 'backspace')), {type: 'library-changed', library: {works: added, stateKeys: added.map(work => work.path), skipped: [], progress: null}});
		const relisted = result(erasedThenChanged, '', none);
		expect(relisted.works[relisted.list.order[relisted.list.selected]!]!.path).toBe('w49.txt');
		expect(relisted.list.held).toBeNull();
	});

	// Regression: Enter on a search that found nothing left the box without a word, and the next letters typed
	// ran list commands (s sorted, l marked for later).
	it('stays in the box, and says so, when Enter has nothing to open', () => {
		const empty = update(replay(start(), keys('/', 'z', 'z')), {type: 'search-result', query: 'zz', result: {ok: true, hits: []}, works: works, now: 1_000});
		const entered = replay(empty, keys('enter'));
		expect(entered.search.editing).toBe(true);
		expect(entered.message).toBe('No work matches: nothing to open. Esc clears the search.');
		expect(replay(entered, keys('s')).search.query).toBe('zzs');
		expect(entered.reader).toBeNull();
	});

	it('keeps the last good result and shows the error of a query that cannot be read', () => {
		let state = replay(start(), keys('/', 'a'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		state = replay(state, keys('"'));
		state = update(state, {type: 'search-result', query: 'a"', result: {ok: false, error: 'unclosed quote'}, works: state.works, now: 1_000});
		expect(state.search.error).toBe('unclosed quote');
		expect(state.list.order).toEqual([7, 3]);
	});

	// Regression: Enter typed before the search result landed opened the top work of the old list.
	it('opens the top result of the query as typed, even when Enter comes before the result', () => {
		let state = replay(start(), keys('/', 'a', 'enter'));
		expect(state.reader).toBeNull();
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		expect(state.reader?.workIndex).toBe(7);
		expect(state.focus).toBe('reader');
	});

	// Regression: Enter, then ? before the result landed, opened the work under the help.
	it('plays keys typed after a waiting Enter after it, in order, once the result lands', () => {
		const waiting = replay(start(), keys('/', 'a', 'enter'));
		const land = (state: AppState) => update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		const helped = replay(waiting, keys('?'));
		expect(helped.overlay).toBeNull();
		const landed = land(helped);
		expect(landed.reader?.workIndex).toBe(7);
		expect(landed.overlay?.kind).toBe('help');
		expect(land(replay(waiting, keys('j'))).reader?.workIndex).toBe(7);
		// (Review) q after a waiting key means what it would then: here, close the help, not quit.
		const closed = land(replay(waiting, keys('?', 'q')));
		expect(closed).toMatchObject({overlay: null, quitting: false});
		expect(closed.reader?.workIndex).toBe(7);
		// Ctrl-C never waits.
		expect(replay(waiting, keys('?', 'ctrl+c')).quitting).toBe(true);
		// Keys typed at the list do not act once the list has lost the keyboard (a terminal too small).
		const shrunk = update(waiting, {type: 'resize', columns: 30, rows: 6});
		expect(shrunk.typedAhead).toEqual([]);
		expect(land(update(shrunk, {type: 'resize', columns: 120, rows: 40})).reader).toBeNull();
	});

	// Regression: list keys typed after Enter but before the result landed moved through the old list.
	it('moves typed ahead of the result move through the result, in order', () => {
		const land = (state: AppState) => update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		const moved = replay(start(), keys('/', 'a', 'tab', 'j', 'j', 'j'));
		expect(moved.list.selected).toBe(0);
		const landed = land(moved);
		expect(landed.list.order).toEqual([7, 3]);
		expect(landed.list.order[landed.list.selected]).toBe(3);
		expect(landed.typedAhead).toEqual([]);
		expect(land(replay(start(), keys('/', 'a', 'tab', 'G', 'k'))).list.selected).toBe(0);
		const opened = land(replay(start(), keys('/', 'a', 'tab', 'j', 'enter')));
		expect(opened.reader?.workIndex).toBe(3);
		// A query that cannot be read keeps the last good list: keys typed for a list that never came are dropped.
		const unread = update(replay(start(), keys('/', 'a', 'tab', 'G')), {type: 'search-result', query: 'a', result: {ok: false, error: 'unclosed quote'}, works, now: 1_000});
		expect(unread.list.selected).toBe(0);
		expect(unread.typedAhead).toEqual([]);
	});

	// Regression (review): letters typed after a waiting key were lost, or played as commands.
	it('keeps text and pastes typed after a waiting key, and plays them where they were typed', () => {
		const land = (state: AppState) => update(state, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		const typed = land(replay(start(), keys('/', 'a', 'tab', 'j', '/', 'w', 'o', 'l', 'f')));
		expect(typed).toMatchObject({search: {editing: true, query: 'awolf'}});
		expect(typed.list.order[typed.list.selected]).toBe(3);
		const pasted = land(update(replay(start(), keys('/', 'a', 'tab', 'j', '/')), {type: 'paste', text: 'wolf pack', now: 1_000}));
		expect(pasted).toMatchObject({search: {editing: true, query: 'awolf pack'}});
	});

	// Regression (review): a query that cannot be read dropped every key typed ahead of its result, Ctrl-C and ? too;
	// (third review) then its q, typed for the reader an Enter would have opened, quit from the list.
	it('drops the row keys typed for a result that did not come, and an Enter with all that followed it', () => {
		const unread = (state: AppState, query = 'a') => update(state, {type: 'search-result', query, result: {ok: false, error: 'unclosed quote'}, works, now: 1_000});
		expect(unread(replay(start(), keys('/', 'a', 'enter', '?')))).toMatchObject({reader: null, overlay: null, typedAhead: []});
		expect(unread(replay(start(), keys('/', 'a', 'enter', 'q')))).toMatchObject({reader: null, quitting: false});
		const searched = unread(replay(start(), keys('/', 'a', 'tab', 'j', '/', 'x')));
		expect(searched).toMatchObject({list: {selected: 0}, search: {editing: true, query: 'ax'}});
		// Keys after a new query typed ahead wait for that query's result.
		const again = unread(replay(start(), keys('/', 'a', 'tab', 'j', '/', 'b', 'tab', 'j')));
		expect(again).toMatchObject({search: {query: 'ab'}, typedAhead: [{key: 'j'}]});
		const landed = update(again, {type: 'search-result', query: 'ab', result: hits, works, now: 1_000});
		expect(landed.list.order[landed.list.selected]).toBe(3);
	});

	// Regression (review): r typed ahead marked the old list's work read.
	it('marks the row of the result that keys typed ahead chose, not a row of the old list', () => {
		const typed = replay(start(), keys('j', 'j', '/', 'a', 'tab', 'j', 'r'));
		expect(typed.reading.works['path:w2.txt']).toBeUndefined();
		const landed = update(typed, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		expect(landed.reading.works['path:w3.txt']!.mark).toBe('read');
		expect(landed.reading.works['path:w2.txt']).toBeUndefined();
	});

	// Regression (review): a scan changing the works under a search froze j and k until the search ran again.
	it('moves at once while the same search runs again over changed works', () => {
		let state = replay(start(), keys('/', 'a', 'tab'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		const grown = [...works, makeWork({path: 'new.txt', title: 'New Work'})];
		state = update(state, {type: 'library-changed', library: {works: grown, stateKeys: grown.map(work => work.path), skipped: [], progress: null}});
		state = replay(state, keys('j'));
		expect(state.typedAhead).toEqual([]);
		expect(state.list.order[state.list.selected]).toBe(3);
	});

	it('Tab keeps the result for the list; Esc clears it and keeps the selected work selected', () => {
		let state = replay(start(), keys('/', 'a'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		state = replay(state, keys('down', 'tab'));
		expect(state.search.editing).toBe(false);
		expect(state.list.order).toEqual([7, 3]);
		expect(state.list.selected).toBe(1);
		state = replay(state, keys('esc'));
		expect(state.search.query).toBe('');
		expect(state.list.order.length).toBe(50);
		expect(state.list.order[state.list.selected]).toBe(3);
	});

	it('moves the selection with Ctrl-N and Ctrl-P while typing, and one Enter opens the highlighted work', () => {
		let state = replay(start(), keys('/', 'a'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		state = replay(state, keys('ctrl+n'));
		expect(state).toMatchObject({search: {editing: true, query: 'a'}, list: {selected: 1}});
		expect(replay(state, keys('ctrl+p')).list.selected).toBe(0);
		const opened = replay(state, keys('enter'));
		expect(opened.search.editing).toBe(false);
		expect(opened.reader?.workIndex).toBe(3);
		expect(opened.focus).toBe('reader');
	});
});
