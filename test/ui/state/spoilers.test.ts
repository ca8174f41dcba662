import {describe, expect, it} from 'vitest';
import {settingsOf} from '../../../source/core/state/reader-settings.js';
import {emptyState} from '../../../source/core/state/reading-state.js';
import {hiddenNow, initialState} from '../../../source/ui/state/app-state.js';
import {keys, replay, start, works} from './update-fixtures.js';

const startWith = (options: Partial<Parameters<typeof initialState>[0]>) => initialState({works, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index), ...options});

describe('update: spoiler-safe mode', () => {
	it('is off by default; z hides the warnings, and z again shows them, remembering each', () => {
		const off = start();
		expect([...hiddenNow(off)]).toEqual([]);
		const on = replay(off, keys('z'));
		expect([...hiddenNow(on)]).toEqual(['warnings']);
		expect(on.message).toBe('Spoiler-safe: warnings hidden (z shows them)');
		expect(settingsOf(on.reading)).toMatchObject({spoilerSafe: true, spoilerLevel: 'warnings', updatedAt: 1_000});
		const shown = replay(on, keys('z'));
		expect([...hiddenNow(shown)]).toEqual([]);
		expect(shown.message).toBe('Spoiler-safe off: warnings shown');
		expect(settingsOf(shown.reading).spoilerSafe).toBe(false);
	});

	it('starts as the flag says, whatever was saved, and toggles at the level of the flag', () => {
		const saved = {...emptyState(), settings: {width: null, showNotes: true, spoilerSafe: false, spoilerLevel: 'warnings' as const, updatedAt: 5}};
		const flagged = startWith({reading: saved, spoilerLevel: 'all'});
		expect([...hiddenNow(flagged)].sort()).toEqual(['summary', 'tags', 'warnings']);
		const shown = replay(flagged, keys('z'));
		expect([...hiddenNow(shown)]).toEqual([]);
		expect(shown.message).toBe('Spoiler-safe off: warnings, tags and summaries shown');
		expect(settingsOf(shown.reading)).toMatchObject({spoilerSafe: false, spoilerLevel: 'all'});
	});

	it('starts as it was left when no flag is given', () => {
		const saved = {...emptyState(), settings: {width: null, showNotes: true, spoilerSafe: true, spoilerLevel: 'tags' as const, updatedAt: 5}};
		expect([...hiddenNow(startWith({reading: saved}))].sort()).toEqual(['tags', 'warnings']);
		// A state file from before the mode existed: off.
		const older = {...emptyState(), settings: {width: 60, showNotes: false, updatedAt: 5}};
		expect([...hiddenNow(startWith({reading: older}))]).toEqual([]);
	});

	it('answers z in the reader and the sidebar, and types z into the search box', () => {
		const searching = replay(start(), keys('/', 'z'));
		expect(searching.search.query).toBe('z');
		expect(searching.spoilers.on).toBe(false);
		const reading = replay(start(), keys('enter', 'z'));
		expect(reading.focus).toBe('reader');
		expect(reading.spoilers.on).toBe(true);
		const sidebar = replay(start(80, 24), keys('i', 'z'));
		expect(sidebar.spoilers.on).toBe(true);
	});
});
