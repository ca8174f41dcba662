import type {Skipped, WorkListing} from '../../core/work.js';
import {type AppState, resumesNote} from './app-state.js';
import {selectWork} from './list-update.js';
import {cursorWork, orderFor} from './list-model.js';
import {isFiltering} from './search-model.js';

/** The library as the scanner or the folder watcher last reported it. */
export type LibraryUpdate = {
	works: readonly WorkListing[];
	stateKeys: readonly string[];
	skipped: readonly Skipped[];
	/** Files checked so far while a scan runs; null once it is done. */
	progress: {done: number; total: number; works?: number} | null;
};

/**
 * Takes in a new library. Works are matched by path, so the selected row,
 * the open work and a search's results stay what they were while files
 * appear, change or go; a search is run again over the new works.
 */
export function applyLibrary(state: AppState, update: LibraryUpdate): AppState {
	// Progress alone (a scan checking cached files): nothing in the list changes.
	if (update.works === state.works && update.stateKeys === state.stateKeys) return {...state, skipped: update.skipped, scan: update.progress};
	const indexOf = new Map(update.works.map((work, index) => [work.path, index]));
	const remap = (index: number) => indexOf.get(state.works[index]!.path);
	const {list} = state;
	const sortedOrder = orderFor(update.works, update.stateKeys, state.reading, list.sortKey, list.sortReversed);
	const searching = isFiltering(state.search);
	const order = searching ? list.order.map(remap).filter((index): index is number => index !== undefined) : sortedOrder;
	const prefetchedAt = state.prefetched ? remap(state.prefetched.workIndex) : undefined;
	const prefetched = state.prefetched && prefetchedAt !== undefined && update.works[prefetchedAt] === state.works[state.prefetched.workIndex] ? {...state.prefetched, workIndex: prefetchedAt} : null;

	let {reader, message} = state;
	if (reader) {
		const moved = remap(reader.workIndex);
		if (moved === undefined) {
			message = `${state.works[reader.workIndex]!.title} is no longer in the folder`;
			reader = null;
		} else if (update.works[moved] !== state.works[reader.workIndex] && reader.status === 'ready') {
			// The file changed on disk: its new metadata (chapters, key) must go with its new text.
			reader = {workIndex: moved, status: 'loading', top: reader.top};
		} else {
			reader = {...reader, workIndex: moved};
		}
	}

	// The work last read, listed at last before any key: selected, as a start with it listed would have.
	const resumeAt = state.resumePending === null || searching || reader ? -1 : update.stateKeys.indexOf(state.resumePending);
	const selectedBefore = cursorWork(list);
	const moved: AppState = {
		...state,
		works: update.works,
		stateKeys: update.stateKeys,
		skipped: update.skipped,
		scan: update.progress,
		list: {
			...list,
			sortedOrder,
			order,
			// Highlights come back with the new search's result, which runs again over the new works.
			hits: null,
			// Held only while a search lists nothing; the whole list selects it at once.
			held: searching && list.held !== null ? (remap(list.held) ?? null) : null,
		},
		search: {...state.search, stale: searching},
		prefetched,
		reader,
		focus: reader ? state.focus : 'list',
		message: resumeAt >= 0 ? resumesNote(update.works[resumeAt]!) : message,
		resumePending: resumeAt >= 0 ? null : state.resumePending,
	};
	if (resumeAt >= 0) return selectWork(moved, resumeAt);
	return selectWork(moved, selectedBefore === undefined ? undefined : remap(selectedBefore));
}
