import type {Command} from '../input/keymap.js';
import {type AppState, type CommandHandler, inputContext} from './app-state.js';
import {mergeFound, moveSelection, openFullText, selectedHit, startRun, type FullTextModel, type FullTextWork} from './full-text-model.js';
import {layoutHeight} from './geometry.js';
import {openWorkAt} from './open-work-at.js';
import {dropLastCharacter} from './search-update.js';

/** Lines of hits on screen: the screen's height less its border, progress and phrase lines (see full-text-pane.tsx). */
export function fullTextCapacity(state: AppState): number {
	return Math.max(1, layoutHeight(state) - 4);
}

function withModel(state: AppState, change: (model: FullTextModel, capacity: number) => FullTextModel): AppState {
	return state.fullText ? {...state, fullText: change(state.fullText, fullTextCapacity(state))} : state;
}

/**
 * The full-text search key. From the search box, its query is the phrase and
 * the search starts at once; from the list, the last search comes back (after
 * a hit was read), or an empty box.
 */
function open(state: AppState, now: number): AppState {
	const typed = inputContext(state) === 'search' ? state.search.query : '';
	if (typed.trim() === '' && state.fullText) return {...state, fullText: {...state.fullText, shown: true}};
	return {...state, fullText: startRun(openFullText(typed), now)};
}

/** Adds typed or pasted text to the phrase; the search follows once typing pauses (see `useFullText`). */
export function typeIntoFullText(state: AppState, text: string): AppState {
	return withModel(state, model => ({...model, phrase: model.phrase + text}));
}

/** Typing paused, or Enter: the phrase as typed is searched for, unless it is already. */
export function runFullText(state: AppState, now: number): AppState {
	const model = state.fullText;
	const started = model ? startRun(model, now) : model;
	return started === model ? state : {...state, fullText: started};
}

/** A batch of a search's reports (see `useFullText`): merged when they are the current search's. */
export function fullTextFound(state: AppState, id: number, report: {found: readonly FullTextWork[]; searched: number; total: number; done: boolean}): AppState {
	return withModel(state, model => mergeFound(model, id, report));
}

/** Enter on a hit: the work opens in the reader at it, the search in the text primed with the phrase. The hits are kept to come back to. */
function openHit(state: AppState, now: number): AppState {
	const model = state.fullText;
	const target = model ? selectedHit(model) : undefined;
	if (!model?.run || !target) return state;
	const workIndex = state.works.findIndex(work => work.path === target.path);
	if (workIndex < 0) return {...state, message: 'That work is no longer in the library'};
	const hidden = {...state, fullText: {...model, shown: false}};
	return openWorkAt(hidden, workIndex, {paragraph: target.hit.paragraph, char: target.hit.start}, now, model.run.folded);
}

function move(by: (capacity: number) => number): CommandHandler {
	return state => withModel(state, (model, capacity) => moveSelection(model, by(capacity), capacity));
}

/** The full-text search's update: the commands it owns. */
export const fullTextCommands = {
	'full-text': open,
	'full-text-accept': (state, now) => withModel(runFullText(state, now), model => ({...model, editing: false})),
	'full-text-edit': state => withModel(state, model => ({...model, editing: true})),
	// The hook sees the search gone and stops its workers.
	'full-text-cancel': state => ({...state, fullText: null}),
	'full-text-delete': state => withModel(state, model => ({...model, phrase: dropLastCharacter(model.phrase)})),
	'full-text-clear-line': state => withModel(state, model => ({...model, phrase: ''})),
	'full-text-up': move(() => -1),
	'full-text-down': move(() => 1),
	'full-text-page-up': move(capacity => -capacity),
	'full-text-page-down': move(capacity => capacity),
	'full-text-open': openHit,
} satisfies Partial<Record<Command, CommandHandler>>;
