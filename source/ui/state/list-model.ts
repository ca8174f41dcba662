import type {SearchResult} from '../../core/search/search-engine.js';
import {type SortKey, sortKeys, sortOrder} from '../../core/sort-works.js';
import {getWork, type StateFile} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import {type AppState, isFiltering, listCapacity, selectedWork} from './app-state.js';

/** The list order for a sort key, with "last read" taken from the reading state. */
export function orderFor(works: readonly WorkListing[], stateKeys: readonly string[], reading: StateFile, sortKey: SortKey): number[] {
	return sortOrder(works, sortKey, index => getWork(reading, stateKeys[index]!).lastOpened);
}

/** Moves the list cursor to `row` (clamped) and keeps it on screen. */
export function selectRow(state: AppState, row: number): AppState {
	const selected = Math.max(0, Math.min(state.order.length - 1, row));
	if (selected === state.selected) return state;
	return scrollListToSelection({...state, selected});
}

/** Keeps the selected row on screen, moving the window no more than needed. */
export function scrollListToSelection(state: AppState): AppState {
	const capacity = listCapacity(state);
	let listTop = Math.min(state.listTop, state.selected);
	if (state.selected >= listTop + capacity) listTop = state.selected - capacity + 1;
	listTop = Math.max(0, Math.min(listTop, Math.max(0, state.order.length - capacity)));
	return listTop === state.listTop ? state : {...state, listTop};
}

/** Selects `workIndex` wherever it now is in `order`; if it is gone, the row where it was (its neighbour). */
export function keepSelection(state: AppState, workIndex: number | undefined): AppState {
	const row = workIndex === undefined ? -1 : state.order.indexOf(workIndex);
	const selected = row >= 0 ? row : Math.max(0, Math.min(state.selected, state.order.length - 1));
	return scrollListToSelection({...state, selected});
}

/**
 * The work held since a search listed nothing, else the one the cursor is on.
 * The held one first: a list shown meanwhile (the library changed before the
 * next result came) put the cursor on its first row, not on the user's work.
 */
export function cursorWork(state: AppState): number | undefined {
	return state.heldSelection ?? selectedWork(state);
}

export function clearSearch(state: AppState): AppState {
	return keepSelection({...state, searching: false, query: '', listQuery: '', searchStale: false, typedAhead: [], queryError: null, order: state.sortedOrder, hits: null, heldSelection: null}, cursorWork(state));
}

/** Whether the list shows the answer to the query as typed, over the current works (no search on its way). */
export function isListCurrent(state: AppState): boolean {
	return state.listQuery === state.query && !state.searchStale;
}

export function applySearchResult(state: AppState, query: string, result: SearchResult): AppState {
	// A result for a query the user has since changed is superseded: drop it.
	if (query !== state.query) return state;
	const settled = {...state, listQuery: query, searchStale: false};
	if (!result.ok) return {...settled, queryError: result.error};
	const held = cursorWork(state);
	if (query.trim() === '') return keepSelection({...settled, queryError: null, order: state.sortedOrder, hits: null, heldSelection: null}, held);
	const order = result.hits.map(hit => hit.index);
	const listed = {...settled, queryError: null, order, hits: result.hits, heldSelection: null};
	// An empty list has no cursor: the work it had is held for when works are listed again.
	if (order.length === 0) return {...listed, selected: 0, listTop: 0, heldSelection: held ?? null};
	// The same query run again over changed works keeps the cursor on its work; a new query starts at the top,
	// unless it follows one that found nothing and lists the work selected before that.
	if (query === state.listQuery && state.searchStale) return keepSelection(listed, held);
	return keepSelection({...listed, selected: 0, listTop: 0}, state.heldSelection ?? undefined);
}

/** `s`: the next sort order. A search's rank order is left alone; the new order shows once it is cleared. */
export function cycleSort(state: AppState): AppState {
	const sortKey = sortKeys[(sortKeys.indexOf(state.sortKey) + 1) % sortKeys.length]!;
	const sortedOrder = orderFor(state.works, state.stateKeys, state.reading, sortKey);
	const sorted = {...state, sortKey, sortedOrder, message: `Sorted by ${sortKey.replace('-', ' ')}`};
	return isFiltering(state) ? sorted : keepSelection({...sorted, order: sortedOrder}, selectedWork(state));
}
