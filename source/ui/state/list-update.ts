import {type SortKey, sortKeys} from '../../core/sort-works.js';
import type {Command} from '../input/keymap.js';
import {type AppState, type CommandHandler, selectedWork} from './app-state.js';
import {listCapacity} from './geometry.js';
import {keepSelection, type ListModel, orderFor, scrollToSelection, selectRow, sortName} from './list-model.js';
import {rememberFolder} from './remember.js';
import {isFiltering} from './search-model.js';

/** Applies a change of the list model that may move the cursor, keeping it on screen. */
export function withList(state: AppState, change: (list: ListModel, capacity: number) => ListModel): AppState {
	const list = change(state.list, listCapacity(state));
	return list === state.list ? state : {...state, list};
}

/** Moves the cursor to `row` (clamped), keeping it on screen. */
function moveTo(row: (list: ListModel, capacity: number) => number): CommandHandler {
	return state => withList(state, (list, capacity) => selectRow(list, row(list, capacity), capacity));
}

/** Keeps the selected row on screen after the list's height changed. */
export function scrollListToSelection(state: AppState): AppState {
	return withList(state, scrollToSelection);
}

/** Selects `workIndex` wherever it now is in the list (see `keepSelection`). */
export function selectWork(state: AppState, workIndex: number | undefined): AppState {
	return withList(state, (list, capacity) => keepSelection(list, workIndex, capacity));
}

/**
 * Sorts the list by `sortKey`, turned around when `sortReversed`, and files the order for the folder. A search
 * keeps its rank; it runs again, as over changed works (the cursor stays on its work), for the new order to
 * order the hits it ranks alike: all of a filter's, such as `is:unread`.
 */
function sortBy(state: AppState, sortKey: SortKey, sortReversed: boolean, now: number): AppState {
	const sortedOrder = orderFor(state.works, state.stateKeys, state.reading, sortKey, sortReversed);
	const message = `Sorted ${sortName(sortKey, sortReversed)}`;
	const sorted = rememberFolder({...state, list: {...state.list, sortKey, sortReversed, sortedOrder}, message}, {sortKey, sortReversed}, now);
	if (isFiltering(state.search)) return {...sorted, search: {...sorted.search, stale: true}};
	return selectWork({...sorted, list: {...sorted.list, order: sortedOrder}}, selectedWork(state));
}


/** The work list's update: the commands it owns. */
export const listCommands = {
	'list-up': moveTo(list => list.selected - 1),
	'list-down': moveTo(list => list.selected + 1),
	'list-page-up': moveTo((list, capacity) => list.selected - capacity),
	'list-page-down': moveTo((list, capacity) => list.selected + capacity),
	'list-first': moveTo(() => 0),
	'list-last': moveTo(list => list.order.length - 1),
	// `s`: the next key, in its own direction; `S`: the same key, the other way round.
	'cycle-sort': (state, now) => sortBy(state, sortKeys[(sortKeys.indexOf(state.list.sortKey) + 1) % sortKeys.length]!, false, now),
	'reverse-sort': (state, now) => sortBy(state, state.list.sortKey, !state.list.sortReversed, now),
} satisfies Partial<Record<Command, CommandHandler>>;
