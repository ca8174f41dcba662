/**
 * Ink's Output (ink/build/output.js), which turns a frame's writes into its
 * text, with the same result for the same writes, cheaper:
 * - Ink gives every cell of the frame (5,000 at 100×50) an object and an array
 *   of its own before anything is written, and turns every cell back into
 *   text, blank or not. Here a row gets cells only when something is written on
 *   it, all sharing one blank cell, and the blank cells at a row's end are not
 *   turned into text (Ink trims the spaces they make).
 * - Ink slices every line written inside a clipping box (a pane) with
 *   slice-ansi, which segments and measures it again; here a line of plain
 *   one-column characters that the clip does not cut is kept as it is.
 * - Ink tokenizes each line anew for every frame; here the last frame's lines
 *   are remembered (frames mostly repeat them).
 * The first frame spent ~9 ms in Ink's Output here, of a start that has ~60 ms
 * to spend. The build (scripts/build/stand-ins.js) gives this class to Ink's renderer in
 * place of its own; a test checks it against Ink's on random writes and clips.
 */
import sliceAnsi from 'slice-ansi';
import {styledCharsFromTokens, tokenize, type StyledChar} from '@alcalzone/ansi-tokenize';
import {styledCharsToString} from './ansi-tokenize-styled-chars.js';
import stringWidth, {eachOneColumn} from './string-width.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
type Operation = {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

/** Never changed: cells are replaced, not edited, so every blank cell can be this one. */
const blank: StyledChar = Object.freeze({type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) as unknown as StyledChar['styles']});

// The lines of this frame and the last, tokenized: frames mostly repeat the last one's lines, and
// keeping only two frames' bounds the memory (a reader's pages are all different lines). A cell
// keeps a reference to its line's characters, and neither is ever changed.
let lastFrameLines = new Map<string, StyledChar[]>();
let frameLines = new Map<string, StyledChar[]>();

function styledChars(line: string): StyledChar[] {
	let chars = frameLines.get(line);
	if (chars === undefined) {
		chars = lastFrameLines.get(line) ?? styledCharsFromTokens(tokenize(line));
		frameLines.set(line, chars);
	}

	return chars;
}

function widestLine(text: string): number {
	let widest = 0;
	for (const line of text.split('\n')) widest = Math.max(widest, stringWidth(line));
	return widest;
}

export default class Output {
	width: number;
	height: number;
	readonly #operations: Operation[] = [];

	constructor({width, height}: {width: number; height: number}) {
		this.width = width;
		this.height = height;
	}

	write(x: number, y: number, text: string, {transformers}: {transformers: Transformer[]}): void {
		if (text) this.#operations.push({type: 'write', x, y, text, transformers});
	}

	clip(clip: Clip): void {
		this.#operations.push({type: 'clip', clip});
	}

	unclip(): void {
		this.#operations.push({type: 'unclip'});
	}

	get(): {output: string; height: number} {
		lastFrameLines = frameLines;
		frameLines = new Map();
		// A row's cells are made on its first write.
		const rows: Array<Row | undefined> = [];
		for (let y = 0; y < this.height; y++) rows.push(undefined);
		const clips: Clip[] = [];
		for (const operation of this.#operations) {
			if (operation.type === 'clip') clips.push(operation.clip);
			else if (operation.type === 'unclip') clips.pop();
			else this.#draw(operation, clips.at(-1), rows);
		}

		const lines: string[] = [];
		for (const row of rows) lines.push(row ? rowText(row) : '');
		return {output: lines.join('\n'), height: rows.length};
	}

	/** One write, as Ink's get() draws it, clipped, on the rows. */
	#draw({text, transformers, x, y}: Operation & {type: 'write'}, clip: Clip | undefined, rows: Array<Row | undefined>): void {
		let lines = text.split('\n');
		if (clip) {
			const {x1, x2, y1, y2} = clip;
			const clipHorizontally = typeof x1 === 'number' && typeof x2 === 'number';
			const clipVertically = typeof y1 === 'number' && typeof y2 === 'number';
			// Ink's checks, in Ink's order: text wholly outside the clip is not drawn.
			if (clipHorizontally && (x + widestLine(text) < x1 || x > x2)) return;
			if (clipVertically && (y + lines.length < y1 || y > y2)) return;
			if (clipHorizontally) {
				const from = x < x1 ? x1 - x : 0;
				lines = lines.map(line => {
					const width = stringWidth(line);
					const to = x + width > x2 ? x2 - x : width;
					return from === 0 && to === width && eachOneColumn(line) ? line : sliceAnsi(line, from, to);
				});
				if (x < x1) x = x1;
			}

			if (clipVertically) {
				const from = y < y1 ? y1 - y : 0;
				const to = y + lines.length > y2 ? y2 - y : lines.length;
				lines = lines.slice(from, to);
				if (y < y1) y = y1;
			}
		}

		let offsetY = 0;
		for (let [index, line] of lines.entries()) {
			const rowIndex = y + offsetY;
			// Ink skips a line that falls outside the frame without moving on a row, and so, as Ink does, the lines after it.
			if (!(Number.isInteger(rowIndex) && rowIndex >= 0 && rowIndex < rows.length)) continue;
			const row = (rows[rowIndex] ??= blankRow(this.width));
			for (const transformer of transformers) line = transformer(line, index);
			let offsetX = x;
			for (const character of styledChars(line)) {
				row[offsetX] = character;
				const characterWidth = Math.max(1, stringWidth(character.value));
				// The columns a wide character covers hold empty cells in its style.
				for (let column = 1; column < characterWidth; column++) row[offsetX + column] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
				offsetX += characterWidth;
			}

			offsetY++;
		}
	}
}

/** Ink's cells for a row: `width` of them (a fractional width rounds up), and more where a line runs past it. */
type Row = Array<StyledChar | undefined>;

function blankRow(width: number): Row {
	const row: Row = [];
	for (let x = 0; x < width; x++) row.push(blank);
	return row;
}

/** A row's text: Ink's, which ends with the blank cells' spaces trimmed, without writing those cells first. */
function rowText(row: Row): string {
	let end = row.length;
	while (end > 0 && row[end - 1] === blank) end--;
	const cells: StyledChar[] = [];
	for (let column = 0; column < end; column++) {
		const cell = row[column];
		if (cell !== undefined) cells.push(cell);
	}

	return styledCharsToString(cells).trimEnd();
}
