import type {SearchResult} from '../../core/search/search-engine.js';
import type {WorkBody, WorkDetails, WorkListing} from '../../core/work.js';
import {asTypedLine, isPrintable} from '../input/key-name.js';
import {type Command, commandFor} from '../input/keymap.js';
import {type AppState, type CommandHandler, inputContext} from './app-state.js';
import {findCommands, editFind} from './find-update.js';
import type {FullTextWork} from './full-text-model.js';
import {fullTextCommands, fullTextFound, runFullText, typeIntoFullText} from './full-text-update.js';
import {applyLibrary, type LibraryUpdate} from './library-update.js';
import {listCommands, scrollListToSelection} from './list-update.js';
import {overlayCommands} from './overlay-update.js';
import {bodyCompleted, readerCommands, rewrap, workLoaded} from './reader-update.js';
import {markCommands} from './reading-record.js';
import {keepScrollInRange} from './scroll-range.js';
import {applySearchResult, searchCommands, typeIntoSearch} from './search-update.js';
import {sidebarAfterResize, sidebarCommands} from './sidebar-update.js';
import {spoilerCommands} from './spoiler-update.js';
import {tagBrowserCommands, typeIntoTagBrowser} from './tag-browser-update.js';
import {dropStrayKeys, enqueue, playTypedAhead, waitsForNewQuery, waitsForResult} from './typed-ahead.js';

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
	| {type: 'work-loaded'; workIndex: number; path: string; body: WorkBody; details: WorkDetails; now: number; partial?: boolean}
	/** The whole body of a work whose first part came in a `work-loaded` marked partial (an EPUB's first chapters). */
	| {type: 'body-completed'; workIndex: number; path: string; body: WorkBody; details: WorkDetails; now: number}
	| {type: 'work-failed'; workIndex: number; message: string}
	/** The open work's pager finished counting pages in the background. */
	| {type: 'pages-counted'; workIndex: number}
	/** The scanner or the folder watcher changed the library. */
	| {type: 'library-changed'; library: LibraryUpdate}
	/** The body of the work under the list cursor, read ahead of Enter. */
	| {type: 'body-prefetched'; workIndex: number; path: string; body: WorkBody; details: WorkDetails; partial?: boolean}
	/** The full-text search's phrase, typed, has been still for a moment: search for it. */
	| {type: 'full-text-run'; now: number}
	/** A batch of the reports of full-text search `id`: the works with hits, and how many more works were searched. */
	| {type: 'full-text-found'; id: number; found: readonly FullTextWork[]; searched: number; total: number; done: boolean}
	/** Something the user should know (the folder is no longer watched), shown in the status bar. */
	| {type: 'notice'; message: string};

/**
 * Every command, to the pane update that owns it. The keymap has already
 * routed the key by context (what has the keyboard), so a command names one
 * pane's work; the quit commands are the app's own.
 */
const commands = {
	...listCommands,
	...searchCommands,
	...readerCommands,
	...findCommands,
	...overlayCommands,
	...tagBrowserCommands,
	...fullTextCommands,
	...sidebarCommands,
	...markCommands,
	...spoilerCommands,
	// Enter in the search box: leave it, then Enter at the list, which waits for a result on its way (see typed-ahead.ts).
	// A result that lists nothing keeps the box: left, the next letters typed would be list commands.
	'search-open': (state, now) =>
		state.list.order.length === 0 && !state.search.stale ? {...state, message: 'No work matches: nothing to open. Esc clears the search.'} : pressKey(searchCommands['search-accept'](state), 'enter', now),
	// The app quits when it sees this; it must restore the terminal first.
	quit: quit,
	'force-quit': state => ({...state, quitting: true}),
	// Raw mode keeps the terminal from turning Ctrl-Z into SIGTSTP; the app raises it when it sees this.
	suspend: state => ({...state, suspends: state.suspends + 1}),
} satisfies Record<Command, CommandHandler>;

/** How long after leaving the reader with q a second q asks before it quits: q pressed twice to close a work must not quit. */
const quitGraceMs = 1000;

function quit(state: AppState, now: number): AppState {
	if (state.leftReaderAt !== null && now - state.leftReaderAt < quitGraceMs) return {...state, leftReaderAt: null, message: 'Press q again to quit'};
	return {...state, quitting: true};
}

