import {describe, expect, it} from 'vitest';
import {layoutOf} from '../../../source/ui/state/app-state.js';
import {readerGeometry} from '../../../source/ui/state/geometry.js';
import {update} from '../../../source/ui/state/update.js';
import {body, details, keys, openWork, replay, start} from './update-fixtures.js';

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

	it('changes the text column with + and -, within the pane, and says the new width', () => {
		const state = openWork(start(200, 40));
		expect(readerGeometry(state).width).toBe(72);
		expect(readerGeometry(replay(state, keys('-', '-'))).width).toBe(64);
		expect(replay(state, keys('-', '-')).message).toBe('Text width 64 columns');
		expect(readerGeometry(replay(state, keys('+'))).width).toBe(76);
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

	// The first part of an EPUB read for the preview: opened from, the rest of the book would never be read.
	it('opens a work whose first part only was read ahead by loading the book', () => {
		const state = update(replay(start(), keys('j')), {type: 'body-prefetched', workIndex: 1, path: 'w1.txt', body, details, partial: true});
		expect(state.prefetched).toMatchObject({workIndex: 1, partial: true});
		const opened = replay(state, keys('enter'));
		expect(opened.reader).toMatchObject({workIndex: 1, status: 'loading'});
	});

	it('ignores a body that arrives for a work no longer open', () => {
		const opened = replay(start(), keys('enter', 'esc', 'j', 'enter'));
		const stale = update(opened, {type: 'work-loaded', workIndex: 0, path: 'w0.txt', body, details, now: 1_000});
		expect(stale.reader!.status).toBe('loading');
	});
});

describe('update: the reading view', () => {
	it('lets the list step aside while reading, and L brings it back beside the text', () => {
		const reading = openWork(start(120, 40));
		expect(layoutOf(reading)).toMatchObject({list: 0});
		const beside = replay(reading, keys('L'));
		expect(layoutOf(beside)).toMatchObject({kind: 'panes', list: 36});
		expect(layoutOf(replay(beside, keys('L')))).toMatchObject({list: 0});
		// Back at the list, the list is there whatever L said.
		expect(layoutOf(replay(reading, keys('esc')))).not.toMatchObject({list: 0});
	});

	it('opens the next and previous works of the list with > and <, and says where the list ends', () => {
		const second = replay(openWork(replay(start(), keys('j'))), keys('>'));
		expect(second.reader?.workIndex).toBe(2);
		expect(second.list.selected).toBe(2);
		expect(replay(second, keys('<', '<')).reader?.workIndex).toBe(0);
		expect(replay(openWork(start()), keys('<')).message).toBe('This is the first work in the list');
	});

	it('asks for a second q right after q closed the reader, and quits on a q later', () => {
		const reading = openWork(start());
		const closed = replay(reading, keys('q', 'q'));
		expect(closed).toMatchObject({quitting: false, focus: 'list', message: 'Press q again to quit'});
		expect(replay(closed, keys('q')).quitting).toBe(true);
		expect(replay(reading, keys('q', 'j', 'q')).quitting).toBe(true);
		// Esc or Tab to the list is no q: the next q quits.
		expect(replay(reading, keys('esc', 'q')).quitting).toBe(true);
		expect(update(replay(reading, keys('q')), {type: 'key', name: 'q', now: 5_000}).quitting).toBe(true);
	});
});
