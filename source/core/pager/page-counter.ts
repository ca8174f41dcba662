import type {ParagraphLayout} from './paragraph-layout.js';

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
	 * Pages are `height` rows apart from the start, plus the last full page,
	 * whose top is row `endIndex` (null while counting).
	 */
	pageInfo(row: RowRef, height: number, endIndex: number | null): {page: number; pages: number | null} {
		const index = row.paragraph < this.frontier ? this.rowIndex(row) : this.estimate(row);
		if (endIndex === null) return {page: Math.floor(index / height) + 1, pages: null};
		const pages = Math.ceil(endIndex / height) + 1;
		return {page: index >= endIndex ? pages : Math.floor(index / height) + 1, pages};
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
