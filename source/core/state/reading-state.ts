/**
 * What ficread remembers about each work, as plain data, and the pure
 * functions that change and merge it. No I/O here: `state-store.ts` reads and
 * writes the file.
 */

import type {Position} from '../pager/position.js';
import {type FolderState, newer, type ReaderSettings} from './reader-settings.js';

export type {Position} from '../pager/position.js';

export type Mark = 'unread' | 'reading' | 'read' | 'later';

/**
 * A saved place. Ids must be unique and never reused (e.g. `crypto.randomUUID()`):
 * a deleted id stays deleted, even when re-added.
 */
export type Bookmark = {
	id: string;
	position: Position;
	/** ms since the epoch. */
	createdAt: number;
	excerpt: string;
	/**
	 * Where it was made, for the lists that show it without the work's text laid out (every work's
	 * bookmarks): the chapter it is in (1-based) with its title, and how far into the work (0..1).
	 * Absent in files saved before they were kept, and the chapter in a work that marks none.
	 */
	chapter?: {number: number; title: string};
	progress?: number;
};

export type WorkState = {
	/** The first character on screen; null before the work was ever opened. */
	position: Position | null;
	/** The chapter `position` is in, kept only for display. */
	chapter: number | null;
	/** ms since the epoch. */
	lastOpened: number | null;
	mark: Mark;
	/** 0..1 */
	progress: number;
	/**
	 * While `mark` is "later": the mark it was put over, given back when it is
	 * taken off. Absent in files saved before it was kept; an older ficread may
	 * leave a stale one beside another mark, which the next "later" replaces.
	 */
	markBeforeLater?: Exclude<Mark, 'later'>;
	/**
	 * Chapters the work's file had posted when it was last read: a re-download
	 * with more has new chapters (`is:new`). Absent until the work is read.
	 */
	postedWhenRead?: number;
	bookmarks: Bookmark[];
	/**
	 * ms since the epoch when a field other than the bookmarks last changed:
	 * the merge clock for those fields. Bookmark changes do not move it, so that
	 * adding a bookmark with a stale position in memory cannot undo a newer
	 * position saved by another process.
	 */
	updatedAt: number;
	/**
	 * Tombstones: bookmark id → ms when it was deleted. Without them, merging
	 * with another process's older copy would bring a deleted bookmark back.
	 * Absent when empty; pruned after `TOMBSTONE_TTL_MS`.
	 */
	deletedBookmarks?: Record<string, number>;
};

export type StateFile = {
	version: 1;
	works: Record<string, WorkState>;
	/** The reader's settings; absent until one is changed (and in files of older versions). */
	settings?: ReaderSettings;
	/** Per folder (its absolute path): where the user left it. */
	folders?: Record<string, FolderState>;
};

/**
 * How long a deleted bookmark's tombstone is kept. A copy of the state older
 * than this (a process left open for a month without saving) could bring the
 * bookmark back; keeping tombstones forever would grow the file forever.
 */
export const TOMBSTONE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function emptyState(): StateFile {
	return {version: 1, works: {}};
}

/** The state of a work never seen before. */
/**
 * One state for every work never opened, frozen as nothing may change it in
 * place: the same object each time lets a list row that did not change skip
 * its redraw (see `WorkRow`).
 */
const unreadWork: WorkState = Object.freeze({position: null, chapter: null, lastOpened: null, mark: 'unread', progress: 0, bookmarks: Object.freeze([]) as unknown as WorkState['bookmarks'], updatedAt: 0});

/**
 * The key a work's state is filed under: its AO3 Work ID when it has one, so the
 * state survives renaming, moving and re-downloading; otherwise a fingerprint
 * of its text (see `fingerprintText`).
 */
export function workKey(meta: {id: string | null}, fingerprint: string): string {
	return meta.id === null ? `fp:${fingerprint}` : `id:${meta.id}`;
}

export function getWork(state: StateFile, key: string): WorkState {
	// `hasOwn` so that a key such as `constructor` never reads Object.prototype.
	return Object.hasOwn(state.works, key) ? state.works[key]! : unreadWork;
}

/**
 * Applies `change` to one work and returns a new state (or `state` itself when
 * nothing changed). `change` edits the fields and the bookmark list freely;
 * the clock and the tombstones are kept here so that callers cannot forget
 * them: `updatedAt` moves to `now` when a non-bookmark field changed, and a
 * bookmark missing from the result is recorded as deleted at `now`.
 */
export function updateWork(
	state: StateFile,
	key: string,
	change: (work: WorkState) => WorkState,
	now: number,
): StateFile {
	const before = getWork(state, key);
	const changed = change(before);
	const after: WorkState = {...changed, progress: clampProgress(changed.progress)};

	const tombstones = new Map(Object.entries(before.deletedBookmarks ?? {}));
	const kept = new Set(after.bookmarks.map(bookmark => bookmark.id));
	for (const bookmark of before.bookmarks) {
		if (!kept.has(bookmark.id)) {
			tombstones.set(bookmark.id, now);
		}
	}

	// Keep the local view the same as what a merge would produce.
	const bookmarks = after.bookmarks.filter(bookmark => !tombstones.has(bookmark.id));
	const fieldsChanged = !sameFields(before, after);
	const bookmarksChanged =
		bookmarks.length !== before.bookmarks.length || bookmarks.some((bookmark, index) => bookmark !== before.bookmarks[index]);
	if (!fieldsChanged && !bookmarksChanged) {
		return state;
	}

	const next: WorkState = {
		...after,
		bookmarks,
		// Never step back, even if the clock does: a change must beat what this process already saw.
		updatedAt: fieldsChanged ? Math.max(now, before.updatedAt + 1) : before.updatedAt,
	};
	setTombstones(next, pruneTombstones(tombstones, now));
	return {...state, works: {...state.works, [key]: next}};
}

