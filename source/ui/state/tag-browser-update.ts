import {countFacets, facetTerm} from '../../core/facets/count-facets.js';
import type {Command} from '../input/keymap.js';
import type {AppState, CommandHandler} from './app-state.js';
import {layoutHeight} from './geometry.js';
import {dropLastCharacter} from './search-update.js';
import {filterFacets, highlightedFacet, moveHighlight, openTagBrowser, type TagBrowserModel, toggleSort} from './tag-browser-model.js';

/** Entries on screen: the overlay's height less its border, title and filter lines (see tag-browser.tsx). */
export function tagBrowserCapacity(state: AppState): number {
	return Math.max(1, layoutHeight(state) - 4);
}

function browserOf(state: AppState): TagBrowserModel | undefined {
	return state.overlay?.kind === 'tags' ? state.overlay.browser : undefined;
}

function withBrowser(state: AppState, change: (browser: TagBrowserModel, capacity: number) => TagBrowserModel): AppState {
	const browser = browserOf(state);
	return browser ? {...state, overlay: {kind: 'tags', browser: change(browser, tagBrowserCapacity(state))}} : state;
}

/** `#`: the labels of the works the list shows now (the search's result, or every work), counted. */
function open(state: AppState): AppState {
	return {...state, overlay: {kind: 'tags', browser: openTagBrowser(countFacets(state.works, state.list.order), state.list.order.length)}};
}

/** Adds typed or pasted text to the filter. */
export function typeIntoTagBrowser(state: AppState, text: string): AppState {
	return withBrowser(state, browser => filterFacets(browser, browser.filter + text));
}

/**
 * Enter (keep) or the exclude key: the highlighted label's term is added to
 * the query, which narrows the list as any query does; the browser closes.
 */
function addTerm(exclude: boolean): CommandHandler {
	return state => {
		const browser = browserOf(state);
		const facet = browser ? highlightedFacet(browser) : undefined;
		if (!facet) return state;
		const query = [state.search.query.trim(), facetTerm(facet, exclude)].filter(Boolean).join(' ');
		return {...state, overlay: null, search: {...state.search, query, editing: false}};
	};
}

/** Moves the highlight by `rows` (at most a page); ↑ and ↓ come here through the overlays' keys. */
export function stepTagBrowser(state: AppState, rows: (capacity: number) => number): AppState {
	return withBrowser(state, (browser, capacity) => moveHighlight(browser, browser.selected + rows(capacity), capacity));
}

function step(rows: (capacity: number) => number): CommandHandler {
	return state => stepTagBrowser(state, rows);
}

/** The tag browser's update: the commands it owns. */
export const tagBrowserCommands = {
	'show-tags': open,
	'tags-page-up': step(capacity => -capacity),
	'tags-page-down': step(capacity => capacity),
	'tags-narrow': addTerm(false),
	'tags-exclude': addTerm(true),
	'tags-sort': state =>
		withBrowser(state, (browser, capacity) => {
			const sorted = toggleSort(browser);
			return moveHighlight(sorted, sorted.selected, capacity);
		}),
	'tags-delete': state => withBrowser(state, browser => filterFacets(browser, dropLastCharacter(browser.filter))),
	'tags-clear-line': state => withBrowser(state, browser => filterFacets(browser, '')),
} satisfies Partial<Record<Command, CommandHandler>>;
