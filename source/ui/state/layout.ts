/**
 * Where each pane goes for a terminal size. Pure: the size and the toggles
 * in, rectangles out, so every breakpoint is tested without rendering.
 */

export type PaneFocus = 'list' | 'reader';

export type Layout =
	| {kind: 'too-small'; columns: number; rows: number}
	| {
			kind: 'panes';
			/** Rows for the panes; the status bar takes one more. */
			height: number;
			list: number;
			reader: number;
			/** Width of the sidebar column; 0 when it is hidden, has no room or is drawn over the reader. */
			sidebar: number;
			/** The sidebar is drawn in place of the reader (narrow terminals, `i`). */
			sidebarOverReader: boolean;
	  };

export const minColumns = 40;
export const minRows = 10;
const threePaneColumns = 100;
const twoPaneColumns = 60;

/** Whether the terminal is wide enough for the sidebar to have a column of its own. */
export function hasSidebarColumn(columns: number): boolean {
	return columns >= threePaneColumns;
}

/**
 * `sidebarToggled` draws the sidebar over a pane where it has no column; `sidebarHidden` drops the column where it has one.
 * While a work is read the list steps aside and gives the reader its room, unless `listBeside` asks for it.
 */
export function computeLayout(columns: number, rows: number, focus: PaneFocus, sidebarToggled: boolean, sidebarHidden: boolean, listBeside = false): Layout {
	if (columns < minColumns || rows < minRows) return {kind: 'too-small', columns, rows};
	// Every row but the status bar's. A frame as tall as the terminal is erased and redrawn line by line,
	// not by clearing the terminal, only with the build's fix to Ink (ink-full-height, ARCHITECTURE.md).
	const height = rows - 1;

	if (columns < twoPaneColumns) {
		const showList = focus === 'list' && !sidebarToggled;
		return {kind: 'panes', height, list: showList ? columns : 0, reader: showList ? 0 : columns, sidebar: 0, sidebarOverReader: sidebarToggled};
	}

	const list = focus === 'reader' && !listBeside ? 0 : clamp(Math.round(columns * 0.3), 24, 48);
	if (!hasSidebarColumn(columns)) {
		return {kind: 'panes', height, list, reader: columns - list, sidebar: 0, sidebarOverReader: sidebarToggled};
	}

	const sidebar = sidebarHidden ? 0 : clamp(Math.round(columns * 0.24), 26, 44);
	return {kind: 'panes', height, list, reader: columns - list - sidebar, sidebar, sidebarOverReader: false};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(high, Math.max(low, value));
}
