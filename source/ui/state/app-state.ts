import type {TextHit} from '../../core/find-in-text.js';
import type {Pager} from '../../core/pager/pager.js';
import type {Position} from '../../core/pager/position.js';
import type {FieldMatch, SearchHit} from '../../core/search/search-engine.js';
import type {SortKey} from '../../core/sort-works.js';
import {emptyState, type StateFile} from '../../core/state/reading-state.js';
import type {Skipped, WorkBody, WorkDetails, WorkListing} from '../../core/work.js';
import type {InputContext} from '../input/keymap.js';
import {computeLayout, type Layout, type PaneFocus} from './layout.js';

/** In-text search of the open work: the query, and its hits once run. */
export type FindState = {
	query: string;
	/** The find box has the keyboard. */
	editing: boolean;
	hits: TextHit[];
	/** Index into `hits` of the hit last jumped to; -1 before any. */
	current: number;
};

/** The open work: its body once loaded, the pager over it and the first character on screen. */
export type ReaderState =
	| {workIndex: number; status: 'loading'; top: Position}
	| {workIndex: number; status: 'error'; message: string; top: Position}
	| {workIndex: number; status: 'ready'; body: WorkBody; details: WorkDetails; pager: Pager; top: Position; find: FindState | null};

export type Overlay = 'help' | 'skipped' | 'bookmarks' | 'toc' | null;

/**
 * Everything the screen shows, as plain data. `update` is the only thing that
 * makes a new one; the panes only read it.
 */
/** A key (by name) or a paste (its text) waiting for a search's result. */
export type TypedAhead = {key: string} | {paste: string};

export type AppState = {
	/** The library's works; everything else refers to them by index. */
	works: readonly WorkListing[];
	/** Files that could not be read, with why (the `x` screen). */
	skipped: readonly Skipped[];
	/** Files checked so far while the library is scanned; null when it is done. */
	scan: {done: number; total: number; works?: number} | null;
	/** Per work: the key its reading state is filed under. */
	stateKeys: readonly string[];
	/** What ficread remembers: positions, marks, bookmarks. Saved by the app. */
	reading: StateFile;
	columns: number;
	rows: number;
	focus: PaneFocus;
	/** The search box has the keyboard. */
	searching: boolean;
	overlay: Overlay;
	/** The item highlighted in a list overlay (skipped files, bookmarks, chapters). */
	overlayItem: number;
	/** Where the sidebar has no column of its own (under 100 columns), it is drawn over a pane while this is on. */
	sidebarToggled: boolean;
	/** Where the sidebar has a column of its own, `i` hid it to give the reader the room. */
	sidebarHidden: boolean;
	/** The reader's text column, before it is capped by the pane width. */
	readingWidth: number;
	query: string;
	/** A short message when the query cannot be read; the list then keeps its last good result. */
	queryError: string | null;
	/** The query `order` answers; differs from `query` while a search is on its way. */
	listQuery: string;
	/** The works changed under a search: its result is being computed again over the new ones. */
	searchStale: boolean;
	/**
	 * Input at the list while a search was on its way: Enter, and after a new
	 * query keys for the selected row and every key and paste after one of
	 * those but Ctrl-C. Played again, in order, once the result lands, so
	 * that it acts on the list the user typed it for (see update.ts).
	 */
	typedAhead: readonly TypedAhead[];
	sortKey: SortKey;
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
	heldSelection: number | null;
	/** Index into `order` of the first row on screen. */
	listTop: number;
	/** First line of the sidebar on screen; back to 0 when the selection moves. */
	sidebarTop: number;
	/** First line of the help screen, when it is longer than the terminal. */
	helpTop: number;
	reader: ReaderState | null;
	/** The body of the work under the list cursor, read ahead so Enter opens it without waiting. */
	prefetched: {workIndex: number; body: WorkBody; details: WorkDetails} | null;
	/** A one-line note in the status bar (a bookmark added, a warning); cleared by the next key. */
	message: string | null;
	/** Set by `q`/Ctrl-C; the app then exits and restores the terminal. */
	quitting: boolean;
};

export const defaultReadingWidth = 80;
export const minReadingWidth = 20;
/** Lines one list row takes: the title, then rating, words, chapters, status and author. */
export const listRowHeight = 2;

export type InitialOptions = {
	works: readonly WorkListing[];
	skipped?: readonly Skipped[];
	scan?: {done: number; total: number; works?: number} | null;
	stateKeys?: readonly string[];
	reading?: StateFile;
	columns: number;
	rows: number;
	sortedOrder: number[];
	readingWidth?: number | null;
	message?: string | null;
};

