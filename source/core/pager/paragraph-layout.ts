import {append, covers, emptyRun, lineOf, type Line, type Run} from './line-run.js';
import {lastAtMost} from './sorted-search.js';
import {wrapRange, type WrapStats} from './wrap-range.js';

// Forward chunks and backward windows are sized in lines of the pane, so a
// page costs a few wrap calls whatever the width.
const chunkLines = 12;
const windowLines = 32;
// Wrapping from an exact line start up to the wanted place is preferred while
// it is cheap: always within two chunks, and far longer for plain ASCII, which
// wrap-ansi wraps over 100 times faster than CJK (about 0.06 vs 14 µs a char).
const exactAsciiReach = 32_768;
const printableAscii = /^[\u0020-\u007E]*$/;
const space = 0x20;

/**
 * The visual lines of one paragraph at one width, wrapped lazily.
 *
 * Greedy wrapping is deterministic from a line start, so the paragraph is
 * wrapped in chunks that end just after a space (the last word is whole), and
 * the last row of each chunk, which later words could still fill, is dropped
 * and re-wrapped with the next chunk. Chunked lines thus equal whole-paragraph
 * lines.
 *
 * Far into a long paragraph (a resumed position, the end of a 5 MB line), where
 * wrapping from a known line start would not be cheap (see `cheap`), the layout
 * anchors a run at the wanted character, which becomes a line start; when lines
 * before a run are needed it resynchronizes at a word boundary a window earlier
 * and breaks the last row at the run start. Line breaks before such an anchor may therefore
 * differ slightly from a from-the-start wrap (a short line at each window
 * joint); lines never change once computed, so the place on screen stays put.
 */
export class ParagraphLayout {
	/** Sorted, disjoint; adjacent runs are merged as soon as they touch. */
	private readonly runs: Run[] = [];
	/** Offsets of the paragraph's `\n`s: hard line breaks, which wrapping never crosses. */
	private readonly breaks: number[] = [];
	private readonly chunk: number;
	private readonly window: number;

	constructor(
		private readonly text: string,
		private readonly width: number,
		private readonly stats: WrapStats,
	) {
		for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.breaks.push(index);
		this.chunk = Math.max(256, width * chunkLines);
		this.window = Math.max(512, width * windowLines);
	}

	/**
	 * The line showing `char` (clamped to the paragraph). Spaces dropped at a wrap
	 * point count as part of the line before them, those opening a hard line as
	 * part of its first line; past the end means the last line.
	 */
	lineAt(char: number): Line {
		const pos = this.clamp(char);
		for (;;) {
			const index = this.cover(pos);
			const run = this.runs[index]!;
			const line = lastAtMost(run.starts, pos);
			if (line >= 0) return lineOf(run, line);
			if (run.starts.length > 0 && run.from === this.hardLineStart(run.from)) return lineOf(run, 0);
			// An anchor placed on spaces: the line before it shows them.
			this.backfill(index);
		}
	}

	first(): Line {
		return this.lineAt(0);
	}

	last(): Line {
		return this.lineAt(this.text.length);
	}

	/** The line after `line` (a line of this layout), or null at the paragraph end. */
	next(line: Line): Line | null {
		for (;;) {
			const index = this.runIndex(line.start);
			const run = this.runs[index]!;
			const at = lastAtMost(run.starts, line.start);
			if (at + 1 < run.starts.length) return lineOf(run, at + 1);
			if (run.done) return null;
			this.extend(index);
		}
	}

	/** The line before `line` (a line of this layout), or null at the paragraph start. */
	previous(line: Line): Line | null {
		for (;;) {
			const index = this.runIndex(line.start);
			const run = this.runs[index]!;
			const at = lastAtMost(run.starts, line.start);
			if (at > 0) return lineOf(run, at - 1);
			if (run.from === 0) return null;
			this.backfill(index);
		}
	}

	/** All lines known, in one run from the paragraph start. */
	complete(): boolean {
		const run = this.runs[0];
		return this.runs.length === 1 && run!.from === 0 && run!.done;
	}

	/** One bounded step (about one chunk of wrapping) towards `complete()`; returns `complete()`. */
	completeStep(): boolean {
		if (this.complete()) return true;
		if (this.runs[0]?.from === 0) this.extend(0);
		else this.cover(0);
		return this.complete();
	}

	/** Number of lines; only meaningful once `complete()`. */
	lineCount(): number {
		return this.runs[0]?.starts.length ?? 0;
	}

	/** Index of `line` among all lines; only meaningful once `complete()`. */
	indexOf(line: Line): number {
		return lastAtMost(this.runs[0]?.starts ?? [], line.start);
	}

	private clamp(char: number): number {
		const pos = Math.max(0, Math.min(this.text.length, Math.trunc(char)));
		// Never start a line between the halves of a surrogate pair.
		return isLowSurrogate(this.text.charCodeAt(pos)) && isHighSurrogate(this.text.charCodeAt(pos - 1)) ? pos - 1 : pos;
	}

