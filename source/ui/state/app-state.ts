import type {FieldMatch} from '../../core/search/search-engine.js';
import {folderOf, settingsOf} from '../../core/state/reader-settings.js';
import {emptyState, type StateFile} from '../../core/state/reading-state.js';
import type {SortKey} from '../../core/sort-works.js';
import {hiddenFields, type SpoilerField, type SpoilerLevel} from '../../core/spoilers.js';
import type {Skipped, WorkBody, WorkDetails, WorkListing} from '../../core/work.js';
import type {InputContext} from '../input/keymap.js';
import type {FullTextModel} from './full-text-model.js';
import {computeLayout, type Layout, type PaneFocus} from './layout.js';
import {initialList, type ListModel, workAtCursor} from './list-model.js';
import type {OverlayModel} from './overlay-model.js';
import {defaultReadingWidth, type ReaderModel} from './reader-model.js';
import {initialSearch, type SearchModel} from './search-model.js';
import {initialSidebar, type SidebarModel} from './sidebar-model.js';
import type {TypedAhead} from './typed-ahead-model.js';

/**
 * Everything the screen shows, as plain data: the library and what ficread
 * remembers about it, the screen, and one model per pane (list, search box,
 * reader with its find box, sidebar, overlay). `update` is the only thing
 * that makes a new one; the panes only read it.
 */
export type AppState = {
	/** The library's works; everything else refers to them by index. */
	works: readonly WorkListing[];
	/** Files that could not be read, with why (the `x` screen). */
	skipped: readonly Skipped[];
	/** Files checked so far while the library is scanned; null when it is done. */
	scan: {done: number; total: number; works?: number} | null;
	/** Per work: the key its reading state is filed under. */
	stateKeys: readonly string[];
	/** What ficread remembers: positions, marks, bookmarks, settings, folders. Saved by the app. */
	reading: StateFile;
	/** The folder's key in the state file (its absolute path); null where nothing is remembered per folder. */
	folder: string | null;
	columns: number;
	rows: number;
	focus: PaneFocus;
	/** While reading, the list is kept beside the text (`L`); else it steps aside. */
	listBeside: boolean;
	list: ListModel;
	search: SearchModel;
	/** Input at the list while a search was on its way, played once the result lands (see typed-ahead.ts). */
	typedAhead: readonly TypedAhead[];
	sidebar: SidebarModel;
	overlay: OverlayModel | null;
	/** The full-text search: its phrase and hits, kept while a hit is read so the screen can come back. */
	fullText: FullTextModel | null;
	reader: ReaderModel | null;
	/** The reader's text column, before it is capped by the pane width. */
	readingWidth: number;
	/** The reader shows the author's notes (summary, notes, end notes) of works that mark them. */
	showNotes: boolean;
	/** Spoiler-safe mode: on (`z`), and what it hides then. */
	spoilers: {on: boolean; level: SpoilerLevel};
	/**
	 * The body of the work under the list cursor, read ahead so Enter opens it without waiting, and for the
	 * preview's opening lines. `partial`: only the first part of a book read a part at a time (an EPUB), for the
	 * preview; Enter reads the book itself, as opening reads its rest.
	 */
	prefetched: {workIndex: number; body: WorkBody; details: WorkDetails; partial?: boolean} | null;
	/** A one-line note in the status bar (a bookmark added, a warning); cleared by the next key. */
	message: string | null;
	/**
	 * The key of the work last read in this folder, while the list does not hold it yet (a warm start draws
	 * the index's first 200 works by title) and no key has been pressed: selected, to resume, once it is listed.
	 */
	resumePending: string | null;
	/** When the reader was last left for the list: a `q` right after that does not quit at once. */
	leftReaderAt: number | null;
	/** Set by `q`/Ctrl-C; the app then exits and restores the terminal. */
	quitting: boolean;
	/** How many stops (Ctrl-Z) were asked for; the app raises SIGTSTP each time it grows. */
	suspends: number;
};

export type InitialOptions = {
	works: readonly WorkListing[];
	skipped?: readonly Skipped[];
	scan?: {done: number; total: number; works?: number} | null;
	stateKeys?: readonly string[];
	reading?: StateFile;
	columns: number;
	rows: number;
	sortedOrder: number[];
	sortKey?: SortKey;
	sortReversed?: boolean;
	folder?: string | null;
	readingWidth?: number | null;
	showNotes?: boolean;
	/** `--spoiler-safe`: on at this level for this run, whatever was saved. */
	spoilerLevel?: SpoilerLevel | null;
	message?: string | null;
};

