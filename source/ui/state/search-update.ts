import type {SearchResult} from '../../core/search/search-engine.js';
import {hasCopies} from '../../core/work-copies.js';
import type {Command} from '../input/keymap.js';
import type {AppState, CommandHandler} from './app-state.js';
import {scrollListToSelection, selectWork} from './list-update.js';
import {cursorWork} from './list-model.js';
import type {SearchModel} from './search-model.js';

function withSearch(state: AppState, change: Partial<SearchModel>): AppState {
	return {...state, search: {...state.search, ...change}};
}

export function dropLastCharacter(text: string): string {
	return [...text].slice(0, -1).join('');
}

/** Adds typed or pasted text to the query. */
export function typeIntoSearch(state: AppState, text: string): AppState {
	return withSearch(state, {query: state.search.query + text});
}

/** Esc: no query, every work in sort order, the selected work still selected. */
export function clearSearch(state: AppState): AppState {
	const held = cursorWork(state.list);
	const cleared = {
		...state,
		search: {...state.search, editing: false, query: '', listQuery: '', stale: false, error: null},
		typedAhead: [],
		list: {...state.list, order: state.list.sortedOrder, hits: null, held: null},
	};
	return selectWork(cleared, held);
}

/** A search's result: listed when it answers the query as typed now. */
export function applySearchResult(state: AppState, query: string, result: SearchResult): AppState {
	// A result for a query the user has since changed is superseded: drop it.
	if (query !== state.search.query) return state;
	const settled = withSearch(state, {listQuery: query, stale: false});
	// The problem is drawn over the list and takes rows from it (listCapacity): the window keeps the cursor in sight.
	if (!result.ok) return scrollListToSelection(withSearch(settled, {error: result.error}));
	const search = {...settled.search, error: null};
	const held = cursorWork(state.list);
	if (query.trim() === '') return selectWork({...settled, search, list: {...state.list, order: state.list.sortedOrder, hits: null, held: null}}, held);
	// A work's other copies are not rows (see `orderFor`); most libraries have none, and 50,000 hits need no pass then.
	const hits = hasCopies(state.works) ? result.hits.filter(hit => state.works[hit.index]!.duplicateOf === null) : result.hits;
	const order = hits.map(hit => hit.index);
	const listed = {...settled, search, list: {...state.list, order, hits, held: null}};
	// An empty list has no cursor: the work it had is held for when works are listed again.
	if (order.length === 0) return {...listed, list: {...listed.list, selected: 0, top: 0, held: held ?? null}};
	// The same query run again over changed works keeps the cursor on its work; a new query starts at the top,
	// unless it follows one that found nothing and lists the work selected before that.
	if (query === state.search.listQuery && state.search.stale) return selectWork(listed, held);
	return selectWork({...listed, list: {...listed.list, selected: 0, top: 0}}, state.list.held ?? undefined);
}

/** The search box's update: the commands it owns. */
export const searchCommands = {
	search: state => withSearch(state, {editing: true}),
	'search-accept': state => withSearch(state, {editing: false}),
	'search-cancel': clearSearch,
	'clear-search': clearSearch,
	'search-delete': state => withSearch(state, {query: dropLastCharacter(state.search.query)}),
	'search-clear-line': state => withSearch(state, {query: ''}),
} satisfies Partial<Record<Command, CommandHandler>>;
