import wrapAnsi from 'wrap-ansi';
import type {BlockStyle, InlineStyle, WorkBody} from '../work.js';

export type PrintOptions = {
	/** Wrap each paragraph to this many columns; null leaves lines as they are. */
	width: number | null;
	/** Mark italics as `_x_` and bold as `*x*` (plain text has no other way to show them). */
	emphasis: boolean;
};

const marks: Partial<Record<InlineStyle, string>> = {italic: '_', bold: '*'};

/**
 * The `--print` text: paragraphs separated by one blank line, each wrapped to
 * `width` columns when a width is given, left as they are otherwise. Plain
 * text by default, so that a pipe into `wc -w` or `grep` sees the words alone.
 */
export function formatWorkText(body: WorkBody, {width, emphasis}: PrintOptions): string {
	const paragraphs = body.paragraphs.map((paragraph, index) => {
		const block = body.blocks?.[index];
		const text = emphasis && block ? withEmphasis(paragraph, block) : paragraph;
		return width === null ? text : wrapAnsi(text, width, {hard: true, trim: true});
	});
	return paragraphs.join('\n\n') + '\n';
}

type Run = {start: number; end: number; mark: string};

/** The marked runs of a block, with runs of one style that touch or overlap joined (`_ab__ cd_` reads as two). */
function markedRuns(block: BlockStyle): Run[] {
	const runs: Run[] = [];
	const sorted = [...(block.spans ?? [])].sort((a, b) => a.start - b.start);
	for (const span of sorted) {
		const mark = marks[span.style];
		if (mark === undefined || span.end <= span.start) continue;
		const last = runs.findLast(run => run.mark === mark);
		if (last && last.end >= span.start) last.end = Math.max(last.end, span.end);
		else runs.push({start: span.start, end: span.end, mark});
	}

	return runs;
}

/** The paragraph with `_`/`*` around its italic and bold runs, nested so that an inner run closes first. */
function withEmphasis(paragraph: string, block: BlockStyle): string {
	const inserts = markedRuns(block).flatMap((run, order) => [
		{at: run.start, closing: false, run, order},
		{at: run.end, closing: true, run, order},
	]);
	inserts.sort((a, b) => {
		if (a.at !== b.at) return a.at - b.at;
		if (a.closing !== b.closing) return a.closing ? -1 : 1;
		// Opening: the longer run first, then in order; closing: exactly the reverse.
		const opening = b.run.end - a.run.end || a.order - b.order;
		return a.closing ? b.run.start - a.run.start || -opening : opening;
	});
	let out = '';
	let at = 0;
	for (const insert of inserts) {
		out += paragraph.slice(at, insert.at) + insert.run.mark;
		at = insert.at;
	}

	return out + paragraph.slice(at);
}
