import type {ParagraphLayout} from './paragraph-layout.js';
import {lastAtMost} from './sorted-search.js';

/** A row as the pager names it: a paragraph line, or with start -1 the separator above the paragraph. */
type RowRef = {
	paragraph: number;
	start: number;
	end: number;
};

/**
 * Counts screen rows from the start of the work in small timed steps, so that
 * a 400k-word book gets page numbers without ever blocking a keypress.
 * Counting wraps through the same layouts the pager shows, so the numbers
 * match what is on screen.
 */
export class PageCounter {
	/** Paragraphs before this one are fully wrapped and counted. */
	private frontier = 0;
	/** Row index of each counted paragraph's first line (and of the frontier's). */
	private readonly firstRows: number[] = [0];
	/** Page tops found so far for one page height (see `topsUpTo`). */
	private walk: {height: number; tops: number[]} = {height: 0, tops: [0]};

	constructor(
		private readonly paragraphCount: number,
		/** Characters before each paragraph (length paragraphCount + 1). */
		private readonly charsBefore: Float64Array,
		private readonly width: number,
		private readonly layout: (paragraph: number) => ParagraphLayout,
	) {}

	done(): boolean {
		return this.frontier === this.paragraphCount;
	}

	/** Counts for about `budgetMs`, at least one step; true once everything is counted. */
	count(budgetMs: number): boolean {
		const deadline = performance.now() + budgetMs;
		while (!this.done()) {
			const layout = this.layout(this.frontier);
			while (!layout.completeStep()) {
				if (performance.now() >= deadline) return false;
			}

			// The +1 is the separator row above the next paragraph.
			this.firstRows.push(this.firstRows[this.frontier]! + layout.lineCount() + 1);
			this.frontier++;
			if (performance.now() >= deadline) break;
		}

		return this.done();
	}

	/** The row's index from the top of the work; needs its paragraph counted. */
	rowIndex(row: RowRef): number {
		const first = this.firstRows[row.paragraph]!;
		return row.start < 0 ? first - 1 : first + this.layout(row.paragraph).indexOf(row);
	}

	/**
	 * Pages start where `nextPage` walks from the start: `height` rows apart,
	 * one more where that would be a blank separator; plus the last full page,
	 * whose top is row `endIndex` (null while counting).
	 */
	pageInfo(row: RowRef, height: number, endIndex: number | null): {page: number; pages: number | null} {
		if (row.paragraph >= this.frontier) return {page: Math.floor(this.estimate(row) / height) + 1, pages: null};
		const index = this.rowIndex(row);
		const tops = this.topsUpTo(endIndex === null ? index : Math.max(index, endIndex - 1), height);
		if (endIndex === null) return {page: lastAtMost(tops, index) + 1, pages: null};
		const pages = lastAtMost(tops, endIndex - 1) + 2;
		return {page: index >= endIndex ? pages : lastAtMost(tops, index) + 1, pages};
	}

	/** Page tops, as row indices, as `nextPage` walks them at `height`, up to row `index` (counted rows only). */
	private topsUpTo(index: number, height: number): number[] {
		if (this.walk.height !== height) this.walk = {height, tops: [0]};
		const {tops} = this.walk;
		for (let top = tops.at(-1)! + height; top <= index; top = tops.at(-1)! + height) tops.push(this.isSeparator(top) ? top + 1 : top);
		return tops;
	}

	/** Whether row `index` is the blank above a counted paragraph. */
	private isSeparator(index: number): boolean {
		const paragraph = lastAtMost(this.firstRows, index + 1);
		return paragraph > 0 && this.firstRows[paragraph] === index + 1;
	}

	/** Rows counted so far plus the uncounted characters before `row` at the density seen so far. */
	private estimate(row: RowRef): number {
		const counted = this.firstRows[this.frontier]!;
		const countedChars = this.charsBefore[this.frontier]!;
		const charsPerRow = counted > 0 && countedChars > 0 ? countedChars / counted : this.width;
		const chars = this.charsBefore[row.paragraph]! + Math.max(0, row.start) - countedChars;
		return counted + Math.floor(Math.max(0, chars) / charsPerRow);
	}
}