	/** Index of the run holding `pos`, creating or extending runs as needed. */
	private cover(pos: number): number {
		let index = this.runIndex(pos);
		const before = this.runs[index];
		if (before && covers(before, pos)) return index;

		const known = Math.max(this.hardLineStart(pos), before?.to ?? 0);
		if (this.cheap(known, pos)) {
			// Exact: wrap forward from a line start every layout agrees on.
			if (before?.to !== known) this.runs.splice(++index, 0, emptyRun(known, false));
		} else {
			// Anchor: `pos` itself becomes a line start.
			this.runs.splice(++index, 0, emptyRun(pos, pos === this.text.length));
		}

		while (!covers(this.runs[index]!, pos)) this.extend(index);
		return index;
	}

	/** Wraps one more stretch after run `index`, merging with the next run when they meet. */
	private extend(index: number): void {
		const run = this.runs[index]!;
		if (run.done) return;
		const next = this.runs[index + 1];
		const from = run.to;
		const lineEnd = this.hardLineEnd(from);
		// The next run's first line is fixed, so the rows before it must end there.
		const stop = next && next.from <= lineEnd ? next.from : lineEnd;
		const atLineStart = from === this.hardLineStart(from);

		for (let size = this.chunk; ; size *= 2) {
			if (stop - from <= size) {
				append(run, wrapRange(this.text, from, stop, this.width, atLineStart, this.stats));
				if (stop === lineEnd && stop === this.text.length) {
					run.to = stop;
					run.done = true;
				} else {
					run.to = stop === lineEnd ? stop + 1 : stop;
				}

				break;
			}

			const cut = this.chunkEnd(from, from + size);
			const rows = wrapRange(this.text, from, cut, this.width, atLineStart, this.stats);
			const kept = rows.starts.length - 1;
			// The dropped row's start is where the next chunk resumes.
			const resume = rows.starts[kept] ?? from;
			if (kept >= 1 && resume > from) {
				append(run, {starts: rows.starts.slice(0, kept), ends: rows.ends.slice(0, kept)});
				run.to = resume;
				break;
			}
		}

		if (next && run.to === next.from) this.merge(index);
	}

	/** Wraps a window before run `index`, resynchronizing at a word boundary when the exact start is too far. */
	private backfill(index: number): void {
		const run = this.runs[index]!;
		const before = this.runs[index - 1];
		const start = run.from;
		// The end run (anchored at the paragraph end) still needs its last line;
		// after a `\n` the rows end at the hard line end; otherwise the last row is cut at `start`.
		const end = (start === this.text.length && run.starts.length === 0) || this.text[start - 1] !== '\n' ? start : start - 1;
		const lineStart = this.hardLineStart(end);
		const known = Math.max(lineStart, before?.to ?? 0);
		const from = this.cheap(known, end) || end - this.window <= known ? known : this.resyncPoint(end - this.window, end);
		const rows = wrapRange(this.text, from, end, this.width, from === lineStart, this.stats);
		// Prepending copies the run; a window is small and backward reading is rare, so that is cheap enough.
		run.starts = rows.starts.concat(run.starts);
		run.ends = rows.ends.concat(run.ends);
		run.from = from;
		if (before && before.to === from) this.merge(index - 1);
	}

	private merge(index: number): void {
		const run = this.runs[index]!;
		const next = this.runs[index + 1]!;
		append(run, next);
		run.to = next.to;
		run.done = next.done;
		this.runs.splice(index + 1, 1);
	}

	private cheap(from: number, to: number): boolean {
		const length = to - from;
		return length <= this.chunk * 2 || (length <= exactAsciiReach && printableAscii.test(this.text.slice(from, to)));
	}

	/** Just after the last space before `limit` so the chunk's last word is whole; `limit` when there is none. */
	private chunkEnd(from: number, limit: number): number {
		// Searched in a slice (O(1) in V8) so a line with no spaces is not rescanned to its start on every chunk.
		const lastSpace = this.text.slice(from, limit).lastIndexOf(' ');
		if (lastSpace > 0) return from + lastSpace + 1;
		return isHighSurrogate(this.text.charCodeAt(limit - 1)) ? limit - 1 : limit;
	}

	/** The first word start in (`near`, `end`), or `near` itself (pair-safe) when there is none. */
	private resyncPoint(near: number, end: number): number {
		const nextSpace = this.text.slice(near, end).indexOf(' ');
		if (nextSpace !== -1) {
			const word = this.skipSpaces(near + nextSpace);
			if (word < end) return word;
		}

		return isLowSurrogate(this.text.charCodeAt(near)) ? near + 1 : near;
	}

	private skipSpaces(pos: number): number {
		while (this.text.charCodeAt(pos) === space) pos++;
		return pos;
	}

	private runIndex(pos: number): number {
		let low = 0;
		let high = this.runs.length - 1;
		while (low <= high) {
			const middle = (low + high) >>> 1;
			if (this.runs[middle]!.from <= pos) low = middle + 1;
			else high = middle - 1;
		}

		return high;
	}

	private hardLineStart(pos: number): number {
		const index = lastAtMost(this.breaks, pos - 1);
		return index === -1 ? 0 : this.breaks[index]! + 1;
	}

	private hardLineEnd(pos: number): number {
		const index = lastAtMost(this.breaks, pos - 1) + 1;
		return this.breaks[index] ?? this.text.length;
	}
}

function isHighSurrogate(code: number): boolean {
	return code >= 0xD8_00 && code <= 0xDB_FF;
}

function isLowSurrogate(code: number): boolean {
	return code >= 0xDC_00 && code <= 0xDF_FF;
}
