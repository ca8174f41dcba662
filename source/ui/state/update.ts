import type {SearchResult} from '../../core/search/search-engine.js';
import type {WorkBody, WorkDetails, WorkListing} from '../../core/work.js';
import {asTypedLine, isPrintable} from '../input/key-name.js';
import {type Command, commandFor} from '../input/keymap.js';
import {helpLayout} from '../panes/help-lines.js';
import {sidebarLines} from '../panes/sidebar-lines.js';
import {type AppState, detailsAt, inputContext, type TypedAhead, layoutHeight, layoutOf, listCapacity, minReadingWidth, readerGeometry, selectedWork, sidebarGeometry, sidebarMatches, sidebarWork} from './app-state.js';
import {hasSidebarColumn} from './layout.js';
import {applyLibrary, type LibraryUpdate} from './library-model.js';
import {applySearchResult, clearSearch, cycleSort, isListCurrent, scrollListToSelection, selectRow} from './list-model.js';
import {
	addBookmark,
	cancelFind,
	chooseOverlayItem,
	deleteBookmark,
	editFind,
	goToHit,
	moveChapter,
	moveReader,
	openPickList,
	openSelected,
	rewrap,
	runFind,
	startFind,
	workLoaded,
} from './reader-model.js';
import {toggleLaterMark, toggleRead, workState} from './reading-record.js';

export type Action =
	/** A key, named as the keymap names keys; `now` stamps what it changes in the reading state. */
	| {type: 'key'; name: string; now: number}
	/** Several keys in one input event: typed ahead of a busy app, or sent by a program. */
	| {type: 'keys'; names: string[]; now: number}
	/** Text the terminal marked as pasted (bracketed paste). */
	| {type: 'paste'; text: string; now: number}
	| {type: 'resize'; columns: number; rows: number}
	/** `works` is the list it was computed over: a result over a list since replaced is stale. */
	| {type: 'search-result'; query: string; result: SearchResult; works: readonly WorkListing[]; now: number}
	/** Bodies name their work's path too: indices shift when files come and go. */
	| {type: 'work-loaded'; workIndex: number; path: string; body: WorkBody; details: WorkDetails; now: number}
	| {type: 'work-failed'; workIndex: number; message: string}
	/** The open work's pager finished counting pages in the background. */
	| {type: 'pages-counted'; workIndex: number}
	/** The scanner or the folder watcher changed the library. */
	| {type: 'library-changed'; library: LibraryUpdate}
	/** The body of the work under the list cursor, read ahead of Enter. */
	| {type: 'body-prefetched'; workIndex: number; path: string; body: WorkBody; details: WorkDetails}
	/** Something the user should know (the folder is no longer watched), shown in the status bar. */
	| {type: 'notice'; message: string};

const widthStep = 4;
const sidebarStep = 3;
const helpStep = 5;

/** The app's one reducer: every change of state is an action replayed through here. */
export function update(state: AppState, action: Action): AppState {
	const next = applyAction(state, action);
	return next === state ? state : keepScrollInRange(state, dropStrayKeys(next));
}

/**
 * Input that waits for a search's result was typed at the list: once the
 * list has lost the keyboard meanwhile (the terminal became too small), it
 * would act where it was not typed, so it is dropped.
 */
function dropStrayKeys(state: AppState): AppState {
	return state.typedAhead.length > 0 && inputContext(state) !== 'list' ? {...state, typedAhead: []} : state;
}

/** Keys that act on the selected row: typed after a new query, they mean a row of its result. */
const rowCommands: ReadonlySet<Command> = new Set(['list-up', 'list-down', 'list-page-up', 'list-page-down', 'list-first', 'list-last', 'toggle-read', 'toggle-later']);

/** Whether a key for `command` (none: text), pressed at the list, waits for the search result on its way (see `typedAhead`). */
function waitsForResult(state: AppState, command: Command | undefined): boolean {
	if (command === 'force-quit' || isListCurrent(state)) return false;
	if (waitsForNewQuery(state)) return true;
	// Enter opens the top result of the works as they are now. Row keys wait only for a query typed since:
	// the same query run again over works a scan or the folder watcher changed keeps the rows in place.
	return command === 'open' || (state.listQuery !== state.query && command !== undefined && rowCommands.has(command));
}

