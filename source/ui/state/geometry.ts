import wrapAnsi from 'wrap-ansi';
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
	const layout = layoutOf(state);
	// The list is drawn a column narrower than its pane, whose right border takes one (app.tsx).
	const problem = layout.kind === 'panes' ? queryProblemLines(state.search.error, layout.list - 1) : 0;
	// One header line (the count, or the search box), and a query's problem when there is one.
	return Math.max(1, Math.floor((layoutHeight(state) - 1 - problem) / listRowHeight));
}

/** The lines a query's problem takes over a list drawn `width` columns wide: wrapped as Ink wraps it, a column free each side. */
export function queryProblemLines(problem: string | null, width: number): number {
	if (problem === null || width <= 2) return 0;
	return wrapAnsi(problem, width - 2, {trim: false, hard: true}).split('\n').length;
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
