import {type Command, commandFor} from '../input/keymap.js';
import {type AppState, inputContext} from './app-state.js';
import {isListCurrent} from './search-model.js';
import type {TypedAhead} from './typed-ahead-model.js';

/**
 * The typed-ahead queue. Input at the list while a search is on its way:
 * Enter, and after a new query keys for the selected row and every key and
 * paste after one of those but Ctrl-C, waits in `state.typedAhead`. It is
 * played again, in order, once the result lands, so that it acts on the list
 * the user typed it for.
 */

/** Keys that act on the selected row: typed after a new query, they mean a row of its result. */
const rowCommands: ReadonlySet<Command> = new Set(['list-up', 'list-down', 'list-page-up', 'list-page-down', 'list-first', 'list-last', 'toggle-read', 'toggle-later']);

/** How input is played once it no longer waits: the root update's own key and paste handling. */
export type Player = {
	key(state: AppState, name: string, now: number): AppState;
	paste(state: AppState, text: string): AppState;
};

/**
 * Once a key waits for a new query's result, every later key and paste does,
 * q and text too, so that all act in the order typed. Not while the same query
 * runs again over changed works: a long scan changes them every moment, and
 * the keyboard would seem dead; then only Enter waits.
 */
export function waitsForNewQuery(state: AppState): boolean {
	return state.typedAhead.length > 0 && state.search.listQuery !== state.search.query;
}

/** Whether a key for `command` (none: text), pressed at the list, waits for the search result on its way. */
export function waitsForResult(state: AppState, command: Command | undefined): boolean {
	if (command === 'force-quit' || command === 'suspend' || isListCurrent(state.search)) return false;
	if (waitsForNewQuery(state)) return true;
	// Enter opens the top result of the works as they are now. Row keys wait only for a query typed since:
	// the same query run again over works a scan or the folder watcher changed keeps the rows in place.
	return command === 'open' || (state.search.listQuery !== state.search.query && command !== undefined && rowCommands.has(command));
}

export function enqueue(state: AppState, input: TypedAhead): AppState {
	return {...state, typedAhead: [...state.typedAhead, input]};
}

/**
 * Plays the queue, in order, once the result has landed on the list. For a
 * result that did not come (a query that cannot be read) the row keys are
 * dropped, and so is an Enter with all that followed it: typed for a work
 * that did not open, it would act on the list instead (its q would quit).
 */
export function playTypedAhead(state: AppState, resultCame: boolean, now: number, play: Player): AppState {
	if (state.typedAhead.length === 0 || !isListCurrent(state.search)) return state;
	let next: AppState = {...state, typedAhead: []};
	for (const input of state.typedAhead) {
		if ('paste' in input) {
			next = play.paste(next, input.paste);
			continue;
		}

		// Keys typed after a query that played input started wait for its result, like any others.
		const forRows = !resultCame && isListCurrent(next.search) && inputContext(next) === 'list' ? commandFor('list', input.key) : undefined;
		if (forRows === 'open') break;
		if (forRows === undefined || !rowCommands.has(forRows)) next = play.key(next, input.key, now);
	}

	return next;
}

/**
 * Input waiting for a search's result was typed at the list: once the list
 * has lost the keyboard meanwhile (the terminal became too small), it would
 * act where it was not typed, so it is dropped.
 */
export function dropStrayKeys(state: AppState): AppState {
	return state.typedAhead.length > 0 && inputContext(state) !== 'list' ? {...state, typedAhead: []} : state;
}