export function initialState(options: InitialOptions): AppState {
	return {
		works: options.works,
		skipped: options.skipped ?? [],
		scan: options.scan ?? null,
		stateKeys: options.stateKeys ?? options.works.map(work => `path:${work.path}`),
		reading: options.reading ?? emptyState(),
		columns: options.columns,
		rows: options.rows,
		focus: 'list',
		searching: false,
		overlay: null,
		overlayItem: 0,
		sidebarToggled: false,
		sidebarHidden: false,
		readingWidth: options.readingWidth ?? defaultReadingWidth,
		query: '',
		queryError: null,
		listQuery: '',
		searchStale: false,
		typedAhead: [],
		sortKey: 'title',
		sortedOrder: options.sortedOrder,
		order: options.sortedOrder,
		hits: null,
		selected: 0,
		heldSelection: null,
		listTop: 0,
		sidebarTop: 0,
		helpTop: 0,
		reader: null,
		prefetched: null,
		message: options.message ?? null,
		quitting: false,
	};
}

export function layoutOf(state: AppState): Layout {
	return computeLayout(state.columns, state.rows, state.focus, state.sidebarToggled, state.sidebarHidden);
}

/** What has the keyboard, as the keymap names it: the too-small notice, an overlay, the sidebar over a pane, a text box or the focused pane. */
export function inputContext(state: AppState): InputContext {
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') return 'too-small';
	if (state.overlay) return state.overlay;
	// The sidebar drawn over a pane (under 100 columns, `i`) takes the keys even when the list stays
	// beside it: it was opened to be read, and Esc and q must close it rather than clear the search or quit.
	if (layout.kind === 'panes' && layout.sidebarOverReader) return 'sidebar';
	if (state.searching) return 'search';
	if (state.focus === 'reader' && state.reader?.status === 'ready' && state.reader.find?.editing) return 'find';
	return state.focus;
}

/** Whether a query filters the list (a query of spaces does not). */
export function isFiltering(state: AppState): boolean {
	return state.query.trim() !== '';
}

/** Whether the search line sits above the list: while typing, or while a query filters it. */
export function showsSearchLine(state: AppState): boolean {
	return state.searching || state.query !== '';
}

/** Rows the panes (or an overlay) get, below which sits the status bar. */
export function layoutHeight(state: AppState): number {
	const layout = layoutOf(state);
	return layout.kind === 'panes' ? layout.height : 1;
}

/** How many works fit in the list pane. */
export function listCapacity(state: AppState): number {
	// One header line (the count, or the search box).
	return Math.max(1, Math.floor((layoutHeight(state) - 1) / listRowHeight));
}

/** The text column of the reader: the reading width, capped by the pane. */
export function readerGeometry(state: AppState): {width: number; height: number} {
	const layout = layoutOf(state);
	if (layout.kind !== 'panes') return {width: minReadingWidth, height: 1};
	// The pane keeps a margin of two columns each side and a title line on top.
	const paneText = Math.max(minReadingWidth, layout.reader - 4);
	return {width: Math.min(state.readingWidth, paneText), height: Math.max(1, layout.height - 2)};
}

/** Width and height of the sidebar's text, wherever it is drawn; null while it is not. */
export function sidebarGeometry(state: AppState): {width: number; height: number} | null {
	const layout = layoutOf(state);
	if (layout.kind !== 'panes' || (layout.sidebar === 0 && !layout.sidebarOverReader)) return null;
	// The column gives one to its border; the pane keeps one column free either side of the text.
	const pane = layout.sidebarOverReader ? layout.reader : layout.sidebar - 1;
	return {width: Math.max(1, pane - 2), height: layout.height};
}

/** What matched the query in the work on list row `row`, for highlighting. */
export function matchesAt(state: AppState, row: number): readonly FieldMatch[] | undefined {
	return state.hits?.[row]?.matches;
}

/** The work under the list cursor, as an index into the library. */
export function selectedWork(state: AppState): number | undefined {
	return state.order[state.selected];
}

/** The work the sidebar describes: the one being read while the reader has the keyboard, else the one under the list cursor. */
export function sidebarWork(state: AppState): number | undefined {
	return state.focus === 'reader' && state.reader ? state.reader.workIndex : selectedWork(state);
}

/** What matched the query in the work the sidebar describes, when it is the one under the list cursor. */
export function sidebarMatches(state: AppState): readonly FieldMatch[] | undefined {
	return sidebarWork(state) === selectedWork(state) ? matchesAt(state, state.selected) : undefined;
}

/**
 * The rest of a work's metadata (summary, contents), which the library does
 * not keep: known once its file was read, for the open work or the one read
 * ahead under the cursor; null before.
 */
export function detailsAt(state: AppState, workIndex: number): WorkDetails | null {
	if (state.reader?.status === 'ready' && state.reader.workIndex === workIndex) return state.reader.details;
	return state.prefetched?.workIndex === workIndex ? state.prefetched.details : null;
}