/**
 * Once a key waits for a new query's result, every later key and paste does,
 * q and text too, so that all act in the order typed. Not while the same query
 * runs again over changed works: a long scan changes them every moment, and
 * the keyboard would seem dead; then only Enter waits.
 */
function waitsForNewQuery(state: AppState): boolean {
	return state.typedAhead.length > 0 && state.listQuery !== state.query;
}

/**
 * Plays input typed ahead, in order, once the result has landed. For a
 * result that did not come (a query that cannot be read) the row keys are
 * dropped, and so is an Enter with all that followed it: typed for a work
 * that did not open, it would act on the list instead (its q would quit).
 */
function playTypedAhead(state: AppState, typed: readonly TypedAhead[], resultCame: boolean, now: number): AppState {
	let next = state;
	for (const input of typed) {
		if ('paste' in input) {
			next = paste(next, input.paste);
			continue;
		}

		// Keys typed after a query that played input started wait for its result, like any others.
		const forRows = !resultCame && isListCurrent(next) && inputContext(next) === 'list' ? commandFor('list', input.key) : undefined;
		if (forRows === 'open') break;
		if (forRows === undefined || !rowCommands.has(forRows)) next = pressKey(next, input.key, now);
	}

	return next;
}

function paste(state: AppState, text: string): AppState {
	if (waitsForNewQuery(state)) return {...state, typedAhead: [...state.typedAhead, {paste: text}]};
	// Into a text box as one line (a pasted line break is not Enter). Anywhere else it is dropped:
	// played as keys, a pasted sentence would run commands (its q would quit).
	return typeText(state, asTypedLine(text));
}

function applyAction(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'key': {
			return pressKey(state.message === null ? state : {...state, message: null}, action.name, action.now);
		}

		case 'keys': {
			return action.names.reduce((next, name) => pressKey(next.message === null ? next : {...next, message: null}, name, action.now), state);
		}

		case 'paste': {
			return paste(state, action.text);
		}

		case 'resize': {
			// A sidebar drawn over a pane becomes the column once there is room for one: it stays in view,
			// and does not come back over the reader, unasked, when the terminal shrinks again.
			const intoColumn = state.sidebarToggled && hasSidebarColumn(action.columns);
			const sidebar = {sidebarToggled: state.sidebarToggled && !intoColumn, sidebarHidden: state.sidebarHidden && !intoColumn};
			return rewrap(scrollListToSelection({...state, columns: action.columns, rows: action.rows, ...sidebar}));
		}

		case 'search-result': {
			if (action.works !== state.works) return state;
			const listed = applySearchResult(state, action.query, action.result);
			if (listed.typedAhead.length === 0 || !isListCurrent(listed)) return listed;
			return playTypedAhead({...listed, typedAhead: []}, listed.typedAhead, action.result.ok, action.now);
		}

		case 'work-loaded': {
			return state.works[action.workIndex]?.path === action.path ? workLoaded(state, action.workIndex, action, action.now) : state;
		}

		case 'work-failed': {
			if (state.reader?.workIndex !== action.workIndex) return state;
			return {...state, reader: {workIndex: action.workIndex, status: 'error', message: action.message, top: state.reader.top}};
		}

		case 'library-changed': {
			return applyLibrary(state, action.library);
		}

		case 'body-prefetched': {
			return state.works[action.workIndex]?.path === action.path ? {...state, prefetched: {workIndex: action.workIndex, body: action.body, details: action.details}} : state;
		}

		case 'notice': {
			return {...state, message: action.message};
		}

		case 'pages-counted': {
			// A new reader object makes the status bar redraw with `page x/y`.
			return state.reader?.workIndex === action.workIndex ? {...state, reader: {...state.reader}} : state;
		}
	}
}

function pressKey(state: AppState, name: string, now: number): AppState {
	const context = inputContext(state);
	const command = commandFor(context, name);
	// Enter right after typing means the top result of what was typed, not of an older query; j, the row after it.
	if (context === 'list' && waitsForResult(state, command)) return {...state, typedAhead: [...state.typedAhead, {key: name}]};
	if (command) return runCommand(state, command, now);
	if (!isPrintable(name)) return state;
	return typeText(state, name === 'space' ? ' ' : name);
}

