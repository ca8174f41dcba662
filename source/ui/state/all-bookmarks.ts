import type {Bookmark} from '../../core/state/reading-state.js';
import type {AppState} from './app-state.js';
import {selectedWork} from './app-state.js';
import {selectWork} from './list-update.js';
import {jumpTo, openSelected} from './reader-update.js';
import {clearSearch} from './search-update.js';

export type BookmarkEntry = {workIndex: number; bookmark: Bookmark};

/** Every bookmark of every work in the library (one copy of each work), newest first. */
export function allBookmarks(state: AppState): BookmarkEntry[] {
	const entries: BookmarkEntry[] = [];
	state.works.forEach((work, workIndex) => {
		if (work.duplicateOf !== null) return;
		for (const bookmark of state.reading.works[state.stateKeys[workIndex]!]?.bookmarks ?? []) entries.push({workIndex, bookmark});
	});
	return entries.sort((a, b) => b.bookmark.createdAt - a.bookmark.createdAt);
}

/**
 * Enter in the list of every bookmark: opens that work at the bookmark, a
 * jump (not reading, so no mark changes). A search that hides the work is
 * cleared first, so the list cursor can stand on it.
 */
export function openBookmark(state: AppState, item: number, now: number): AppState {
	const closed = {...state, overlay: null};
	const entry = allBookmarks(state)[item];
	if (!entry) return closed;
	let listed = selectWork(closed, entry.workIndex);
	if (selectedWork(listed) !== entry.workIndex) listed = selectWork(clearSearch(closed), entry.workIndex);
	const opened = openSelected(listed, now);
	const reader = opened.reader;
	if (reader?.workIndex !== entry.workIndex) return opened;
	if (reader.status === 'ready') return jumpTo(opened, reader.view.toShown(entry.bookmark.position), now);
	return reader.status === 'loading' ? {...opened, reader: {...reader, at: entry.bookmark.position}} : opened;
}
