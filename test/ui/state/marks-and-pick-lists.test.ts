import {describe, expect, it} from 'vitest';
import {type AppState, initialState} from '../../../source/ui/state/app-state.js';
import {sentenceStart} from '../../../source/ui/state/reader-update.js';
import {details, keys, openWork, replay, start, works} from './update-fixtures.js';

describe('update: chapters, bookmarks and marks', () => {
	const chaptered = works.map((work, index) => (index === 0 ? {...work, id: '1'} : work));
	const toc = [0, 50, 100, 150].map(paragraph => ({title: `Chapter at ${paragraph}`, paragraph}));
	const open = () => {
		const state = initialState({works: chaptered, columns: 120, rows: 40, sortedOrder: chaptered.map((_, index) => index), stateKeys: chaptered.map(work => work.path)});
		return openWork(state, {...details, toc});
	};

	/** Space to the last page and once more, to the end-of-work page. */
	const readToEnd = keys(...Array.from({length: 80}, () => 'space'));

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
		expect(replay(open(), keys('t', 'down', 'down', 'down', 'down', 'down')).overlay).toMatchObject({kind: 'toc', item: 3});
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

	it('remembers the place, marks reading once read in and read at the end of reading; r and l toggle', () => {
		let state = replay(open(), keys('space'));
		expect(state.reading.works['w0.txt']).toMatchObject({mark: 'reading', position: state.reader!.top, lastOpened: 1_000});
		state = replay(state, readToEnd);
		expect(state.reading.works['w0.txt']).toMatchObject({mark: 'read', progress: 1});
		state = replay(state, keys('r'));
		expect(state.reading.works['w0.txt']!.mark).toBe('reading');
		state = replay(state, keys('l'));
		expect(state.reading.works['w0.txt']!.mark).toBe('later');
		expect(state.message).toBe('Marked for later: Work 00');
	});

	// Regression: l then l on a finished work left it "reading" (◐), and on an unread one said "Marked unread".
	it('gives a work back the mark it had when "later" is taken off', () => {
		const finished = replay(open(), [...readToEnd, ...keys('l')]);
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

describe('update: a header that promises chapters the text does not mark', () => {
	it('says so, and opens no empty contents', () => {
		const promised = works.map((work, index) => (index === 0 ? {...work, chapters: {posted: 2, total: 2}} : work));
		const state = openWork(initialState({works: promised, columns: 120, rows: 40, sortedOrder: promised.map((_, index) => index)}));
		expect(replay(state, keys(']')).message).toBe('The header says 2 chapters, but the text marks none');
		const contents = replay(state, keys('t'));
		expect(contents.overlay).toBeNull();
		expect(contents.message).toBe('The header says 2 chapters, but the text marks none');
		expect(replay(openWork(start()), keys('[')).message).toBe('This work marks no chapters');
	});
});

describe('sentenceStart', () => {
	it('starts a bookmark excerpt at the start of its sentence', () => {
		const text = 'The lamp was dark. “You’re late,” she said. The keeper laughed.';
		expect(sentenceStart(text, text.indexOf('she'))).toBe(text.indexOf('“You’re'));
		expect(sentenceStart(text, text.indexOf('laughed'))).toBe(text.indexOf('The keeper'));
		expect(sentenceStart(text, 5)).toBe(0);
		// Far into a sentence with no end in reach: where the page starts.
		const long = 'word '.repeat(100);
		expect(sentenceStart(long, 400)).toBe(400);
	});
});