/** Adds `text` to the search or find box, whichever has the keyboard. */
function typeText(state: AppState, text: string): AppState {
	const context = inputContext(state);
	if (context === 'search') return {...state, query: state.query + text};
	if (context === 'find') return editFind(state, query => query + text);
	return state;
}


function dropLastCharacter(text: string): string {
	return [...text].slice(0, -1).join('');
}

function runCommand(state: AppState, command: Command, now: number): AppState {
	switch (command) {
		case 'help': {
			return {...state, overlay: state.overlay === 'help' ? null : 'help', helpTop: 0};
		}

		case 'overlay-down': {
			if (state.overlay === 'help') return {...state, helpTop: Math.min(helpScrollLimit(state), state.helpTop + helpStep)};
			return {...state, overlayItem: Math.max(0, Math.min(overlayItemCount(state) - 1, state.overlayItem + 1))};
		}

		case 'overlay-up': {
			if (state.overlay === 'help') return {...state, helpTop: Math.max(0, state.helpTop - helpStep)};
			return {...state, overlayItem: Math.max(0, state.overlayItem - 1)};
		}

		case 'close-overlay': {
			return {...state, overlay: null};
		}

		case 'show-skipped': {
			return {...state, overlay: 'skipped', overlayItem: 0};
		}

		case 'sidebar-down':
		case 'sidebar-up': {
			return scrollSidebar(state, command === 'sidebar-down' ? sidebarStep : -sidebarStep);
		}

		case 'sidebar-page-down':
		case 'sidebar-page-up': {
			// The rows shown, less the `↓ more` row, less one line kept in view from the page before.
			const page = Math.max(1, (sidebarGeometry(state)?.height ?? 0) - 2);
			return scrollSidebar(state, command === 'sidebar-page-down' ? page : -page);
		}

		case 'toggle-sidebar': {
			// The column is a layout choice that lasts; drawn over a pane, the sidebar is a view closed by Esc or a change of pane.
			return rewrap(hasSidebarColumn(state.columns) ? {...state, sidebarHidden: !state.sidebarHidden} : {...state, sidebarToggled: !state.sidebarToggled});
		}

		case 'list-up': {
			return selectRow(state, state.selected - 1);
		}

		case 'list-down': {
			return selectRow(state, state.selected + 1);
		}

		case 'list-page-up': {
			return selectRow(state, state.selected - listCapacity(state));
		}

		case 'list-page-down': {
			return selectRow(state, state.selected + listCapacity(state));
		}

		case 'list-first': {
			return selectRow(state, 0);
		}

		case 'list-last': {
			return selectRow(state, state.order.length - 1);
		}

		case 'cycle-sort': {
			return cycleSort(state);
		}

		case 'toggle-read':
		case 'toggle-later': {
			const workIndex = state.focus === 'reader' ? state.reader?.workIndex : selectedWork(state);
			if (workIndex === undefined) return state;
			return command === 'toggle-read' ? toggleRead(state, workIndex, now) : toggleLaterMark(state, workIndex, now);
		}

		case 'open': {
			return openSelected(state, now);
		}

		case 'focus-reader': {
			return state.reader ? rewrap({...state, focus: 'reader', sidebarToggled: false}) : state;
		}

		case 'back': {
			return rewrap({...state, focus: 'list', sidebarToggled: false});
		}

		case 'search': {
			return {...state, searching: true};
		}

		case 'search-accept': {
			return {...state, searching: false};
		}

		case 'search-cancel':
		case 'clear-search': {
			return clearSearch(state);
		}

		case 'search-delete': {
			return {...state, query: dropLastCharacter(state.query)};
		}

		case 'search-clear-line': {
			return {...state, query: ''};
		}

		case 'page-down':
		case 'page-up':
		case 'line-down':
		case 'line-up':
		case 'text-start':
		case 'text-end': {
			return moveReader(state, command, now);
		}

		case 'next-chapter':
		case 'previous-chapter': {
			return moveChapter(state, command === 'next-chapter' ? 1 : -1, now);
		}

		case 'wider': {
			return rewrap({...state, readingWidth: Math.max(minReadingWidth, readerGeometry(state).width) + widthStep});
		}

		case 'narrower': {
			return rewrap({...state, readingWidth: Math.max(minReadingWidth, readerGeometry(state).width - widthStep)});
		}

		case 'add-bookmark': {
			return addBookmark(state, now);
		}

		case 'show-bookmarks':
		case 'show-toc': {
			return openPickList(state, command === 'show-bookmarks' ? 'bookmarks' : 'toc');
		}

		case 'overlay-choose': {
			return chooseOverlayItem(state, now);
		}

		case 'delete-bookmark': {
			return deleteBookmark(state, state.overlayItem, now);
		}

		case 'find': {
			return startFind(state);
		}

		case 'find-accept': {
			return runFind(state, now);
		}

		case 'find-cancel': {
			return cancelFind(state);
		}

		case 'find-delete': {
			return editFind(state, dropLastCharacter);
		}

		case 'find-clear-line': {
			return editFind(state, () => '');
		}

		case 'find-next':
		case 'find-previous': {
			return goToHit(state, command === 'find-next' ? 1 : -1, now);
		}

		// The app quits when it sees this; it must restore the terminal first.
		case 'quit':
		case 'force-quit': {
			return {...state, quitting: true};
		}
	}
}

