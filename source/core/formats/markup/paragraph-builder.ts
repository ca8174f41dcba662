/**
 * Builds one paragraph from runs of text, collapsing white space as a
 * browser does and keeping emphasis as spans in the final text's offsets.
 */
import type {InlineStyle, StyleSpan} from '../../work.js';

/** One bit per style, so a run's styles are one number. */
export const STYLE_BITS: Readonly<Record<InlineStyle, number>> = {italic: 1, bold: 2, underline: 4, strike: 8};
const STYLES = Object.keys(STYLE_BITS) as InlineStyle[];

// Sanitized text holds no tab, CR or form feed: these are all of HTML's white space (a no-break space is not).
const SPACES = /[ \n]+/g;
// Any white space, no-break spaces too: a paragraph is trimmed of them all.
const VISIBLE = /\S/;

// An image's placeholder is set apart from words, but not from the brackets and punctuation around it: `([image]).`
const OPENS = /[([{\u201c\u2018\u00ab]$/;
const CLOSES = /^[)\]}.,;:!?\u2019\u201d\u00bb\u2026]/;

type Run = {start: number; end: number; mask: number};

export type BuiltParagraph = {text: string; spans: StyleSpan[]};

export class ParagraphBuilder {
	private text = '';
	private runs: Run[] = [];
	/** Styles of the last character, so that the space between two italic words is italic too. */
	private lastMask = 0;
	private spaceBefore = false;
	/** After a placeholder: a space before the next words unless they open with closing punctuation. */
	private spaceUnlessClosing = false;

	/** True until something visible has been added. */
	isEmpty(): boolean {
		return this.text === '';
	}

	/** Whether the text is a single trailing line break so far, so that a second one can end the paragraph. */
	endsWithBreak(): boolean {
		return this.text.endsWith('\n');
	}

	/** Whether the text has anything but white space. */
	static isVisible(text: string): boolean {
		return VISIBLE.test(text);
	}

	add(text: string, mask: number): void {
		// One replace rather than a split into words: a long body has hundreds of thousands of text runs.
		let words = text.replace(SPACES, ' ');
		if (words.startsWith(' ')) {
			this.spaceBefore = true;
			words = words.slice(1);
		}

		const spaceAfter = words.endsWith(' ');
		if (spaceAfter) {
			words = words.slice(0, -1);
		}

		if (words !== '') {
			const space = this.spaceBefore || (this.spaceUnlessClosing && !CLOSES.test(words));
			if (space && this.text !== '' && !this.text.endsWith('\n')) {
				this.append(' ', this.lastMask & mask);
			}

			this.append(words, mask);
			this.spaceBefore = false;
			this.spaceUnlessClosing = false;
		}

		this.spaceBefore ||= spaceAfter;
	}

	/** What ficread writes in place of markup (`[image: alt]`): a word of its own, but touching the punctuation next to it. */
	addPlaceholder(text: string, mask: number): void {
		this.spaceBefore ||= !OPENS.test(this.text);
		this.add(text, mask);
		this.spaceUnlessClosing = true;
	}

	/** A `<br>`: a line break inside the paragraph; none at its start. */
	addBreak(): void {
		if (this.text !== '') {
			this.append('\n', 0);
		}

		this.spaceBefore = false;
		this.spaceUnlessClosing = false;
	}

	/**
	 * The paragraph, trimmed, or null when it has no text; the builder starts
	 * a new one. Trimmed of every white space, no-break spaces too: a
	 * `<p>&nbsp;</p>` spacer is no paragraph, and an indent of them no text.
	 */
	finish(): BuiltParagraph | null {
		const untrimmed = this.text;
		const runs = this.runs;
		this.text = '';
		this.runs = [];
		this.lastMask = 0;
		this.spaceBefore = false;
		this.spaceUnlessClosing = false;
		const text = untrimmed.trim();
		if (text === '') {
			return null;
		}

		const offset = untrimmed.length - untrimmed.trimStart().length;
		return {text, spans: spansOf(runs, offset, text.length)};
	}

	private append(text: string, mask: number): void {
		const start = this.text.length;
		this.text += text;
		this.lastMask = mask;
		if (mask === 0) {
			return;
		}

		const last = this.runs.at(-1);
		if (last !== undefined && last.end === start && last.mask === mask) {
			last.end = this.text.length;
		} else {
			this.runs.push({start, end: this.text.length, mask});
		}
	}
}

/** One span per stretch of each style, in the offsets of the text trimmed of `offset` units at its start and cut at `length`. */
function spansOf(runs: readonly Run[], offset: number, length: number): StyleSpan[] {
	const spans: StyleSpan[] = [];
	for (const style of STYLES) {
		let open: StyleSpan | undefined;
		for (const run of runs) {
			const start = Math.max(run.start - offset, 0);
			const end = Math.min(run.end - offset, length);
			if (start >= end || (run.mask & STYLE_BITS[style]) === 0) {
				continue;
			}

			if (open !== undefined && open.end === start) {
				open.end = end;
			} else {
				open = {start, end, style};
				spans.push(open);
			}
		}
	}

	return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}
