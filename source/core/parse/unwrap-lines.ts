/**
 * Undoes FanFicFare's line wrapping. Its text writer passes the title page
 * through Python's `textwrap` and the chapters through html2text, both at 78
 * columns by default, so a line was wrapped exactly when the next word would
 * not have fitted on it; any other line break is the author's.
 */

import {isBlank, isIndented} from './split-paragraphs.js';

const wrapWidth = 78;

/** A paragraph re-joined from wrapped lines, with the layout facts that mark FanFicFare's chapter titles. */
export type UnwrappedParagraph = {
	text: string;
	/** The first line started with whitespace: FanFicFare indents chapter titles with a tab. */
	indented: boolean;
	/** Blank lines before the paragraph. */
	gap: number;
};

/** True when the break between `line` and `next` came from the wrapper, not the author. */
export function isWrapped(line: string, next: string): boolean {
	// html2text writes a <br> as two trailing spaces; continuation lines never start with whitespace.
	if (line.endsWith('  ') || isIndented(next)) {
		return false;
	}

	const wordEnd = next.search(/\s/);
	const nextWord = wordEnd === -1 ? next.length : wordEnd;
	return line.trimEnd().length + 1 + nextWord > wrapWidth;
}

/** Joins a wrapped line to the text before it; `textwrap` also breaks after the hyphen of `well-known`. */
export function joinWrapped(text: string, next: string): string {
	const hyphenBreak = /[\p{L}\p{N}]-{1,2}$/u.test(text) && /^[\p{L}\p{N}]/u.test(next);
	return hyphenBreak ? text + next : `${text} ${next}`;
}

/** A lone indented line right above unindented text is a chapter title with no blank line under it. */
function isTitleAboveText(current: UnwrappedParagraph, previous: string, line: string): boolean {
	return current.indented && current.text === previous.trim() && !isIndented(line) && !isWrapped(previous, line);
}

/** Re-joins `lines[from..to)` into paragraphs separated by blank lines. */
export function unwrapParagraphs(lines: readonly string[], from: number, to: number): UnwrappedParagraph[] {
	const paragraphs: UnwrappedParagraph[] = [];
	let current: UnwrappedParagraph | undefined;
	let previous = '';
	let gap = 0;
	for (let index = from; index < to; index++) {
		const line = lines[index]!;
		if (isBlank(line)) {
			current = undefined;
			gap++;
		} else if (current === undefined || isTitleAboveText(current, previous, line)) {
			current = {text: line.trim(), indented: isIndented(line), gap};
			paragraphs.push(current);
			gap = 0;
		} else {
			current.text = isWrapped(previous, line) ? joinWrapped(current.text, line.trim()) : `${current.text}\n${line.trimEnd()}`;
		}

		previous = line;
	}

	return paragraphs;
}

/** Joins a short run of wrapped lines, such as a long title, into one line. */
export function joinWrappedLines(lines: readonly string[]): string {
	return lines.map(line => line.trim()).reduce((text, line) => (text === '' ? line : joinWrapped(text, line)), '');
}
