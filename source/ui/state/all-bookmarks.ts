import type {Bookmark} from '../../core/state/reading-state.js';
import type {AppState} from './app-state.js';
import {openWorkAt} from './open-work-at.js';

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

/** Enter in the list of every bookmark: opens that work at the bookmark (see `openWorkAt`). */
export function openBookmark(state: AppState, item: number, now: number): AppState {
	const closed = {...state, overlay: null};
	const entry = allBookmarks(state)[item];
	return entry ? openWorkAt(closed, entry.workIndex, entry.bookmark.position, now) : closed;
}
