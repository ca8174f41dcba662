import {blockIndent} from '../rich/block-indent.js';
import type {WorkBody} from '../work.js';
import {ParagraphLayout} from './paragraph-layout.js';
import {PageCounter} from './page-counter.js';
import {comparePositions, type Position} from './position.js';
import type {WrapStats} from './wrap-range.js';

/**
 * One screen row. `text` is what to print and always equals
 * `paragraphs[paragraph].slice(start, end)`, so a UI can highlight a source
 * range [a, b) as `text.slice(a - start, b - start)` clipped to the row.
 * The blank row between two paragraphs is `{text: '', paragraph: -1, start: 0, end: 0}`.
 * An empty hard line inside a paragraph is a real row of that paragraph with start === end.
 */
export type PageLine = {
	text: string;
	paragraph: number;
	start: number;
	end: number;
};

export type Page = {
	lines: PageLine[];
	/** The requested top, snapped to the start of its row. */
	top: Position;
	/** The first row of the work is on this page. */
	atStart: boolean;
	/** The last row of the work is on this page. */
	atEnd: boolean;
};

export type PageInfo = {
	/** 1-based; exact once the paragraphs up to the top are counted, estimated by characters before that. */
	page: number;
	/** Null until `countPages` has finished. */
	pages: number | null;
};

/**
 * The reader's view of a work at one text width: screen rows made lazily
 * around whatever is asked for, so opening and paging cost the same for a
 * novella and a 5 MB single-line file. Tops are Positions (see position.ts), so
 * a new pager at another width keeps the place: `page(top)` shows the row
 * holding the same character.
 *
 * Rows are the paragraphs' wrapped lines with one blank separator row between
 * paragraphs. No page starts with a blank: paging moves by `height` rows, one
 * more when it would land on a separator, so a page shows the row after the
 * last one of the page before; `nextPage` stops at the last full page.
 * Going back never skips a line: `prevPage` undoes `nextPage` except where the
 * page before would open on a blank, and then overlaps this page by one row.
 * A separator top (`{paragraph, char: -1}`, kept in older saved places) shows
 * the page from the line after it.
 */
export type Pager = {
	readonly width: number;
	/** Up to `height` rows from the row holding `top`. */
	page(top: Position, height: number): Page;
	/** The top `height` rows further on, but never past `end(height)`. */
	nextPage(top: Position, height: number): Position;
	/** The top `height` rows back, or the start. */
	prevPage(top: Position, height: number): Position;
	/** The top `n` lines further on (blanks between paragraphs are not lines); with `height`, never past `end(height)`, else never past the last row. */
	lineDown(top: Position, n: number, height?: number): Position;
	lineUp(top: Position, n: number): Position;
	start(): Position;
	/** The top of the last full page: the page that ends with the last row. */
	end(height: number): Position;
	/** 0..1, by characters before `top`. */
	progress(top: Position): number;
	pageInfo(top: Position, height: number): PageInfo;
	/**
	 * Idle-time work for about `budgetMs` (at least one small step): wraps the
	 * pages either side of the last page shown, so the next flip is instant,
	 * then counts rows from the start for `pageInfo`. Call it until it returns
	 * true (everything counted).
	 */
	countPages(budgetMs: number): boolean;
	/** Wrapping done so far. */
	stats(): WrapStats;
};

/** A row: a line of a paragraph, or with start -1 the separator above `paragraph`. */
type Row = {
	paragraph: number;
	start: number;
	end: number;
};

type ShownPage = {
	first: Row;
	last: Row;
	height: number;
};

const separatorLine: PageLine = {text: '', paragraph: -1, start: 0, end: 0};

/**
 * A pager over `body` at `width` display columns (at least 1; a character
 * wider than the width gets a row of its own). Creating one costs a pass over
 * the paragraph lengths, nothing more.
 */
