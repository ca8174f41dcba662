/** The library search box: the query as typed, and which query the list answers. */
export type SearchModel = {
	query: string;
	/** The search box has the keyboard. */
	editing: boolean;
	/** A short message when the query cannot be read; the list then keeps its last good result. */
	error: string | null;
	/** The query the list answers; differs from `query` while a search is on its way. */
	listQuery: string;
	/** The works changed under a search: its result is being computed again over the new ones. */
	stale: boolean;
};

export const initialSearch: SearchModel = {query: '', editing: false, error: null, listQuery: '', stale: false};

/** Whether a query filters the list (a query of spaces does not). */
export function isFiltering(search: SearchModel): boolean {
	return search.query.trim() !== '';
}

/** Whether the search line sits above the list: while typing, or while a query filters it. */
export function showsSearchLine(search: SearchModel): boolean {
	return search.editing || search.query !== '';
}

/** Whether the list shows the answer to the query as typed, over the current works (no search on its way). */
export function isListCurrent(search: SearchModel): boolean {
	return search.listQuery === search.query && !search.stale;
}
