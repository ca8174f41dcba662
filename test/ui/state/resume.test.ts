import {describe, expect, it} from 'vitest';
import {initialState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {keys, openWork, replay, works} from './update-fixtures.js';

const folder = '/home/reader/fics';
const begin = (reading = initialState({works, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index)}).reading) =>
	initialState({works, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index), folder, reading});

describe('update: starting where the user left off', () => {
	it('remembers the work opened, the sort order, the sidebar, the width and the notes', () => {
		const used = replay(openWork(replay(begin(), keys('j', 'j', 'j'))), keys('-', 'a', 'esc', 'i', 's'));
		expect(used.reading.folders?.[folder]).toMatchObject({work: 'path:w3.txt', sortKey: 'author', sidebarHidden: true});
		expect(used.reading.settings).toMatchObject({width: 68, showNotes: false});
	});

	it('starts on the work last read, sorted and laid out as left, with Enter to resume it', () => {
		const used = replay(openWork(replay(begin(), keys(...Array.from({length: 30}, () => 'j')))), keys('space', '-', 'esc', 'i'));
		const again = begin(used.reading);
		expect(again.list.order[again.list.selected]).toBe(30);
		expect(again.message).toBe('Enter resumes Work 30');
		expect(again.sidebar.hidden).toBe(true);
		expect(again.readingWidth).toBe(68);
		const resumed = openWork(again);
		expect(resumed.reader?.workIndex).toBe(30);
		expect(resumed.reader!.top).toEqual(used.reading.works['path:w30.txt']!.position);
	});

	it('keeps other folders as they were, and remembers nothing without a folder', () => {
		const used = replay(openWork(begin()), keys('esc'));
		const elsewhere = initialState({works, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index), folder: '/other', reading: used.reading});
		expect(elsewhere.list.selected).toBe(0);
		expect(elsewhere.message).toBeNull();
		const unsaved = replay(openWork(initialState({works, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index)})), keys('esc', 's'));
		expect(unsaved.reading.folders).toBeUndefined();
	});

	// Regression: a warm start draws the index's first 200 works by title; a work last read past them was never
	// selected once the whole index came in, and Enter opened another work.
	it('selects the work last read once it is listed, unless a key came first', () => {
		const used = replay(openWork(replay(begin(), keys(...Array.from({length: 40}, () => 'j')))), keys('space', 'esc'));
		const head = works.slice(0, 20);
		const fromHead = initialState({works: head, columns: 120, rows: 40, sortedOrder: head.map((_, index) => index), folder, reading: used.reading});
		expect(fromHead.list.selected).toBe(0);
		expect(fromHead.message).toBeNull();
		const whole = {works, stateKeys: works.map(work => `path:${work.path}`), skipped: [], progress: null};
		const listed = update(fromHead, {type: 'library-changed', library: whole});
		expect(listed.list.order[listed.list.selected]).toBe(40);
		expect(listed.message).toBe('Enter resumes Work 40');
		expect(openWork(listed).reader!.top).toEqual(used.reading.works['path:w40.txt']!.position);
		// A key pressed before the whole index is in: the cursor is the user's.
		const moved = update(replay(fromHead, keys('j')), {type: 'library-changed', library: whole});
		expect(moved.list.order[moved.list.selected]).toBe(1);
		// Listed once: a later change of the folder does not take the cursor back.
		const later = update(replay(listed, keys('k')), {type: 'library-changed', library: {...whole, works: [...works]}});
		expect(later.list.order[later.list.selected]).toBe(39);
	});
});