export function createPager(body: WorkBody, width: number): Pager {
	const {paragraphs} = body;
	const columns = Math.max(1, Math.floor(width));
	const stats: WrapStats = {wrapCalls: 0, wrappedChars: 0};
	const layouts: Array<ParagraphLayout | undefined> = [];
	// Indented blocks (quotes, list items) wrap narrower by their indent; the reader pads them by as much.
	const layout = (paragraph: number): ParagraphLayout =>
		(layouts[paragraph] ??= new ParagraphLayout(paragraphs[paragraph]!, Math.max(1, columns - blockIndent(body.blocks?.[paragraph])), stats));

	// Characters before each paragraph, for progress and page estimates.
	const charsBefore = new Float64Array(paragraphs.length + 1);
	for (const [index, text] of paragraphs.entries()) charsBefore[index + 1] = charsBefore[index]! + text.length;
	const counter = new PageCounter(paragraphs.length, charsBefore, columns, layout);
	const last = paragraphs.length - 1;

	function line(paragraph: number, at: {start: number; end: number}): Row {
		return {paragraph, start: at.start, end: at.end};
	}

	function rowAt(position: Position): Row {
		const paragraph = Math.max(0, Math.min(last, Math.trunc(position.paragraph)));
		if (paragraph !== position.paragraph) return line(paragraph, paragraph < position.paragraph ? layout(paragraph).last() : layout(paragraph).first());
		if (position.char < 0) return paragraph === 0 ? line(0, layout(0).first()) : {paragraph, start: -1, end: -1};
		return line(paragraph, layout(paragraph).lineAt(position.char));
	}

	function nextRow(row: Row): Row | undefined {
		if (row.start < 0) return line(row.paragraph, layout(row.paragraph).first());
		const next = layout(row.paragraph).next(row);
		if (next) return line(row.paragraph, next);
		return row.paragraph < last ? {paragraph: row.paragraph + 1, start: -1, end: -1} : undefined;
	}

	function previousRow(row: Row): Row | undefined {
		if (row.start < 0) return line(row.paragraph - 1, layout(row.paragraph - 1).last());
		const previous = layout(row.paragraph).previous(row);
		if (previous) return line(row.paragraph, previous);
		return row.paragraph > 0 ? {paragraph: row.paragraph, start: -1, end: -1} : undefined;
	}

	/** `rows` rows on, or to the last; with `lines`, the blanks between paragraphs are stepped over, uncounted. */
	function forward(row: Row, rows: number, lines = false): Row {
		for (let step = 0; step < rows; step++) {
			const next = nextRow(row);
			if (!next) break;
			row = lines ? contentRow(next) : next;
		}

		return row;
	}

	function backward(row: Row, rows: number, lines = false): Row {
		for (let step = 0; step < rows; step++) {
			const previous = previousRow(row);
			if (!previous) break;
			row = lines && previous.start < 0 ? previousRow(previous)! : previous;
		}

		return row;
	}

	/** A page never starts on a blank separator row: it starts on the line after it. */
	function contentRow(row: Row): Row {
		return row.start < 0 ? nextRow(row)! : row;
	}

	/** The top of the last full page; one row lower when that would be a blank, so that page is a row short. */
	function endRow(height: number): Row {
		return contentRow(backward(line(last, layout(last).last()), rows(height) - 1));
	}

	/** `row`, but no further than `limit`, and no further back than `from` if that is already past it. */
	function clampTo(row: Row, limit: Row, from: Row): Position {
		if (comparePositions(position(row), position(limit)) <= 0) return position(row);
		return comparePositions(position(from), position(limit)) > 0 ? position(from) : position(limit);
	}

	/**
	 * Wraps the pages either side of `page` until `deadline`, a row (at most a
	 * chunk of wrapping) at a time; true when both are ready. Counting goes from
	 * the start, so without this a reader deep in a slow text (CJK costs
	 * wrap-ansi ~14 µs a character) would wrap each next page on the keypress.
	 */
	function warm(page: ShownPage, deadline: number): boolean {
		let ahead: Row | undefined = page.last;
		let behind: Row | undefined = page.first;
		// One row more each way: showing a page looks one row past it for atStart/atEnd.
		for (let step = 0; step <= page.height && (ahead ?? behind); step++) {
			if (performance.now() >= deadline) return false;
			ahead &&= nextRow(ahead);
			behind &&= previousRow(behind);
		}

		// nextPage stops at the last full page, so it needs the end of the work.
		endRow(page.height);
		return true;
	}

	/** The page last asked for, whose neighbours idle time should wrap first. */
	let shown: ShownPage | undefined;
	const home: Position = {paragraph: 0, char: 0};

	return {
		width: columns,

		page(top, height) {
			if (paragraphs.length === 0) return {lines: [], top: home, atStart: true, atEnd: true};
			const first = contentRow(rowAt(top));
			const lines: PageLine[] = [];
			let row: Row | undefined = first;
			let lastShown = first;
			for (let count = rows(height); row && count > 0; count--) {
				lines.push(row.start < 0 ? separatorLine : {text: paragraphs[row.paragraph]!.slice(row.start, row.end), ...row});
				lastShown = row;
				row = nextRow(row);
			}

			shown = {first, last: lastShown, height: rows(height)};
			return {lines, top: position(first), atStart: !previousRow(first), atEnd: !nextRow(lastShown)};
		},

		nextPage(top, height) {
			if (paragraphs.length === 0) return home;
			const from = contentRow(rowAt(top));
			return clampTo(contentRow(forward(from, rows(height))), endRow(height), from);
		},

		prevPage(top, height) {
			if (paragraphs.length === 0) return home;
			const from = contentRow(rowAt(top));
			const above = previousRow(from);
			if (!above) return position(from);
			// With a blank just above this page, the page before ends on the line above that blank, which
			// nextPage steps over; else on the line just above this page.
			const back = above.start < 0 ? backward(above, rows(height)) : backward(from, rows(height));
			// A page that would open on a blank starts a row lower: it then ends on the blank, or, without one
			// above this page, shows this page's top line again, so that paging back never skips a line.
			return position(contentRow(back));
		},

		lineDown(top, n, height) {
			if (paragraphs.length === 0) return home;
			const from = contentRow(rowAt(top));
			const moved = forward(from, n, true);
			return height === undefined ? position(moved) : clampTo(moved, endRow(height), from);
		},

		lineUp(top, n) {
			if (paragraphs.length === 0) return home;
			return position(backward(contentRow(rowAt(top)), n, true));
		},

		start() {
			if (paragraphs.length === 0) return home;
			return position(line(0, layout(0).first()));
		},

		end(height) {
			if (paragraphs.length === 0) return home;
			return position(endRow(height));
		},

		progress(top) {
			const total = charsBefore[paragraphs.length]!;
			if (total === 0) return 0;
			const paragraph = Math.max(0, Math.min(last, Math.trunc(top.paragraph)));
			const char = Math.max(0, Math.min(paragraphs[paragraph]!.length, top.char));
			return (charsBefore[paragraph]! + char) / total;
		},

		pageInfo(top, height) {
			if (paragraphs.length === 0) return {page: 1, pages: 1};
			const row = rowAt(top);
			const endIndex = counter.done() ? counter.rowIndex(endRow(height)) : null;
			return counter.pageInfo(row, rows(height), endIndex);
		},

		countPages(budgetMs) {
			const deadline = performance.now() + budgetMs;
			if (shown && !counter.done() && warm(shown, deadline)) shown = undefined;
			return counter.count(Math.max(0, deadline - performance.now()));
		},

		stats() {
			return {...stats};
		},
	};
}

function position(row: Row): Position {
	return {paragraph: row.paragraph, char: row.start};
}

function rows(height: number): number {
	return Math.max(1, Math.floor(height));
}