/** How many items the open list overlay holds. */
function overlayItemCount(state: AppState): number {
	const workIndex = state.reader?.workIndex;
	switch (state.overlay) {
		case 'skipped': {
			return state.skipped.length;
		}

		case 'bookmarks': {
			return workIndex === undefined ? 0 : workState(state, workIndex).bookmarks.length;
		}

		case 'toc': {
			return state.reader?.status === 'ready' ? state.reader.details.toc.length : 0;
		}

		default: {
			return 0;
		}
	}
}

function helpScrollLimit(state: AppState): number {
	const {rows, visibleRows} = helpLayout(state.columns, layoutHeight(state));
	return Math.max(0, rows - visibleRows);
}

/**
 * The help's and the sidebar's lengths depend on the terminal's size, the
 * panes shown and the work under the cursor: after an action that changed
 * any of those, their offsets are brought back within what there is to
 * scroll. Another work's details start from the top.
 */
function keepScrollInRange(before: AppState, after: AppState): AppState {
	const listed = (state: AppState) => {
		const workIndex = sidebarWork(state);
		return workIndex === undefined ? undefined : state.works[workIndex];
	};

	const work = listed(after);
	const previous = listed(before);
	const relaidOut =
		after.columns !== before.columns ||
		after.rows !== before.rows ||
		after.focus !== before.focus ||
		after.sidebarToggled !== before.sidebarToggled ||
		after.sidebarHidden !== before.sidebarHidden;
	if (work === previous && !relaidOut) return after;
	const next = work?.path === previous?.path || after.sidebarTop === 0 ? after : {...after, sidebarTop: 0};
	// Nothing is drawn while the terminal is too small: the offsets wait for it to grow back.
	if (layoutOf(next).kind === 'too-small') return next;
	// An offset at the top is in range whatever the length, which takes wrapping the text to work out.
	const helpTop = next.helpTop > 0 ? Math.min(next.helpTop, helpScrollLimit(next)) : 0;
	const sidebarTop = next.sidebarTop > 0 ? Math.min(next.sidebarTop, sidebarScrollLimit(next)) : 0;
	return helpTop === next.helpTop && sidebarTop === next.sidebarTop ? next : {...next, helpTop, sidebarTop};
}

function scrollSidebar(state: AppState, by: number): AppState {
	return {...state, sidebarTop: Math.max(0, Math.min(sidebarScrollLimit(state), state.sidebarTop + by))};
}

function sidebarScrollLimit(state: AppState): number {
	const workIndex = sidebarWork(state);
	const geometry = sidebarGeometry(state);
	if (workIndex === undefined || !geometry) return 0;
	return Math.max(0, sidebarLines(state.works[workIndex]!, detailsAt(state, workIndex), geometry.width, sidebarMatches(state)).length - geometry.height);
}
