import {describe, expect, it} from 'vitest';
import {initialState} from '../../../source/ui/state/app-state.js';
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
});
