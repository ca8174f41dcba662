import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** Where a pick list is drawn over the panes, and its lines, each padded to the box's inner width. */
export type PickListBox = {
	left: number;
	top: number;
	width: number;
	height: number;
	/** The title's lines. */
	title: string[];
	/** Per item, its lines, indented by the two columns the highlight marker takes on the first. */
	items: string[][];
	/** How many items the box shows at once: as many as fit whole, the tallest counted for each. */
	visible: number;
};

/** The region a pick list is placed over: the page (the reader or preview pane), or the whole width where there is none. */
export type Region = {left: number; width: number; height: number};

// The border takes two columns and two rows; a space each side keeps text off it.
const borderColumns = 4;
const borderRows = 2;
const markerColumns = 2;
/** A box narrower than this would wrap every label; it takes the whole width of the screen instead. */
const minRegionWidth = 40;

/**
 * A pick list sized to what it holds, centred over the page: a 2-entry list
 * is a small box with the text visible around it. Lines are padded to the
 * inner width because an overlay box only covers what it writes.
 */
export function pickListBox(title: string, labels: readonly string[], region: Region, columns: number): PickListBox {
	const room = region.width >= minRegionWidth ? region : {...region, left: 0, width: columns};
	const widest = Math.max(stringWidth(title), ...labels.map(label => markerColumns + stringWidth(label)));
	const width = Math.min(room.width, widest + borderColumns);
	const inner = width - borderColumns;
	const pad = (line: string) => ` ${line}${' '.repeat(Math.max(0, inner - stringWidth(line)))} `;
	const wrap = (text: string, at: number) => wrapAnsi(text, Math.max(1, at), {hard: true, trim: true}).split('\n');
	const titleLines = wrap(title, inner).map(pad);
	const wrapped = labels.map(label => wrap(label, inner - markerColumns).map(line => pad(`  ${line}`)));
	const {items, visible, rows} = fitItems(wrapped, room.height - borderRows - titleLines.length, pad(''));
	const height = Math.min(room.height, borderRows + titleLines.length + rows);
	return {left: room.left + Math.floor((room.width - width) / 2), top: Math.floor((region.height - height) / 2), width, height, title: titleLines, items, visible};
}

/**
 * The items as the box shows them, how many at once, and the rows they take: all, as they are, when they fit
 * in `free` rows. Else the list shows a number of items, and a wrapped one takes more rows: each item is made
 * as tall as the tallest (with `blank` lines), and the box as tall as the items it shows. Counted as rows, the
 * items past the box's height squeezed every item to its first line; and rows left over showed the page
 * through the box.
 */
function fitItems(wrapped: string[][], free: number, blank: string): {items: string[][]; visible: number; rows: number} {
	const contentRows = wrapped.reduce((sum, lines) => sum + lines.length, 0);
	if (contentRows <= free) return {items: wrapped, visible: wrapped.length, rows: Math.max(1, contentRows)};
	const tallest = Math.max(...wrapped.map(lines => lines.length));
	const visible = Math.max(1, Math.floor(free / tallest));
	return {items: wrapped.map(lines => [...lines, ...Array.from({length: tallest - lines.length}, () => blank)]), visible, rows: visible * tallest};
}
