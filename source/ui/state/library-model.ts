import type {Skipped, WorkMeta} from '../../core/work.js';
import {type AppState, selectedWork} from './app-state.js';
import {orderFor, scrollListToSelection} from './list-model.js';

/** The library as the scanner or the folder watcher last reported it. */
export type LibraryUpdate = {
	works: readonly WorkMeta[];
	stateKeys: readonly string[];
	skipped: readonly Skipped[];
	/** Files checked so far while a scan runs; null once it is done. */
	progress: {done: number; total: number} | null;
};

/**
 * Takes in a new library. Works are matched by path, so the selected row,
 * the open work and a search's results stay what they were while files
 * appear, change or go; a search is run again over the new works.
 */
export function applyLibrary(state: AppState, update: LibraryUpdate): AppState {
	const indexOf = new Map(update.works.map((work, index) => [work.path, index]));
	const remap = (index: number) => indexOf.get(state.works[index]!.path);
	const sortedOrder = orderFor(update.works, update.stateKeys, state.reading, state.sortKey);
	const searching = state.query.trim() !== '';
	const order = searching ? state.order.map(remap).filter((index): index is number => index !== undefined) : sortedOrder;

	const selectedBefore = selectedWork(state);
	const keep = selectedBefore === undefined ? undefined : remap(selectedBefore);
	const row = keep === undefined ? -1 : order.indexOf(keep);

	let {reader, message} = state;
	if (reader) {
		const moved = remap(reader.workIndex);
		if (moved === undefined) {
			message = `${state.works[reader.workIndex]!.title} is no longer in the folder`;
			reader = null;
		} else {
			reader = {...reader, workIndex: moved};
		}
	}

	return scrollListToSelection({
		...state,
		works: update.works,
		stateKeys: update.stateKeys,
		skipped: update.skipped,
		scan: update.progress,
		sortedOrder,
		order,
		// Highlights come back with the new search's result.
		hits: null,
		// The search runs again over the new works; until it lands, the list is not current.
		listQuery: searching ? '' : state.listQuery,
		selected: Math.max(0, row),
		reader,
		focus: reader ? state.focus : 'list',
		message,
	});
}
