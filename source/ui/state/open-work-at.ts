import type {Position} from '../../core/pager/position.js';
import {type AppState, selectedWork} from './app-state.js';
import {selectWork} from './list-update.js';
import {jumpPrimed, openSelected} from './reader-update.js';
import {clearSearch} from './search-update.js';

/**
 * Opens work `workIndex` at `place` (in its source's paragraphs), a jump: not
 * reading, so no mark changes. A search that hides the work is cleared first,
 * so the list cursor can stand on it. With `find`, the reader's search in the
 * text is primed with it, on the hit at `place`, so `n` goes on to the next.
 * A work still loading goes there once it has loaded (see `workLoaded`).
 */
export function openWorkAt(state: AppState, workIndex: number, place: Position, now: number, find?: string): AppState {
	let listed = selectWork(state, workIndex);
	if (selectedWork(listed) !== workIndex) listed = selectWork(clearSearch(state), workIndex);
	const opened = openSelected(listed, now);
	const reader = opened.reader;
	if (reader?.workIndex !== workIndex) return opened;
	if (reader.status === 'loading') return {...opened, reader: {...reader, at: place, find}};
	return reader.status === 'ready' ? jumpPrimed(opened, reader.view.toShown(place), now, find) : opened;
}
