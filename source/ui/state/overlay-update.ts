import {chapterAt} from '../../core/chapter-at.js';
import {updateWork} from '../../core/state/reading-state.js';
import type {Command} from '../input/keymap.js';
import {helpLayout, helpLineOf} from '../lines/help-lines.js';
import {allBookmarks, openBookmark} from './all-bookmarks.js';
import {type AppState, type CommandHandler, inputContext} from './app-state.js';
import {layoutHeight} from './geometry.js';
import type {OverlayModel, PickListKind} from './overlay-model.js';
import {jumpTo, noChapters, withReady} from './reader-update.js';
import {workState} from './reading-record.js';
import {stepTagBrowser} from './tag-browser-update.js';

const helpStep = 5;

/** How far the open help (the keys' or the query syntax) can scroll at the terminal's size. */
export function helpScrollLimit(state: AppState): number {
	const kind = state.overlay?.kind === 'query-help' ? 'query-help' : 'help';
	const {rows, visibleRows} = helpLayout(state.columns, layoutHeight(state), kind);
	return Math.max(0, rows - visibleRows);
}

/** How many items a pick list holds. */
function itemCount(state: AppState, kind: PickListKind): number {
	switch (kind) {
		case 'skipped': {
			return state.skipped.length;
		}

		case 'bookmarks': {
			return state.reader ? workState(state, state.reader.workIndex).bookmarks.length : 0;
		}

		case 'toc': {
			return state.reader?.status === 'ready' ? state.reader.view.toc.length : 0;
		}

		case 'all-bookmarks': {
			return allBookmarks(state).length;
		}
	}
}

/** Scrolls the help by `help` lines, or moves a pick list's highlight by one. */
function step(direction: 1 | -1): CommandHandler {
	return state => {
		const overlay = state.overlay;
		if (!overlay) return state;
		if (overlay.kind === 'tags') return stepTagBrowser(state, () => direction);
		const moved: OverlayModel =
			'top' in overlay
				? {...overlay, top: Math.max(0, Math.min(helpScrollLimit(state), overlay.top + direction * helpStep))}
				: {...overlay, item: Math.max(0, Math.min(itemCount(state, overlay.kind) - 1, overlay.item + direction))};
		return {...state, overlay: moved};
	};
}

/** The highlighted item of the open pick list; 0 for none. */
function highlighted(state: AppState): number {
	return state.overlay && 'item' in state.overlay ? state.overlay.item : 0;
}

/** Opens the bookmarks or chapters list, the current chapter highlighted. */
function openPickList(kind: 'bookmarks' | 'toc'): CommandHandler {
	return state =>
		withReady(state, reader => {
			if (kind === 'toc' && reader.view.toc.length === 0) return {...state, message: noChapters(state)};
			const current = chapterAt(reader.view.toc, reader.top.paragraph);
			return {...state, overlay: {kind, item: kind === 'toc' && current ? current.number - 1 : 0}};
		});
}

/** Enter in the bookmarks or chapters list: go there and close the list. */
function choose(state: AppState, now: number): AppState {
	if (state.overlay?.kind === 'all-bookmarks') return openBookmark(state, highlighted(state), now);
	const closed = {...state, overlay: null};
	const reader = state.reader;
	if (reader?.status !== 'ready') return closed;
	const item = highlighted(state);
	if (state.overlay?.kind === 'bookmarks') {
		const bookmark = workState(state, reader.workIndex).bookmarks[item];
		return bookmark ? jumpTo(closed, reader.view.toShown(bookmark.position), now) : closed;
	}

	const entry = reader.view.toc[item];
	return entry ? jumpTo(closed, {paragraph: entry.paragraph, char: 0}, now) : closed;
}

function deleteBookmark(state: AppState, now: number): AppState {
	const reader = state.reader;
	if (!reader) return state;
	const index = highlighted(state);
	const reading = updateWork(state.reading, state.stateKeys[reader.workIndex]!, work => ({...work, bookmarks: work.bookmarks.filter((_, at) => at !== index)}), now);
	const left = workState({...state, reading}, reader.workIndex).bookmarks.length;
	return {...state, reading, overlay: {kind: 'bookmarks', item: Math.max(0, Math.min(index, left - 1))}, message: 'Bookmark deleted'};
}

/** The overlays' update: the commands they own. */
export const overlayCommands = {
	// The help opens at the keys of the screen it was called from.
	help: state => {
		if (state.overlay?.kind === 'help') return {...state, overlay: null};
		const opened = {...state, overlay: {kind: 'help' as const, top: 0}};
		return {...opened, overlay: {kind: 'help', top: Math.min(helpScrollLimit(opened), helpLineOf(inputContext(state), state.columns))}};
	},
	// From the search box; Esc goes back to typing.
	'query-help': state => (state.overlay?.kind === 'query-help' ? {...state, overlay: null} : {...state, overlay: {kind: 'query-help', top: 0}}),
	'show-skipped': state => ({...state, overlay: {kind: 'skipped', item: 0}}),
	'show-all-bookmarks': state => ({...state, overlay: {kind: 'all-bookmarks', item: 0}}),
	'show-bookmarks': openPickList('bookmarks'),
	'show-toc': openPickList('toc'),
	'overlay-down': step(1),
	'overlay-up': step(-1),
	'close-overlay': state => ({...state, overlay: null}),
	'overlay-choose': choose,
	'delete-bookmark': deleteBookmark,
} satisfies Partial<Record<Command, CommandHandler>>;
