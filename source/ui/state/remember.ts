import {changed, type FolderState, folderOf, type ReaderSettings, settingsOf} from '../../core/state/reader-settings.js';
import type {AppState} from './app-state.js';

/** Files a change of the reader's settings (width, notes, spoiler-safe mode) into the state that is saved. */
export function rememberSettings(state: AppState, change: Partial<Omit<ReaderSettings, 'updatedAt'>>, now: number): AppState {
	const before = settingsOf(state.reading);
	const settings = changed(before, change, now);
	return settings === before ? state : {...state, reading: {...state.reading, settings}};
}

/** Files where the user is in this folder (work, sort order, sidebar) into the state that is saved. */
export function rememberFolder(state: AppState, change: Partial<Omit<FolderState, 'updatedAt'>>, now: number): AppState {
	if (state.folder === null) return state;
	const before = folderOf(state.reading, state.folder);
	const folder = changed(before, change, now);
	if (folder === before) return state;
	// Written with defineProperty semantics (spread of fromEntries): a folder path is the user's text.
	const folders = Object.fromEntries([...Object.entries(state.reading.folders ?? {}), [state.folder, folder]]);
	return {...state, reading: {...state.reading, folders}};
}
