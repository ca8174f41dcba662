import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import {graphemes} from '../text/graphemes.js';
import {onFirstUse} from '../text/on-first-use.js';

/** What wrapping has cost so far; lets tests prove that a big text was not wrapped whole. */
export type WrapStats = {
	/** Calls into wrap-ansi. */
	wrapCalls: number;
	/** Characters handed to wrap-ansi, counted once per call (re-wraps count again). */
	wrappedChars: number;
};

/** Visual rows as parallel arrays of [start, end) offsets into the paragraph. */
export type Rows = {
	starts: number[];
	ends: number[];
};

// Hard: a word wider than the pane is broken rather than overflowing it.
// Trim: spaces at a wrap point vanish instead of indenting the next row.
const wrapOptions = {hard: true, trim: true} as const;

// What String#trimStart removes, which is what wrap-ansi trims at a row start.
const whitespace = /\s/;
const allWhitespace = /^\s+$/;
const invisibleLast = onFirstUse(() => /[\s\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}]$/u);
const invisibleTail = onFirstUse(() => /[\s\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}]+$/u);

/**
 * Wraps `text[from, to)` with wrap-ansi and maps each row back to source offsets.
 * The range must not hold a `\n` (callers wrap one hard line at a time).
 *
 * Rows are source slices minus the whitespace wrap-ansi trims at wrap points, so
 * a row is found by skipping whitespace and matching it in place; the helpers
 * below cover the few ways wrap-ansi's output strays from the source.
 *
 * An all-whitespace range wraps to nothing, unless it starts a hard line
 * (`atLineStart`): an empty line is still a line on screen.
 */
export function wrapRange(text: string, from: number, to: number, width: number, atLineStart: boolean, stats: WrapStats): Rows {
	stats.wrapCalls++;
	stats.wrappedChars += to - from;
	const wrapped = wrapAnsi(text.slice(from, to), width, wrapOptions);
	if (wrapped === '') return atLineStart ? {starts: [from], ends: [from]} : {starts: [], ends: []};

	const starts: number[] = [];
	const ends: number[] = [];
	let cursor = from;
	for (const row of wrapped.split('\n')) {
		let start = rowStart(text, cursor, to, row);
		let end = start + row.length;
		if (!text.startsWith(row, start)) ({start, end} = align(text, start, to, row));
		// Rows must stay in order and in range whatever wrap-ansi printed, so a surprise cannot stall the layout.
		end = Math.min(Math.max(end, start), to);
		start = Math.min(start, end);
		starts.push(start);
		ends.push(invisibleLast().test(row) ? visibleEnd(text, start, end, width) : end);
		cursor = end;
	}

	return {starts, ends};
}

/**
 * Where a row starts: at `cursor` if it matches there, else past the whitespace
 * wrap-ansi trimmed before it. It trims with String#trimStart, but not always
 * (a row's only word keeps a leading ideographic space), so whitespace the row
 * begins with is looked for just before the row's first visible character, or
 * for a row of nothing else, at the first place it occurs.
 */
function rowStart(text: string, cursor: number, limit: number, row: string): number {
	if (text.startsWith(row, cursor)) return cursor;
	let first = cursor;
	while (first < limit && whitespace.test(text[first]!)) first++;
	const kept = row.slice(0, row.length - row.trimStart().length);
	if (kept === '') return first;
	if (kept === row) {
		const at = text.slice(cursor, first).indexOf(kept);
		return at === -1 ? cursor : cursor + at;
	}

	for (let at = first - kept.length; at >= cursor; at--) if (text.startsWith(kept, at)) return at;
	return cursor;
}

/**
 * The source range that wrap-ansi printed as `row`, matched grapheme by grapheme
 * from `start`, for when wrap-ansi's output strays from the source: it
 * NFC-normalizes its input, and drops the space after a zero-width word (a
 * stray U+200B) at a row start. The row then starts after that space, leaving
 * the invisible word in the gap, so the slice is no wider than the row.
 */
function align(text: string, start: number, limit: number, row: string): {start: number; end: number} {
	let rowStart = start;
	let matched = 0;
	let end = start;
	for (const segment of graphemes(text.slice(start, limit))) {
		if (matched >= row.length) break;
		const normalized = segment.normalize();
		end += segment.length;
		if (row.startsWith(normalized, matched) || !allWhitespace.test(segment)) matched += normalized.length;
		else if (stringWidth(row.slice(0, matched)) === 0) rowStart = end;
	}

	return {start: rowStart, end};
}

/**
 * wrap-ansi can overfill a row by a space when a zero-width word follows it and
 * so keeps it from being trimmed; such a tail is invisible, so it is left out
 * of the row (into the gap between rows) to keep every row within the width.
 */
function visibleEnd(text: string, start: number, end: number, width: number): number {
	const slice = text.slice(start, end);
	return stringWidth(slice) > width ? start + slice.replace(invisibleTail(), '').length : end;
}
