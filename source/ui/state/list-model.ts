import type {SearchHit} from '../../core/search/search-engine.js';
import {type SortKey, sortOrder} from '../../core/sort-works.js';
import {getWork, type StateFile} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import {windowTop} from './window-top.js';

/** The work list: which works it shows, in what order, and where its cursor and window are. */
export type ListModel = {
	sortKey: SortKey;
	/** The sort key's order turned around (`S`). */
	sortReversed: boolean;
	/** Every work, in the list's sort order (indices into the library). */
	sortedOrder: number[];
	/** What the list shows: `sortedOrder`, or the search hits in rank order. */
	order: number[];
	/**
	 * The search's hits, row for row with `order`; null when the list is not a
	 * search result. A hit works out what matched only when asked, so only the
	 * rows on screen and the selection pay for highlighting.
	 */
	hits: readonly SearchHit[] | null;
	/** Index into `order` of the selected row. */
	selected: number;
	/** While a search lists nothing: the work selected before it, selected again once works are listed. Null otherwise. */
	held: number | null;
	/** Index into `order` of the first row on screen. */
	top: number;
};

export function initialList(sortedOrder: number[], sortKey: SortKey = 'title', sortReversed = false): ListModel {
	return {sortKey, sortReversed, sortedOrder, order: sortedOrder, hits: null, selected: 0, held: null, top: 0};
}

/**
 * The list order for a sort key, with "last read" taken from the reading
 * state. A work's other copies are not rows: the sidebar lists them.
 */
export function orderFor(works: readonly WorkListing[], stateKeys: readonly string[], reading: StateFile, sortKey: SortKey, reversed = false): number[] {
	return sortOrder(works, sortKey, index => getWork(reading, stateKeys[index]!).lastOpened, reversed).filter(index => works[index]!.duplicateOf === null);
}

/** `by words`, `by words, reversed`: the order as the heading and the status bar name it. */
export function sortName(sortKey: SortKey, reversed: boolean): string {
	return `by ${sortKey.replace('-', ' ')}${reversed ? ', reversed' : ''}`;
}

/** The work under the cursor, as an index into the library. */
export function workAtCursor(list: ListModel): number | undefined {
	return list.order[list.selected];
}

/**
 * The work held since a search listed nothing, else the one the cursor is on.
 * The held one first: a list shown meanwhile (the library changed before the
 * next result came) put the cursor on its first row, not on the user's work.
 */
export function cursorWork(list: ListModel): number | undefined {
	return list.held ?? workAtCursor(list);
}

/** Moves the cursor to `row` (clamped) and keeps it among the `capacity` rows on screen. */
export function selectRow(list: ListModel, row: number, capacity: number): ListModel {
	const selected = Math.max(0, Math.min(list.order.length - 1, row));
	if (selected === list.selected) return list;
	return scrollToSelection({...list, selected}, capacity);
}

/** Keeps the selected row on screen, moving the window no more than needed. */
export function scrollToSelection(list: ListModel, capacity: number): ListModel {
	const top = windowTop(list.top, list.selected, list.order.length, capacity);
	return top === list.top ? list : {...list, top};
}

/** Selects `workIndex` wherever it now is in `order`; if it is gone, the row where it was (its neighbour). */
export function keepSelection(list: ListModel, workIndex: number | undefined, capacity: number): ListModel {
	const row = workIndex === undefined ? -1 : list.order.indexOf(workIndex);
	const selected = row >= 0 ? row : Math.max(0, Math.min(list.selected, list.order.length - 1));
	return scrollToSelection(selected === list.selected ? list : {...list, selected}, capacity);
}
