import {describe, expect, it} from 'vitest';
import {changed, defaultFolder, defaultSettings, folderOf} from '../../../source/core/state/reader-settings.js';
import {emptyState, mergeStates, type StateFile} from '../../../source/core/state/reading-state.js';
import {isStateFile} from '../../../source/core/state/state-file-shape.js';

describe('reader settings and folder state in the state file', () => {
	it('changes a record only when a field changes, and moves its clock', () => {
		expect(changed(defaultSettings, {showNotes: true}, 5)).toBe(defaultSettings);
		expect(changed(defaultSettings, {width: 64}, 5)).toEqual({width: 64, showNotes: true, updatedAt: 5});
		expect(changed({...defaultFolder, updatedAt: 9}, {sortKey: 'words'}, 5).updatedAt).toBe(10);
	});

	it('reads spoiler-safe mode when a file has it, a file without it too, and refuses a level it does not know', () => {
		const withMode = {...emptyState(), settings: {width: null, showNotes: true, spoilerSafe: true, spoilerLevel: 'tags', updatedAt: 3}};
		expect(isStateFile(withMode)).toBe(true);
		expect(isStateFile({...emptyState(), settings: {width: null, showNotes: true, updatedAt: 3}})).toBe(true);
		expect(isStateFile({...withMode, settings: {...withMode.settings, spoilerLevel: 'plot'}})).toBe(false);
		expect(isStateFile({...withMode, settings: {...withMode.settings, spoilerSafe: 'yes'}})).toBe(false);
	});

	it('merges settings and each folder by their own clocks', () => {
		const mine: StateFile = {...emptyState(), settings: {width: 60, showNotes: true, updatedAt: 10}, folders: {'/a': {...defaultFolder, work: 'id:1', updatedAt: 5}}};
		const theirs: StateFile = {...emptyState(), settings: {width: 90, showNotes: false, updatedAt: 20}, folders: {'/a': {...defaultFolder, work: 'id:2', updatedAt: 4}, '/b': {...defaultFolder, sortKey: 'words', updatedAt: 1}}};
		const merged = mergeStates(mine, theirs);
		expect(merged.settings).toEqual(theirs.settings);
		expect(folderOf(merged, '/a').work).toBe('id:1');
		expect(folderOf(merged, '/b').sortKey).toBe('words');
		expect(mergeStates(emptyState(), emptyState())).toEqual(emptyState());
	});

	it('keeps a folder named __proto__ a plain key', () => {
		const theirs = JSON.parse('{"version":1,"works":{},"folders":{"__proto__":{"work":null,"sortKey":"title","sidebarHidden":true,"updatedAt":1}}}') as StateFile;
		expect(isStateFile(theirs)).toBe(true);
		const merged = mergeStates(emptyState(), theirs);
		expect(Object.getPrototypeOf(merged.folders)).toBe(Object.prototype);
		expect(folderOf(merged, '__proto__').sidebarHidden).toBe(true);
	});

	it('accepts files without the new fields, and refuses malformed ones', () => {
		expect(isStateFile({version: 1, works: {}})).toBe(true);
		expect(isStateFile({version: 1, works: {}, settings: {width: 5, showNotes: true, updatedAt: 1}})).toBe(false);
		expect(isStateFile({version: 1, works: {}, settings: {width: null, showNotes: 'yes', updatedAt: 1}})).toBe(false);
		expect(isStateFile({version: 1, works: {}, folders: {'/a': {work: null, sortKey: 'colour', sidebarHidden: false, updatedAt: 1}}})).toBe(false);
		expect(isStateFile({version: 1, works: {}, folders: []})).toBe(false);
	});
});