/** Sets a mark other than "later", which forgets the one "later" was put over. */
export function withMark(work: WorkState, mark: Exclude<Mark, 'later'>): WorkState {
	const {markBeforeLater: _, ...rest} = work;
	return {...rest, mark};
}

/**
 * `l`: puts "later" over the work's mark, or takes it off and gives back the
 * mark it covered, so a finished work is read again, not "reading". A "later"
 * saved without it goes back to what the work's progress says.
 */
export function toggleLater(work: WorkState): WorkState {
	if (work.mark !== 'later') return {...work, mark: 'later', markBeforeLater: work.mark};
	return withMark(work, work.markBeforeLater ?? (work.progress >= 1 ? 'read' : work.position ? 'reading' : 'unread'));
}

/**
 * Merges two copies of the state, e.g. this process's and the one on disk.
 * Works only in one copy are kept. For a work in both, the copy with the newer
 * `updatedAt` gives the fields (`mine` on a tie); bookmarks are the union of
 * both, minus those either copy deleted.
 */
export function mergeStates(mine: StateFile, theirs: StateFile): StateFile {
	const works: Record<string, WorkState> = {...mine.works};
	for (const [key, theirWork] of Object.entries(theirs.works)) {
		works[key] = Object.hasOwn(mine.works, key) ? mergeWork(mine.works[key]!, theirWork) : theirWork;
	}
	const settings = newer(mine.settings, theirs.settings);
	// A Map, then fromEntries: a folder named `__proto__` stays a plain key.
	const folders = new Map<string, FolderState>(Object.entries(mine.folders ?? {}));
	for (const [folder, theirFolder] of Object.entries(theirs.folders ?? {})) folders.set(folder, newer(folders.get(folder), theirFolder)!);
	return {version: 1, works, ...(settings ? {settings} : {}), ...(folders.size > 0 ? {folders: Object.fromEntries(folders)} : {})};
}

function mergeWork(mine: WorkState, theirs: WorkState): WorkState {
	const [newer, older] = theirs.updatedAt > mine.updatedAt ? [theirs, mine] : [mine, theirs];
	// Most works have no bookmarks: skip the bookkeeping, which dominates saving a large library.
	if (!hasBookmarkData(mine) && !hasBookmarkData(theirs)) {
		return newer;
	}

	const tombstones = new Map<string, number>();
	for (const work of [newer, older]) {
		for (const [id, deletedAt] of Object.entries(work.deletedBookmarks ?? {})) {
			tombstones.set(id, Math.max(deletedAt, tombstones.get(id) ?? deletedAt));
		}
	}

	const bookmarks = new Map<string, Bookmark>();
	for (const bookmark of [...newer.bookmarks, ...older.bookmarks]) {
		if (!tombstones.has(bookmark.id) && !bookmarks.has(bookmark.id)) {
			bookmarks.set(bookmark.id, bookmark);
		}
	}

	const merged: WorkState = {
		...newer,
		// A fixed order, so that merging the same copies always gives the same file.
		bookmarks: [...bookmarks.values()].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
	};
	// Prune against the newest time either copy knows, not the wall clock, so merging stays pure.
	const clock = Math.max(mine.updatedAt, theirs.updatedAt, ...tombstones.values());
	setTombstones(merged, pruneTombstones(tombstones, clock));
	return merged;
}

function hasBookmarkData(work: WorkState): boolean {
	return work.bookmarks.length > 0 || work.deletedBookmarks !== undefined;
}

function pruneTombstones(tombstones: Map<string, number>, now: number): Map<string, number> {
	return new Map([...tombstones].filter(([, deletedAt]) => deletedAt > now - TOMBSTONE_TTL_MS));
}

function setTombstones(work: WorkState, tombstones: Map<string, number>): void {
	if (tombstones.size === 0) {
		delete work.deletedBookmarks;
	} else {
		// fromEntries defines properties, so an id like `__proto__` stays a plain key.
		work.deletedBookmarks = Object.fromEntries(tombstones);
	}
}

/** Whether the fields merged by `updatedAt` (all but bookmarks and the bookkeeping) are equal. */
function sameFields(a: WorkState, b: WorkState): boolean {
	return (
		samePosition(a.position, b.position) &&
		a.chapter === b.chapter &&
		a.lastOpened === b.lastOpened &&
		a.mark === b.mark &&
		a.markBeforeLater === b.markBeforeLater &&
		a.postedWhenRead === b.postedWhenRead &&
		a.progress === b.progress
	);
}

function samePosition(a: Position | null, b: Position | null): boolean {
	return a === b || (a !== null && b !== null && a.paragraph === b.paragraph && a.char === b.char);
}

/** NaN would be written as `null` and make the file unreadable; out-of-range values are rounding noise. */
function clampProgress(progress: number): number {
	return Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
}
