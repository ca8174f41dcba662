import {type AppState, layoutOf} from './app-state.js';
import {minReadingWidth} from './reader-model.js';

/** Lines one list row takes: the title, then rating, words, chapters, status and author. */
export const listRowHeight = 2;

/** Rows the panes (or an overlay) get, below which sits the status bar. */
export function layoutHeight(state: AppState): number {
	const layout = layoutOf(state);
	return layout.kind === 'panes' ? layout.height : 1;
}

/** How many works fit in the list pane. */
export function listCapacity(state: AppState): number {
	// One header line (the count, or the search box).
	return Math.max(1, Math.floor((layoutHeight(state) - 1) / listRowHeight));
}

/** The text column of the reader: the reading width, capped by the pane. */
export function readerGeometry(state: AppState): {width: number; height: number} {
	const layout = layoutOf(state);
	if (layout.kind !== 'panes') return {width: minReadingWidth, height: 1};
	// The pane keeps a margin of two columns each side and a title line on top.
	const paneText = Math.max(minReadingWidth, layout.reader - 4);
	return {width: Math.min(state.readingWidth, paneText), height: Math.max(1, layout.height - 2)};
}

/** Width and height of the sidebar's text, wherever it is drawn; null while it is not. */
export function sidebarGeometry(state: AppState): {width: number; height: number} | null {
	const layout = layoutOf(state);
	if (layout.kind !== 'panes' || (layout.sidebar === 0 && !layout.sidebarOverReader)) return null;
	// The column gives one to its border; the pane keeps one column free either side of the text.
	const pane = layout.sidebarOverReader ? layout.reader : layout.sidebar - 1;
	return {width: Math.max(1, pane - 2), height: layout.height};
}
