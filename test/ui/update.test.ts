import {describe, expect, it} from 'vitest';
import type {SearchResult} from '../../source/core/search/search-engine.js';
import type {WorkBody, WorkDetails} from '../../source/core/work.js';
import {commandFor, keymap} from '../../source/ui/input/keymap.js';
import {helpLayout} from '../../source/ui/panes/help-lines.js';
import {sidebarLines} from '../../source/ui/panes/sidebar-lines.js';
import {type AppState, detailsAt, initialState, inputContext, layoutHeight, layoutOf, listCapacity, readerGeometry, sidebarWork} from '../../source/ui/state/app-state.js';
import {type Action, update} from '../../source/ui/state/update.js';
import {makeWork} from '../helpers/make-work.js';

const works = Array.from({length: 50}, (_, index) => makeWork({path: `w${index}.txt`, title: `Work ${String(index).padStart(2, '0')}`}));
const start = (columns = 120, rows = 40): AppState => initialState({works, columns, rows, sortedOrder: works.map((_, index) => index)});
const replay = (state: AppState, actions: Action[]) => actions.reduce(update, state);
const keys = (...names: string[]): Action[] => names.map(name => ({type: 'key', name, now: 1_000}));

/** A body long enough for many pages: 200 numbered paragraphs. */
const body: WorkBody = {paragraphs: Array.from({length: 200}, (_, index) => `Paragraph ${index} ${'word '.repeat(30)}`.trim())};

/** What a work's file gives besides its body; the library does not keep it. */
const details: WorkDetails = {summary: 'A summary.', toc: [], extra: {}};

function openWork(state: AppState, read: WorkDetails = details): AppState {
	const opened = replay(state, keys('enter'));
	return update(opened, {type: 'work-loaded', workIndex: opened.reader!.workIndex, path: opened.works[opened.reader!.workIndex]!.path, body, details: read, now: 1_000});
}

describe('update: the work list', () => {
	it('moves with j/k and arrows, clamped at both ends', () => {
		expect(replay(start(), keys('j', 'j', 'down')).selected).toBe(3);
		expect(replay(start(), keys('k', 'up')).selected).toBe(0);
		expect(replay(start(), keys('G')).selected).toBe(49);
		expect(replay(start(), keys('G', 'j')).selected).toBe(49);
		expect(replay(start(), keys('G', 'g')).selected).toBe(0);
		expect(replay(start(), keys('end', 'home')).selected).toBe(0);
	});

	it('pages by what fits on screen and keeps the selection visible', () => {
		const state = start(120, 20);
		const capacity = listCapacity(state);
		const paged = replay(state, keys('pgdn'));
		expect(paged.selected).toBe(capacity);
		expect(paged.listTop).toBeLessThanOrEqual(paged.selected);
		expect(paged.selected).toBeLessThan(paged.listTop + capacity);
		const last = replay(state, keys('G'));
		expect(last.listTop).toBe(50 - capacity);
		expect(replay(last, keys('pgup')).selected).toBe(49 - capacity);
	});

	it('quits on q from the list but not from the search box', () => {
		expect(replay(start(), keys('q')).quitting).toBe(true);
		const searching = replay(start(), keys('/', 'q'));
		expect(searching.quitting).toBe(false);
		expect(searching.query).toBe('q');
		expect(replay(start(), keys('/', 'ctrl+c')).quitting).toBe(true);
	});
});

describe('update: several keys at once', () => {
	it('plays typed-ahead keys one by one in the list', () => {
		expect(update(start(), {type: 'keys', names: ['j', 'j', 'j'], now: 1}).selected).toBe(3);
	});

	// Regression: text, Enter and more keys typed ahead of a busy app arrive as one event, and the Enter
	// became a space in the search box: the box stayed open and took the keys meant for the list.
	it('takes a line break typed ahead with other keys as Enter, in a text box too', () => {
		const searching = replay(start(), keys('/'));
		const typed = update(searching, {type: 'keys', names: ['f', 'o', 'o', 'enter', 'j'], now: 1});
		expect(typed.query).toBe('foo');
		expect(typed.searching).toBe(false);
		const erased = update(searching, {type: 'keys', names: ['a', 'b', 'backspace'], now: 1});
		expect(erased.query).toBe('a');
	});
});

