import {describe, expect, it} from 'vitest';
import type {WorkBody, WorkDetails} from '../../../source/core/work.js';
import type {AppState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {body, details, keys, openWork, replay, start} from './update-fixtures.js';

const mark = (state: AppState, path = 'w0.txt') => state.reading.works[`path:${path}`]?.mark ?? 'unread';
const spaces = (count: number) => keys(...Array.from({length: count}, () => 'space'));
/** Enough Space to read the fixture body to its last page and on to the end-of-work page. */
const readToEnd = spaces(80);
const ended = (state: AppState) => state.reader?.status === 'ready' && state.reader.ended;

function openBody(state: AppState, text: WorkBody, read: WorkDetails = details): AppState {
	const opened = replay(state, keys('enter'));
	return update(opened, {type: 'work-loaded', workIndex: 0, path: 'w0.txt', body: text, details: read, now: 1_000});
}

describe('update: honest marks', () => {
	it('leaves a work opened and closed again unread, with no place saved', () => {
		const closed = replay(openWork(start()), keys('esc'));
		expect(mark(closed)).toBe('unread');
		expect(closed.reading.works['path:w0.txt']?.position ?? null).toBeNull();
		// Opened is not read in: the "last read" order still hears of it.
		expect(closed.reading.works['path:w0.txt']?.lastOpened).toBe(1_000);
	});

	it('makes a work "reading" once the user moves forward in it, not back', () => {
		expect(mark(replay(openWork(start()), keys('j')))).toBe('reading');
		expect(mark(replay(openWork(start()), keys('space')))).toBe('reading');
		expect(mark(replay(openWork(start()), keys('b', 'k', 'g')))).toBe('unread');
	});

	it('does not mark a one-page work read when it opens, only when paged past its end', () => {
		const short = openBody(start(), {paragraphs: ['A short work.', 'Two lines.']});
		expect(mark(short)).toBe('unread');
		const finished = replay(short, keys('space'));
		expect(ended(finished)).toBe(true);
		expect(mark(finished)).toBe('read');
	});

	it('marks read only at the end reached by reading forward', () => {
		const read = replay(openWork(start()), readToEnd);
		expect(ended(read)).toBe(true);
		expect(mark(read)).toBe('read');
		expect(read.reading.works['path:w0.txt']!.progress).toBe(1);
	});

	it('never marks read by End or G, even when paging on to the end page', () => {
		for (const key of ['G', 'end']) {
			const jumped = replay(openWork(start()), keys(key));
			expect(mark(jumped), key).toBe('unread');
			const paged = replay(jumped, keys('space'));
			expect(ended(paged)).toBe(true);
			expect(mark(paged), key).toBe('unread');
		}
	});

	it('never marks read by a search hit, a chapter or a bookmark jump to the last page', () => {
		const toc = [{title: 'Start', paragraph: 0}, {title: 'Last', paragraph: 199}];
		const chaptered = openWork(start(), {...details, toc});
		expect(mark(replay(chaptered, keys(']', 'space')))).toBe('unread');
		expect(mark(replay(chaptered, keys('t', 'down', 'enter', 'space')))).toBe('unread');
		expect(mark(replay(chaptered, keys('/', '1', '9', '9', 'enter', 'space')))).toBe('unread');
		// A bookmark at the end, set earlier: jumping to it is not reading to it.
		const marked = replay(chaptered, keys('G', 'm', 'g', "'", 'enter', 'space'));
		expect(mark(marked)).toBe('unread');
	});

	it('counts reading on from a jump: a page read after G and back, then forward, finishes it', () => {
		const reread = replay(openWork(start()), keys('G', 'b', 'space', 'space'));
		expect(mark(reread)).toBe('read');
	});

	it('takes back a mark set by mistake with one key', () => {
		const read = replay(openWork(start()), readToEnd);
		expect(mark(replay(read, keys('r')))).toBe('reading');
		expect(mark(replay(openWork(start()), keys('r', 'r')))).toBe('unread');
	});

	it('shows the end-of-work page after the last and leaves it with b, on the last page', () => {
		const read = replay(openWork(start()), readToEnd);
		const top = read.reader!.top;
		const back = replay(read, keys('b'));
		expect(ended(back)).toBe(false);
		expect(back.reader!.top).toEqual(top);
		expect(body.paragraphs.length).toBe(200);
	});
});
