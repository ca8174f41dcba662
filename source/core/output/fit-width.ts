import stringWidth from '../text/string-width.js';
import {graphemes} from '../text/graphemes.js';

/**
 * Cuts `text` to at most `width` terminal columns, ending in `…` when cut.
 * Counts columns, not code units, so CJK and emoji line up.
 */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	let result = '';
	let used = 0;
	for (const char of graphemes(text)) {
		const charWidth = stringWidth(char);
		if (used + charWidth > width - 1) break;
		result += char;
		used += charWidth;
	}

	return `${result}…`;
}

/**
 * Cuts the start off `text` to at most `width` columns, beginning with `…`
 * when cut: for a line being typed, whose end is where the typing happens.
 */
export function truncateStartToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	const kept: string[] = [];
	let used = 0;
	for (const char of [...graphemes(text)].reverse()) {
		const charWidth = stringWidth(char);
		if (used + charWidth > width - 1) break;
		kept.push(char);
		used += charWidth;
	}

	return `…${kept.reverse().join('')}`;
}

/** Pads (or cuts) `text` to exactly `width` columns. */
export function padToWidth(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