describe('update: pasted text', () => {
	// Regression: a pasted line break in the search box was Enter, and the rest ran as list commands (r marked read).
	it('goes into the search or find box as one line, line breaks and controls as spaces', () => {
		const searching = replay(start(), keys('/'));
		const pasted = update(searching, {type: 'paste', text: 'foo\nr\u0007x', now: 1});
		expect(pasted.query).toBe('foo r x');
		expect(pasted.searching).toBe(true);
		expect(pasted.reading.works).toEqual({});
	});

	it('is dropped where no text box has the keyboard, so a pasted q does not quit', () => {
		const listed = start();
		expect(update(listed, {type: 'paste', text: 'quit? read it\n', now: 1})).toBe(listed);
	});
});

describe('update: search', () => {
	const hits: SearchResult = {ok: true, hits: [{index: 7, score: 0, matches: []}, {index: 3, score: 0.1, matches: []}]};

	it('types into the box, edits with Backspace, and shows results for the current query only', () => {
		let state = replay(start(), keys('/', 'w', 'o', 'r', 'k', 'space', 'x', 'backspace'));
		expect(state.query).toBe('work ');
		state = update(state, {type: 'search-result', query: 'wor', result: hits, works: state.works, now: 1_000});
		expect(state.order).toEqual(works.map((_, index) => index)); // Superseded: dropped.
		state = update(state, {type: 'search-result', query: 'work ', result: hits, works: state.works, now: 1_000});
		expect(state.order).toEqual([7, 3]);
		expect(state.selected).toBe(0);
	});

	// Regression: after a search that found nothing, Backspace back to an empty query or Esc selected the first work, not the one selected before.
	it('selects the work selected before a search that found nothing once works are listed again', () => {
		const none: SearchResult = {ok: true, hits: []};
		const result = (state: AppState, query: string, found: SearchResult) => update(state, {type: 'search-result', query, result: found, works: state.works, now: 1_000});
		const empty = result(replay(start(), keys('G', '/', 'z', 'z')), 'zz', none);
		expect(empty.order).toEqual([]);
		expect(replay(empty, keys('esc')).selected).toBe(49);
		const erased = replay(empty, keys('backspace', 'backspace'));
		// An empty query lists every work, whatever the result's hits.
		expect(result(erased, '', none).selected).toBe(49);
		// Results that list it select it; results that do not start at the top.
		const withIt: SearchResult = {ok: true, hits: [{index: 7, score: 0, matches: []}, {index: 49, score: 0.1, matches: []}]};
		expect(result(replay(empty, keys('backspace')), 'z', withIt).selected).toBe(1);
		expect(result(replay(empty, keys('backspace')), 'z', hits).selected).toBe(0);
		// Another empty result in between keeps holding it.
		const stillEmpty = result(replay(empty, keys('z')), 'zzz', none);
		expect(result(replay(stillEmpty, keys('ctrl+u')), '', none).selected).toBe(49);
		// A file added meanwhile moves the works' indices: the held work is followed.
		const added = [makeWork({path: 'a.txt', title: 'A new work'}), ...works];
		const grown = update(empty, {type: 'library-changed', library: {works: added, stateKeys: added.map(work => work.path), skipped: [], progress: null}});
		const cleared = replay(grown, keys('esc'));
		expect(cleared.works[cleared.order[cleared.selected]!]!.path).toBe('w49.txt');
		// Regression: erased back to '' and the library changed before the empty query's result came: the first work.
		const erasedThenChanged = update(replay(empty, keys('backspace', 'backspace')), {type: 'library-changed', library: {works: added, stateKeys: added.map(work => work.path), skipped: [], progress: null}});
		const relisted = result(erasedThenChanged, '', none);
		expect(relisted.works[relisted.order[relisted.selected]!]!.path).toBe('w49.txt');
		expect(relisted.heldSelection).toBeNull();
	});

	it('keeps the last good result and shows the error of a query that cannot be read', () => {
		let state = replay(start(), keys('/', 'a'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		state = replay(state, keys('"'));
		state = update(state, {type: 'search-result', query: 'a"', result: {ok: false, error: 'unclosed quote'}, works: state.works, now: 1_000});
		expect(state.queryError).toBe('unclosed quote');
		expect(state.order).toEqual([7, 3]);
	});

	// Regression: Enter typed before the search result landed opened the top work of the old list.
	it('opens the top result of the query as typed, even when Enter comes before the result', () => {
		let state = replay(start(), keys('/', 'a', 'enter', 'enter'));
		expect(state.reader).toBeNull();
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		expect(state.reader?.workIndex).toBe(7);
		expect(state.focus).toBe('reader');
	});

	// Regression: Enter, then ? before the result landed, opened the work under the help.
	it('plays keys typed after a waiting Enter after it, in order, once the result lands', () => {
		const waiting = replay(start(), keys('/', 'a', 'enter', 'enter'));
		const land = (state: AppState) => update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		const helped = replay(waiting, keys('?'));
		expect(helped.overlay).toBeNull();
		const landed = land(helped);
		expect(landed.reader?.workIndex).toBe(7);
		expect(landed.overlay).toBe('help');
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
		const moved = replay(start(), keys('/', 'a', 'enter', 'j', 'j', 'j'));
		expect(moved.selected).toBe(0);
		const landed = land(moved);
		expect(landed.order).toEqual([7, 3]);
		expect(landed.order[landed.selected]).toBe(3);
		expect(landed.typedAhead).toEqual([]);
		expect(land(replay(start(), keys('/', 'a', 'enter', 'G', 'k'))).selected).toBe(0);
		const opened = land(replay(start(), keys('/', 'a', 'enter', 'j', 'enter')));
		expect(opened.reader?.workIndex).toBe(3);
		// A query that cannot be read keeps the last good list: keys typed for a list that never came are dropped.
		const unread = update(replay(start(), keys('/', 'a', 'enter', 'G')), {type: 'search-result', query: 'a', result: {ok: false, error: 'unclosed quote'}, works, now: 1_000});
		expect(unread.selected).toBe(0);
		expect(unread.typedAhead).toEqual([]);
	});

	// Regression (review): letters typed after a waiting key were lost, or played as commands.
	it('keeps text and pastes typed after a waiting key, and plays them where they were typed', () => {
		const land = (state: AppState) => update(state, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		const typed = land(replay(start(), keys('/', 'a', 'enter', 'j', '/', 'w', 'o', 'l', 'f')));
		expect(typed).toMatchObject({searching: true, query: 'awolf'});
		expect(typed.order[typed.selected]).toBe(3);
		const pasted = land(update(replay(start(), keys('/', 'a', 'enter', 'j', '/')), {type: 'paste', text: 'wolf pack', now: 1_000}));
		expect(pasted).toMatchObject({searching: true, query: 'awolf pack'});
	});

	// Regression (review): a query that cannot be read dropped every key typed ahead of its result, Ctrl-C and ? too;
	// (third review) then its q, typed for the reader an Enter would have opened, quit from the list.
	it('drops the row keys typed for a result that did not come, and an Enter with all that followed it', () => {
		const unread = (state: AppState, query = 'a') => update(state, {type: 'search-result', query, result: {ok: false, error: 'unclosed quote'}, works, now: 1_000});
		expect(unread(replay(start(), keys('/', 'a', 'enter', 'enter', '?')))).toMatchObject({reader: null, overlay: null, typedAhead: []});
		expect(unread(replay(start(), keys('/', 'a', 'enter', 'enter', 'q')))).toMatchObject({reader: null, quitting: false});
		const searched = unread(replay(start(), keys('/', 'a', 'enter', 'j', '/', 'x')));
		expect(searched).toMatchObject({selected: 0, searching: true, query: 'ax'});
		// Keys after a new query typed ahead wait for that query's result.
		const again = unread(replay(start(), keys('/', 'a', 'enter', 'j', '/', 'b', 'enter', 'j')));
		expect(again).toMatchObject({query: 'ab', typedAhead: [{key: 'j'}]});
		const landed = update(again, {type: 'search-result', query: 'ab', result: hits, works, now: 1_000});
		expect(landed.order[landed.selected]).toBe(3);
	});

	// Regression (review): r typed ahead marked the old list's work read.
	it('marks the row of the result that keys typed ahead chose, not a row of the old list', () => {
		const typed = replay(start(), keys('j', 'j', '/', 'a', 'enter', 'j', 'r'));
		expect(typed.reading.works['path:w2.txt']).toBeUndefined();
		const landed = update(typed, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		expect(landed.reading.works['path:w3.txt']!.mark).toBe('read');
		expect(landed.reading.works['path:w2.txt']).toBeUndefined();
	});

	// Regression (review): a scan changing the works under a search froze j and k until the search ran again.
	it('moves at once while the same search runs again over changed works', () => {
		let state = replay(start(), keys('/', 'a', 'enter'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works, now: 1_000});
		const grown = [...works, makeWork({path: 'new.txt', title: 'New Work'})];
		state = update(state, {type: 'library-changed', library: {works: grown, stateKeys: grown.map(work => work.path), skipped: [], progress: null}});
		state = replay(state, keys('j'));
		expect(state.typedAhead).toEqual([]);
		expect(state.order[state.selected]).toBe(3);
	});

	it('Enter keeps the result for the list; Esc clears it and keeps the selected work selected', () => {
		let state = replay(start(), keys('/', 'a'));
		state = update(state, {type: 'search-result', query: 'a', result: hits, works: state.works, now: 1_000});
		state = replay(state, keys('down', 'enter'));
		expect(state.searching).toBe(false);
		expect(state.order).toEqual([7, 3]);
		expect(state.selected).toBe(1);
		state = replay(state, keys('esc'));
		expect(state.query).toBe('');
		expect(state.order.length).toBe(50);
		expect(state.order[state.selected]).toBe(3);
	});
});

describe('update: the reader', () => {
	it('opens the selected work, pages forward and back to the same place', () => {
		const state = openWork(replay(start(), keys('j', 'j')));
		expect(state.focus).toBe('reader');
		expect(state.reader?.workIndex).toBe(2);
		const forward = replay(state, keys('space', 'space', 'pgdn', 'right'));
		expect(forward.reader!.top.paragraph).toBeGreaterThan(0);
		const back = replay(forward, keys('b', 'pgup', 'left', 'b'));
		expect(back.reader!.top).toEqual({paragraph: 0, char: 0});
	});

	it('goes to the end and the start, and line by line', () => {
		const state = openWork(start());
		const end = replay(state, keys('G'));
		expect(end.reader!.top.paragraph).toBeGreaterThan(150);
		expect(replay(end, keys('space')).reader!.top).toEqual(end.reader!.top);
		expect(replay(end, keys('g')).reader!.top).toEqual({paragraph: 0, char: 0});
		const down = replay(state, keys('j'));
		expect(down.reader!.top).not.toEqual({paragraph: 0, char: 0});
		expect(replay(down, keys('k')).reader!.top).toEqual({paragraph: 0, char: 0});
	});

	it('keeps the first character on screen across a resize and a width change', () => {
		const state = replay(openWork(start(160, 50)), keys('space', 'space', 'space'));
		const top = state.reader!.top;
		const resized = update(state, {type: 'resize', columns: 70, rows: 20});
		expect(readerGeometry(resized).width).toBeLessThan(readerGeometry(state).width);
		const reader = resized.reader!;
		if (reader.status !== 'ready') throw new Error('the reader should stay ready');
		expect(reader.pager.width).toBe(readerGeometry(resized).width);
		const shown = reader.pager.page(reader.top, 10).lines;
		const first = shown.find(line => line.paragraph >= 0)!;
		expect(first.paragraph).toBe(top.paragraph);
		expect(first.start).toBeLessThanOrEqual(top.char);
		expect(first.end).toBeGreaterThan(top.char);
	});

	it('does not wrap again while the terminal is too small, and keeps the place for when it grows', () => {
		const state = replay(openWork(start(120, 40)), keys('space'));
		const tiny = update(state, {type: 'resize', columns: 30, rows: 8});
		expect(tiny.reader).toBe(state.reader);
		const grown = update(tiny, {type: 'resize', columns: 120, rows: 40});
		expect(grown.reader!.top).toEqual(state.reader!.top);
	});

	it('changes the text column with + and -, within the pane', () => {
		const state = openWork(start(200, 40));
		expect(readerGeometry(state).width).toBe(80);
		expect(readerGeometry(replay(state, keys('-', '-'))).width).toBe(72);
		expect(readerGeometry(replay(state, keys('+'))).width).toBe(84);
		expect(readerGeometry(replay(state, keys(...Array.from({length: 60}, () => '+')))).width).toBeLessThanOrEqual(200);
	});

	it('goes back to the list with Esc, Tab or q, and Tab returns to the same place', () => {
		const reading = replay(openWork(start()), keys('space'));
		for (const key of ['esc', 'tab', 'q']) {
			const back = replay(reading, keys(key));
			expect(back.focus).toBe('list');
			expect(back.quitting).toBe(false);
			expect(replay(back, keys('tab')).reader!.top).toEqual(reading.reader!.top);
		}
	});

	it('opens a work read ahead in one step, without a loading frame', () => {
		const state = update(replay(start(), keys('j')), {type: 'body-prefetched', workIndex: 1, path: 'w1.txt', body, details});
		const opened = replay(state, keys('enter'));
		expect(opened.reader?.status).toBe('ready');
		expect(opened.prefetched).toBeNull();
		// A body read ahead for another work is not used for this one.
		const other = replay(update(start(), {type: 'body-prefetched', workIndex: 5, path: 'w5.txt', body, details}), keys('enter'));
		expect(other.reader?.status).toBe('loading');
	});

	it('ignores a body that arrives for a work no longer open', () => {
		const opened = replay(start(), keys('enter', 'esc', 'j', 'enter'));
		const stale = update(opened, {type: 'work-loaded', workIndex: 0, path: 'w0.txt', body, details, now: 1_000});
		expect(stale.reader!.status).toBe('loading');
	});
});

describe('update: chapters, bookmarks and marks', () => {
	const chaptered = works.map((work, index) => (index === 0 ? {...work, id: '1'} : work));
	const toc = [0, 50, 100, 150].map(paragraph => ({title: `Chapter at ${paragraph}`, paragraph}));
	const open = () => {
		const state = initialState({works: chaptered, columns: 120, rows: 40, sortedOrder: chaptered.map((_, index) => index), stateKeys: chaptered.map(work => work.path)});
		return openWork(state, {...details, toc});
	};

	it('moves between chapters with ] and [, and [ goes to the start of the chapter first', () => {
		let state = replay(open(), keys(']'));
		expect(state.reader!.top).toEqual({paragraph: 50, char: 0});
		state = replay(state, keys(']', 'j'));
		expect(state.reader!.top.paragraph).toBe(100);
		expect(replay(state, keys('[')).reader!.top).toEqual({paragraph: 100, char: 0});
		expect(replay(state, keys('[', '[')).reader!.top).toEqual({paragraph: 50, char: 0});
		expect(replay(open(), keys('[')).message).toBe('This is the first chapter');
	});

	// Regression: ink-select-input read a stale highlight when two keys came before a redraw.
	it('moves through the contents with keys arriving together, and Enter jumps', () => {
		const state = replay(open(), keys('t', 'down', 'down', 'enter'));
		expect(state.overlay).toBeNull();
		expect(state.reader!.top).toEqual({paragraph: 100, char: 0});
		expect(replay(open(), keys('t', 'down', 'down', 'down', 'down', 'down')).overlayItem).toBe(3);
	});

	// Regression: m pressed twice at one place made two identical bookmarks.
	it('adds no second bookmark at the same place, and says so', () => {
		const twice = replay(open(), keys('space', 'm', 'm'));
		expect(twice.reading.works['w0.txt']!.bookmarks).toHaveLength(1);
		expect(twice.message).toBe('This place is bookmarked already');
		expect(replay(twice, keys('j', 'm')).reading.works['w0.txt']!.bookmarks).toHaveLength(2);
	});

	it('adds a bookmark where the page starts, jumps to it, and deletes it', () => {
		let state = replay(open(), keys('space', 'space', 'm'));
		const place = state.reader!.top;
		expect(state.message).toMatch(/^Bookmark added: \S/);
		state = replay(state, keys('g', "'", 'enter'));
		expect(state.reader!.top).toEqual(place);
		state = replay(state, keys("'", 'd'));
		expect(state.reading.works['w0.txt']!.bookmarks).toEqual([]);
		expect(state.reading.works['w0.txt']!.deletedBookmarks).toBeDefined();
	});

	it('remembers the place, marks reading on open and read at the end; r and l toggle', () => {
		let state = replay(open(), keys('space'));
		expect(state.reading.works['w0.txt']).toMatchObject({mark: 'reading', position: state.reader!.top, lastOpened: 1_000});
		state = replay(state, keys('G'));
		expect(state.reading.works['w0.txt']).toMatchObject({mark: 'read', progress: 1});
		state = replay(state, keys('r'));
		expect(state.reading.works['w0.txt']!.mark).toBe('reading');
		state = replay(state, keys('l'));
		expect(state.reading.works['w0.txt']!.mark).toBe('later');
		expect(state.message).toBe('Marked for later: Work 00');
	});

	// Regression: l then l on a finished work left it "reading" (◐), and on an unread one said "Marked unread".
	it('gives a work back the mark it had when "later" is taken off', () => {
		const finished = replay(open(), keys('G', 'l'));
		expect(finished.reading.works['w0.txt']!.mark).toBe('later');
		const again = replay(finished, keys('l'));
		expect(again.reading.works['w0.txt']!.mark).toBe('read');
		expect(again.message).toBe('No longer for later: Work 00 (read)');
		const listed = replay(again, keys('esc', 'j', 'l', 'l'));
		expect(listed.reading.works['w1.txt']!.mark).toBe('unread');
		expect(listed.message).toBe('No longer for later: Work 01 (unread)');
	});

	it('resumes at the saved place when the work is opened again', () => {
		const read = replay(open(), keys('space', 'space', 'esc'));
		const place = read.reader!.top;
		const fresh = initialState({works: chaptered, columns: 120, rows: 40, sortedOrder: chaptered.map((_, index) => index), stateKeys: chaptered.map(work => work.path), reading: read.reading});
		expect(openWork(fresh).reader!.top).toEqual(place);
	});

	it('finds text, goes from hit to hit and wraps around', () => {
		const findOf = (state: AppState) => (state.reader?.status === 'ready' ? state.reader.find : null);
		let state = replay(open(), keys('/', 'P', 'A', 'R', 'A', 'G', 'R', 'A', 'P', 'H', 'space', '1', '9', '9'));
		expect(findOf(state)?.query).toBe('PARAGRAPH 199');
		state = replay(state, keys('enter'));
		expect(findOf(state)?.hits).toHaveLength(1);
		expect(state.reader!.top.paragraph).toBe(199);
		state = replay(state, keys('g', '/', 'ctrl+u', 'w', 'o', 'r', 'd', 'enter'));
		const hits = findOf(state)?.hits.length;
		expect(hits).toBe(200 * 30);
		state = replay(state, keys('N'));
		expect(state.message).toBe(`Search wrapped around: hit ${hits}/${hits}`);
		expect(replay(state, keys('n')).message).toBe(`Search wrapped around: hit 1/${hits}`);
		expect(replay(state, keys('/', 'ctrl+u', 'z', 'z', 'q', 'enter')).message).toBe('No match for "zzq"');
	});
});

describe('update: what the sidebar describes', () => {
	it('knows a summary only once the work has been read, and shows … meanwhile', () => {
		const rested = replay(start(), keys('j'));
		expect(detailsAt(rested, 1)).toBeNull();
		const summary = (state: AppState) => sidebarLines(state.works[sidebarWork(state)!]!, detailsAt(state, sidebarWork(state)!), 40).map(line => line.text);
		expect(summary(rested)).toContain('…');
		const ahead = update(rested, {type: 'body-prefetched', workIndex: 1, path: 'w1.txt', body, details});
		expect(summary(ahead)).toContain('A summary.');
		expect(summary(ahead)).not.toContain('…');
	});

	// Regression: the sidebar showed the work under the list cursor while another work was being read.
	it('describes the open work while the reader has the keyboard, the listed one otherwise', () => {
		const reading = openWork(start());
		const elsewhere = replay(reading, keys('esc', 'j', 'j'));
		expect(sidebarWork(elsewhere)).toBe(2);
		const back = replay(elsewhere, keys('tab'));
		expect(sidebarWork(back)).toBe(0);
		expect(detailsAt(back, 0)).toBe(details);
	});
});

describe('update: overlays and layout', () => {
	it('toggles help with ? and closes it with Esc, and ignores list keys meanwhile', () => {
		const help = replay(start(), keys('?'));
		expect(help.overlay).toBe('help');
		expect(replay(help, keys('j')).selected).toBe(0);
		expect(replay(help, keys('esc')).overlay).toBeNull();
		expect(replay(help, keys('?')).overlay).toBeNull();
		expect(replay(start(), keys('x')).overlay).toBe('skipped');
		expect(replay(start(), keys('x', 'x')).overlay).toBeNull();
	});

	// Regression: J and K scrolled the sidebar, and i toggled it, under the help, skipped files, bookmarks and contents.
	it('gives an overlay the whole keyboard: a key it does not bind does nothing underneath', () => {
		const reading = openWork(start(120, 20), {summary: 'word '.repeat(400), toc: [{title: 'One', paragraph: 0}], extra: {}});
		const overlays = [replay(reading, keys('?')), replay(reading, keys('esc', 'x')), replay(reading, keys("'")), replay(reading, keys('t'))];
		// Besides its own keys, an overlay answers only Ctrl-C and ?, which switches to the help or closes it.
		for (const overlaid of overlays) {
			expect(overlaid.overlay).not.toBeNull();
			const unanswered = new Set(keymap.flatMap(binding => binding.keys).filter(key => commandFor(inputContext(overlaid), key) === undefined));
			expect(unanswered).toContain('J');
			for (const key of unanswered) expect(update(overlaid, {type: 'key', name: key, now: 1_000}), `${overlaid.overlay}: ${key}`).toBe(overlaid);
		}
	});

	it('toggles the sidebar on narrow terminals', () => {
		expect(replay(start(80, 30), keys('i')).sidebarToggled).toBe(true);
		expect(replay(start(80, 30), keys('i', 'i')).sidebarToggled).toBe(false);
	});

	// Regression: from 100 columns i flipped a flag with nothing to show for it, and the sidebar covered the reader once the terminal shrank.
	it('hides and shows the sidebar column with i from 100 columns, and keeps it off the reader across resizes', () => {
		const resize = (state: AppState, columns: number) => update(state, {type: 'resize', columns, rows: 30});
		const wide = openWork(start(120, 30));
		const hidden = replay(wide, keys('i'));
		expect(layoutOf(hidden)).toMatchObject({sidebar: 0, sidebarOverReader: false});
		expect(readerGeometry(hidden).width).toBeGreaterThan(readerGeometry(wide).width);
		expect(layoutOf(replay(hidden, keys('i')))).toEqual(layoutOf(wide));
		const narrow = resize(hidden, 80);
		expect(layoutOf(narrow)).toMatchObject({sidebarOverReader: false});
		expect(replay(narrow, keys('space')).reader!.top).not.toEqual(narrow.reader!.top);
		expect(layoutOf(resize(narrow, 120))).toMatchObject({sidebar: 0});
		// Drawn over the reader, then grown wide enough for its column: it stays in view there, and does not cover the reader again after shrinking back.
		const covered = replay(narrow, keys('i'));
		expect(layoutOf(covered)).toMatchObject({sidebarOverReader: true});
		const grown = resize(covered, 120);
		expect(layoutOf(grown)).toEqual(layoutOf(wide));
		expect(layoutOf(resize(grown, 80))).toMatchObject({sidebarOverReader: false});
	});

	// Regression: with the sidebar drawn over the reader, Space and j paged the hidden text and Esc left the reader.
	it('gives the keys to the sidebar while it covers the reader; Esc, q or i close it', () => {
		const detailed = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
		const reading = openWork(replay(initialState({works: detailed, columns: 80, rows: 20, sortedOrder: detailed.map((_, index) => index)}), keys('space')));
		const covered = replay(reading, keys('i'));
		const scrolled = replay(covered, keys('space', 'j', 'pgdn', 'G', 'm', ']'));
		expect(scrolled.reader).toBe(covered.reader);
		expect(scrolled.reading).toBe(covered.reading);
		expect(scrolled.sidebarTop).toBeGreaterThan(0);
		expect(replay(scrolled, keys('b', 'k', 'pgup')).sidebarTop).toBe(0);
		for (const key of ['esc', 'q', 'i']) {
			const closed = replay(scrolled, keys(key));
			expect(closed).toMatchObject({sidebarToggled: false, focus: 'reader', quitting: false});
			expect(replay(closed, keys('space')).reader!.top).not.toEqual(reading.reader!.top);
		}
	});

	// Regression: from 60 to 99 columns the sidebar opened from the list left the keys to the list: j moved it, Esc and Space did nothing and q quit.
	it('gives the keys to the sidebar drawn over a pane from the list too, whether the list is covered or beside it', () => {
		const detailed = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
		for (const columns of [50, 80]) {
			const covered = replay(initialState({works: detailed, columns, rows: 20, sortedOrder: detailed.map((_, index) => index)}), keys('i'));
			expect(inputContext(covered), `${columns}`).toBe('sidebar');
			const scrolled = replay(covered, keys('j', 'space'));
			expect(scrolled.selected).toBe(0);
			expect(scrolled.sidebarTop).toBeGreaterThan(0);
			for (const key of ['esc', 'q']) expect(replay(scrolled, keys(key)), `${columns}: ${key}`).toMatchObject({sidebarToggled: false, focus: 'list', quitting: false, selected: 0});
		}
	});
});

describe('update: a terminal too small to draw in', () => {
	// Regression: keys acted under the "terminal too small" notice: j scrolled the hidden reader, i toggled the sidebar.
	it('answers only q and Ctrl-C, which quit', () => {
		const reading = openWork(start(120, 40));
		const small = update(reading, {type: 'resize', columns: 30, rows: 8});
		const others = new Set(keymap.flatMap(binding => binding.keys).filter(key => key !== 'q' && key !== 'ctrl+c'));
		expect(others).toContain('?');
		for (const key of [...others, 'a', 'Z']) expect(update(small, {type: 'key', name: key, now: 1_000}), key).toBe(small);
		expect(update(small, {type: 'keys', names: ['j', 'j', 'i'], now: 1_000})).toBe(small);
		expect(update(small, {type: 'paste', text: 'jji', now: 1_000})).toBe(small);
		expect(replay(small, keys('q')).quitting).toBe(true);
		expect(replay(small, keys('ctrl+c')).quitting).toBe(true);
		expect(inputContext(small)).toBe('too-small');
	});
});

describe('update: scroll offsets stay within what there is to scroll', () => {
	const long = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
	const begin = (columns: number, rows: number) => initialState({works: long, columns, rows, sortedOrder: long.map((_, index) => index)});
	const helpLimit = (state: AppState) => {
		const {rows, visibleRows} = helpLayout(state.columns, layoutHeight(state));
		return rows - visibleRows;
	};

	// Regression: offsets kept after a resize pointed past the end, and the keys that scroll back seemed dead.
	it('clamps the help and the sidebar when the terminal grows', () => {
		const help = replay(begin(60, 20), keys('?', ...Array.from({length: 40}, () => 'j')));
		expect(help.helpTop).toBe(helpLimit(help));
		expect(help.helpTop).toBeGreaterThan(0);
		expect(update(help, {type: 'resize', columns: 200, rows: 100}).helpTop).toBe(0);
		const taller = update(help, {type: 'resize', columns: 60, rows: 30});
		expect(taller.helpTop).toBe(helpLimit(taller));

		const sidebar = replay(begin(120, 20), keys(...Array.from({length: 40}, () => 'J')));
		expect(sidebar.sidebarTop).toBeGreaterThan(0);
		expect(update(sidebar, {type: 'resize', columns: 120, rows: 200}).sidebarTop).toBe(0);
		// Too small to draw anything: the offset waits for the terminal to grow back.
		expect(update(sidebar, {type: 'resize', columns: 30, rows: 8}).sidebarTop).toBe(sidebar.sidebarTop);
	});

	it('starts the sidebar from the top when a search or a key puts another work under the cursor', () => {
		let state = replay(begin(120, 20), keys('J', 'J', '/', 'w'));
		expect(state.sidebarTop).toBeGreaterThan(0);
		state = update(state, {type: 'search-result', query: 'w', result: {ok: true, hits: [{index: 1, score: 0, matches: []}]}, works: state.works, now: 1_000});
		expect(state.sidebarTop).toBe(0);
		expect(replay(begin(120, 20), keys('J', 'j')).sidebarTop).toBe(0);
	});

	it('does not scroll a sidebar that is not drawn', () => {
		const hidden = replay(begin(80, 20), keys('J', 'J'));
		expect(hidden.sidebarTop).toBe(0);
		expect(replay(hidden, keys('i')).sidebarTop).toBe(0);
	});
});

describe('update: the library changes under the list', () => {
	const few = ['a', 'b', 'c', 'd'].map(name => makeWork({path: `${name}.txt`, title: `Title ${name.toUpperCase()}`}));
	const begin = () => initialState({works: few, columns: 120, rows: 40, sortedOrder: [0, 1, 2, 3], stateKeys: few.map(work => work.path)});
	const library = (works: typeof few) => ({type: 'library-changed' as const, library: {works, stateKeys: works.map(work => work.path), skipped: [], progress: null}});

	it('keeps the selected work selected when works appear before it', () => {
		const selected = replay(begin(), keys('j', 'j'));
		expect(selected.order[selected.selected]).toBe(2);
		const grown = update(selected, library([makeWork({path: '0.txt', title: 'Title 0'}), ...few]));
		expect(grown.works[grown.order[grown.selected]!]!.path).toBe('c.txt');
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
		expect(progressed.order).toEqual([3]);
		expect(replay(progressed, keys('enter', 'enter')).reader?.workIndex).toBe(3);
	});

	// Regression: the search run again over new works put the cursor back on the first row.
	it('runs the search again over new works and keeps the cursor on its work', () => {
		const hitsOver = (works: readonly unknown[]) => ({ok: true as const, hits: works.map((_, index) => ({index, score: index, matches: []}))});
		let state = replay(begin(), keys('/', 't'));
		state = update(state, {type: 'search-result', query: 't', result: hitsOver(few), works: state.works, now: 1_000});
		state = replay(state, keys('down', 'down'));
		expect(state.works[state.order[state.selected]!]!.path).toBe('c.txt');
		const grown = [makeWork({path: '0.txt', title: 'Title 0'}), ...few];
		state = update(state, library(grown));
		// A result computed over the old works is stale and dropped.
		expect(update(state, {type: 'search-result', query: 't', result: hitsOver(few), works: few, now: 1_000})).toBe(state);
		expect(replay(state, keys('enter')).reader).toBeNull();
		// (Review) Only Enter waits meanwhile: a long scan changes the works every moment, and the keyboard must not seem dead.
		const moved = replay(state, keys('enter', 'enter', 'up'));
		expect(moved.works[moved.order[moved.selected]!]!.path).toBe('b.txt');
		expect(moved.typedAhead).toEqual([{key: 'enter'}]);
		state = update(state, {type: 'search-result', query: 't', result: hitsOver(grown), works: state.works, now: 1_000});
		expect(state.works[state.order[state.selected]!]!.path).toBe('c.txt');
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