/**
 * The first state: what the options say, then the saved settings, then the
 * defaults. Where the folder was left before, the list is sorted as it was,
 * the sidebar as it was, and the work last read is selected (Enter resumes it).
 */
export function initialState(options: InitialOptions): AppState {
	const reading = options.reading ?? emptyState();
	const settings = settingsOf(reading);
	const folder = options.folder ?? null;
	const left = folder === null ? null : folderOf(reading, folder);
	const stateKeys = options.stateKeys ?? options.works.map(work => `path:${work.path}`);
	const resumed = left?.work ? options.sortedOrder.indexOf(stateKeys.indexOf(left.work)) : -1;
	const resumeNote = resumed >= 0 ? resumesNote(options.works[options.sortedOrder[resumed]!]!) : null;
	return {
		works: options.works,
		skipped: options.skipped ?? [],
		scan: options.scan ?? null,
		stateKeys,
		reading,
		folder,
		columns: options.columns,
		rows: options.rows,
		focus: 'list',
		listBeside: false,
		list: {...initialList(options.sortedOrder, options.sortKey, options.sortReversed), selected: Math.max(0, resumed)},
		search: initialSearch,
		typedAhead: [],
		sidebar: {...initialSidebar, hidden: left?.sidebarHidden ?? false},
		overlay: null,
		fullText: null,
		reader: null,
		readingWidth: options.readingWidth ?? settings.width ?? defaultReadingWidth,
		showNotes: options.showNotes ?? settings.showNotes,
		spoilers: options.spoilerLevel ? {on: true, level: options.spoilerLevel} : {on: settings.spoilerSafe ?? false, level: settings.spoilerLevel ?? 'warnings'},
		prefetched: null,
		message: options.message ?? resumeNote,
		resumePending: left?.work && resumed < 0 ? left.work : null,
		leftReaderAt: null,
		quitting: false,
		suspends: 0,
	};
}

/** The status bar's note when the work last read is selected at start. */
export function resumesNote(work: WorkListing): string {
	return `Enter resumes ${work.title}`;
}

export function layoutOf(state: AppState): Layout {
	return computeLayout(state.columns, state.rows, state.focus, state.sidebar.toggled, state.sidebar.hidden, state.listBeside);
}

/** What has the keyboard, as the keymap names it: the too-small notice, an overlay, the sidebar over a pane, a text box or the focused pane. */
export function inputContext(state: AppState): InputContext {
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') return 'too-small';
	if (state.overlay) return state.overlay.kind;
	if (state.fullText?.shown) return state.fullText.editing ? 'full-text-box' : 'full-text-hits';
	// The sidebar drawn over a pane (under 100 columns, `i`) takes the keys even when the list stays
	// beside it: it was opened to be read, and Esc and q must close it rather than clear the search or quit.
	if (layout.kind === 'panes' && layout.sidebarOverReader) return 'sidebar';
	if (state.search.editing) return 'search';
	if (state.focus === 'reader' && state.reader?.status === 'ready' && state.reader.find?.editing) return 'find';
	return state.focus;
}

/** The fields spoiler-safe mode hides now (none when it is off). */
export function hiddenNow(state: AppState): ReadonlySet<SpoilerField> {
	return hiddenFields(state.spoilers.on ? state.spoilers.level : null);
}

/** What matched the query in the work on list row `row`, for highlighting. */
export function matchesAt(state: AppState, row: number): readonly FieldMatch[] | undefined {
	return state.list.hits?.[row]?.matches;
}

/** The work under the list cursor, as an index into the library. */
export function selectedWork(state: AppState): number | undefined {
	return workAtCursor(state.list);
}

/** The work the sidebar describes: the one being read while the reader has the keyboard, else the one under the list cursor. */
export function sidebarWork(state: AppState): number | undefined {
	return state.focus === 'reader' && state.reader ? state.reader.workIndex : selectedWork(state);
}

/** What matched the query in the work the sidebar describes, when it is the one under the list cursor. */
export function sidebarMatches(state: AppState): readonly FieldMatch[] | undefined {
	return sidebarWork(state) === selectedWork(state) ? matchesAt(state, state.list.selected) : undefined;
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

/** What a pane's update does for one command it owns. */
export type CommandHandler = (state: AppState, now: number) => AppState;
