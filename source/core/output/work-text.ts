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
		return width === null ? text : wrapParagraph(text, width);
	});
	return paragraphs.join('\n\n') + '\n';
}

/**
 * A paragraph longer than this is wrapped a piece at a time: wrap-ansi takes
 * ~45 bytes of memory per character of what it wraps (2.2 GB for a 50 MB
 * download on one line).
 */
const pieceChars = 64 * 1024;

/**
 * `text` wrapped as wrap-ansi wraps it (`hard`, `trim`), a piece of about
 * `piece` characters at a time. Each piece ends before spaces, and its last
 * line, which the words after it could still fill, starts the next piece:
 * every other line is final, as a line of greedy wrapping is once a word
 * after it does not fit.
 */
export function wrapParagraph(text: string, width: number, piece = pieceChars): string {
	const options = {hard: true, trim: true};
	if (text.length <= piece) return wrapAnsi(text, width, options);
	// Each piece's final lines, joined: a piece that is one long word wraps to more lines than a call takes arguments.
	const pieces: string[] = [];
	let carried = '';
	for (let at = 0; at < text.length; ) {
		const end = pieceEnd(text, at, piece);
		const wrapped = wrapAnsi(carried + text.slice(at, end), width, options);
		const lastBreak = end < text.length ? wrapped.lastIndexOf('\n') : -1;
		carried = end < text.length ? wrapped.slice(lastBreak + 1) : '';
		if (end === text.length) pieces.push(wrapped);
		else if (lastBreak >= 0) pieces.push(wrapped.slice(0, lastBreak));
		at = end;
	}

	return pieces.join('\n');
}

/**
 * Where a piece of `text` from `at` ends: before the last run of spaces
 * within `piece` characters that follows a word of the piece, else after its
 * first word. Never inside a word (hard wrapping places a long word by its
 * whole length), nor inside a run of spaces (trimmed at a piece's end).
 */
function pieceEnd(text: string, at: number, piece: number): number {
	if (at + piece >= text.length) return text.length;
	let wordStart = at;
	while (text[wordStart] === ' ') wordStart++;
	let space = text.lastIndexOf(' ', at + piece);
	while (space > wordStart && text[space - 1] === ' ') space--;
	if (space > wordStart) return space;
	const next = text.indexOf(' ', wordStart);
	return next === -1 ? text.length : next;
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