/** The app's one reducer: every change of state is an action replayed through here. */
export function update(state: AppState, action: Action): AppState {
	const next = applyAction(state, action);
	return next === state ? state : keepScrollInRange(state, dropStrayKeys(next));
}

function applyAction(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'key': {
			return pressKey(clearMessage(noResume(state)), action.name, action.now);
		}

		case 'keys': {
			return action.names.reduce((next, name) => pressKey(clearMessage(next), name, action.now), noResume(state));
		}

		case 'paste': {
			return paste(noResume(state), action.text);
		}

		case 'resize': {
			const resized = sidebarAfterResize({...state, columns: action.columns, rows: action.rows}, action.columns);
			return rewrap(scrollListToSelection(resized));
		}

		case 'search-result': {
			if (action.works !== state.works) return state;
			return playTypedAhead(applySearchResult(state, action.query, action.result), action.result.ok, action.now, {key: pressKey, paste});
		}

		case 'work-loaded': {
			return state.works[action.workIndex]?.path === action.path ? workLoaded(state, action.workIndex, action, action.now) : state;
		}

		case 'body-completed': {
			return state.works[action.workIndex]?.path === action.path ? bodyCompleted(state, action.workIndex, action, action.now) : state;
		}

		case 'work-failed': {
			if (state.reader?.workIndex !== action.workIndex) return state;
			return {...state, reader: {workIndex: action.workIndex, status: 'error', message: action.message, top: state.reader.top}};
		}

		case 'library-changed': {
			return applyLibrary(state, action.library);
		}

		case 'body-prefetched': {
			const {workIndex, body, details, partial} = action;
			return state.works[workIndex]?.path === action.path ? {...state, prefetched: {workIndex, body, details, ...(partial ? {partial} : {})}} : state;
		}

		case 'full-text-run': {
			return runFullText(state, action.now);
		}

		case 'full-text-found': {
			return fullTextFound(state, action.id, action);
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

/** After a key, the list is the user's: the work last read is no longer selected for them when it is listed. */
function noResume(state: AppState): AppState {
	return state.resumePending === null ? state : {...state, resumePending: null};
}

/** The status bar's note lasts until the next key. */
function clearMessage(state: AppState): AppState {
	return state.message === null ? state : {...state, message: null};
}

/** A key: the keymap names its command in what has the keyboard, and the command's pane runs it. */
function pressKey(state: AppState, name: string, now: number): AppState {
	const context = inputContext(state);
	const command = commandFor(context, name);
	// Enter right after typing means the top result of what was typed, not of an older query; j, the row after it.
	if (context === 'list' && waitsForResult(state, command)) return enqueue(state, {key: name});
	if (command) {
		const next = commands[command](state, now);
		// q closed the reader: a q straight after it gets the grace; any other key ends it.
		if (command === 'back' && name === 'q') return {...next, leftReaderAt: now};
		return command === 'quit' || next.leftReaderAt === null ? next : {...next, leftReaderAt: null};
	}

	if (!isPrintable(name)) return state;
	// `?` asks for the query syntax where it cannot be part of a query yet; anywhere else in the box it is text.
	if (context === 'search' && name === '?' && state.search.query === '') return commands['query-help'](state);
	return typeText(state, name === 'space' ? ' ' : name);
}

function paste(state: AppState, text: string): AppState {
	if (waitsForNewQuery(state)) return enqueue(state, {paste: text});
	// Into a text box as one line (a pasted line break is not Enter). Anywhere else it is dropped:
	// played as keys, a pasted sentence would run commands (its q would quit).
	return typeText(state, asTypedLine(text));
}

/** Adds `text` to the search, find or full-text box or the tag browser's filter, whichever has the keyboard. */
function typeText(state: AppState, text: string): AppState {
	const context = inputContext(state);
	if (context === 'search') return typeIntoSearch(state, text);
	if (context === 'tags') return typeIntoTagBrowser(state, text);
	if (context === 'full-text-box') return typeIntoFullText(state, text);
	if (context === 'find') return editFind(state, query => query + text);
	return state;
}
