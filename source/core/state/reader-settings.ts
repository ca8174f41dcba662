/**
 * What ficread remembers besides each work's place: the reader's settings
 * (text width, notes shown, spoiler-safe mode) and, per folder, where the user left it (the work
 * last read, the sort order, the sidebar). Plain data and pure functions, as
 * in reading-state.ts; each record carries its own merge clock.
 */

import {sortKeys, type SortKey} from '../sort-works.js';
import {isSpoilerLevel, type SpoilerLevel} from '../spoilers.js';

export type ReaderSettings = {
	/** The reader's text width; null for the default measure. */
	width: number | null;
	showNotes: boolean;
	/** Spoiler-safe mode is on (`z`); absent in files written before it existed. */
	spoilerSafe?: boolean;
	/** What spoiler-safe mode hides when on. */
	spoilerLevel?: SpoilerLevel;
	/** ms since the epoch of the last change: the merge clock. */
	updatedAt: number;
};

export type FolderState = {
	/** The reading-state key of the work last opened in this folder. */
	work: string | null;
	sortKey: SortKey;
	/** The sort key's order turned around (`S`); absent in files saved before it could be. */
	sortReversed?: boolean;
	/** The sidebar's column was hidden with `i`. */
	sidebarHidden: boolean;
	updatedAt: number;
};

export const defaultSettings: ReaderSettings = {width: null, showNotes: true, updatedAt: 0};
export const defaultFolder: FolderState = {work: null, sortKey: 'title', sidebarHidden: false, updatedAt: 0};

/** A record changed at `now`, or the same record when nothing changed (so nothing is saved for nothing). */
export function changed<T extends {updatedAt: number}>(before: T, change: Partial<Omit<T, 'updatedAt'>>, now: number): T {
	const after = {...before, ...change};
	const same = (Object.keys(change) as Array<keyof typeof change>).every(key => after[key as keyof T] === before[key as keyof T]);
	return same ? before : {...after, updatedAt: Math.max(now, before.updatedAt + 1)};
}

/** Of two copies of a record, the one changed last (`mine` on a tie). */
export function newer<T extends {updatedAt: number}>(mine: T | undefined, theirs: T | undefined): T | undefined {
	if (!mine || !theirs) return mine ?? theirs;
	return theirs.updatedAt > mine.updatedAt ? theirs : mine;
}

export function isSettings(value: unknown): value is ReaderSettings {
	return (
		isRecord(value) &&
		(value['width'] === null || (Number.isSafeInteger(value['width']) && (value['width'] as number) >= 20 && (value['width'] as number) <= 1000)) &&
		typeof value['showNotes'] === 'boolean' &&
		(value['spoilerSafe'] === undefined || typeof value['spoilerSafe'] === 'boolean') &&
		(value['spoilerLevel'] === undefined || isSpoilerLevel(value['spoilerLevel'])) &&
		isTime(value['updatedAt'])
	);
}

export function isFolderState(value: unknown): value is FolderState {
	return (
		isRecord(value) &&
		(value['work'] === null || typeof value['work'] === 'string') &&
		(sortKeys as readonly unknown[]).includes(value['sortKey']) &&
		(value['sortReversed'] === undefined || typeof value['sortReversed'] === 'boolean') &&
		typeof value['sidebarHidden'] === 'boolean' &&
		isTime(value['updatedAt'])
	);
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings in a state file, or the defaults. */
export function settingsOf(state: {settings?: ReaderSettings}): ReaderSettings {
	return state.settings ?? defaultSettings;
}

/** Where the user left `folder`, or the defaults. */
export function folderOf(state: {folders?: Record<string, FolderState>}, folder: string): FolderState {
	return state.folders && Object.hasOwn(state.folders, folder) ? state.folders[folder]! : defaultFolder;
}
