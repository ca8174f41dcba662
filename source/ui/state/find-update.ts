import {findInText, nextHit} from '../../core/find-in-text.js';
import type {Command} from '../input/keymap.js';
import type {AppState, CommandHandler} from './app-state.js';
import {emptyFind, type FindModel} from './find-model.js';
import type {ReadyReader} from './reader-model.js';
import {jumpTo, withReady} from './reader-update.js';
import {dropLastCharacter} from './search-update.js';

/** Edits the open work's find model, if a work is open. */
function withFind(state: AppState, change: (find: FindModel, reader: ReadyReader) => FindModel | null): AppState {
	return withReady(state, reader => ({...state, reader: {...reader, find: change(reader.find ?? emptyFind, reader)}}));
}

export function editFind(state: AppState, edit: (query: string) => string): AppState {
	return withFind(state, find => ({...find, query: edit(find.query)}));
}

function cancelFind(state: AppState): AppState {
	return withFind(state, () => null);
}

/** Enter in the find box: look for the query and go to the first hit from here on. */
function runFind(state: AppState, now: number): AppState {
	const found = withFind(state, (find, reader) => ({...find, editing: false, hits: findInText(reader.view.body, find.query), current: -1}));
	const find = found.reader?.status === 'ready' ? found.reader.find : null;
	if (!find || find.query.trim() === '') return cancelFind(state);
	if (find.hits.length === 0) return {...found, message: `No match for "${find.query}"`};
	return goToHit(found, 1, now, true);
}

/**
 * `n` and `N`: the next or previous hit, wrapping around the ends. The first
 * jump (`fromTop`) takes a hit at the top of the page itself.
 */
function goToHit(state: AppState, direction: 1 | -1, now: number, fromTop = false): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready' || !reader.find || reader.find.hits.length === 0) return {...state, message: 'No search in this work: press / to search it'};
	const {hits, current} = reader.find;
	const from = fromTop || current < 0 ? reader.top : {paragraph: hits[current]!.paragraph, char: hits[current]!.start + (direction === 1 ? 1 : 0)};
	const index = nextHit(hits, from, direction);
	const hit = hits[index]!;
	const wrapped = current >= 0 && (direction === 1 ? index <= current : index >= current);
	const moved = jumpTo({...state, reader: {...reader, find: {...reader.find, current: index}}}, {paragraph: hit.paragraph, char: hit.start}, now);
	return {...moved, message: wrapped ? `Search wrapped around: hit ${index + 1}/${hits.length}` : null};
}

/** The find box's update: the commands it owns. */
export const findCommands = {
	find: state => withFind(state, find => ({...find, editing: true})),
	'find-accept': runFind,
	'find-cancel': cancelFind,
	'find-delete': state => editFind(state, dropLastCharacter),
	'find-clear-line': state => editFind(state, () => ''),
	'find-next': (state, now) => goToHit(state, 1, now),
	'find-previous': (state, now) => goToHit(state, -1, now),
} satisfies Partial<Record<Command, CommandHandler>>;
