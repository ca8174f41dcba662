/**
 * Stretches of a paragraph whose visual lines are known, as `ParagraphLayout`
 * keeps them: plain data and the small steps it takes on them.
 */
import type {Rows} from './wrap-range.js';

/** One visual line of a paragraph: [start, end) offsets into its text. */
export type Line = {
	start: number;
	end: number;
};

/**
 * A stretch of the paragraph whose lines are known: every line starting in
 * [from, to) is in `starts`/`ends`, and `to` is where the next unknown line
 * starts. `from` is where wrapping began: the paragraph start, a hard line
 * start, the end of an earlier run, or a resynchronization point.
 */
export type Run = Rows & {
	from: number;
	to: number;
	/** `to` is the paragraph end and the last line is known. */
	done: boolean;
};

export function emptyRun(at: number, done: boolean): Run {
	return {from: at, to: at, done, starts: [], ends: []};
}

export function covers(run: Run, pos: number): boolean {
	return run.from <= pos && (pos < run.to || run.done);
}

export function lineOf(run: Run, index: number): Line {
	return {start: run.starts[index]!, end: run.ends[index]!};
}

// Pushed one by one: concat would copy the whole run per chunk, quadratic over a 5 MB line.
export function append(run: Run, rows: Rows): void {
	for (const start of rows.starts) run.starts.push(start);
	for (const end of rows.ends) run.ends.push(end);
}
