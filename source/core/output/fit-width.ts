import stringWidth from 'string-width';
import {graphemes} from '../text/graphemes.js';

/**
 * Cuts `text` to at most `width` terminal columns, ending in `…` when cut.
 * Counts columns, not code units, so CJK and emoji line up.
 */
export function truncateToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	return `${leadingWithin(graphemes(text), width - 1).join('')}…`;
}

/**
 * Cuts the start off `text` to at most `width` columns, beginning with `…`
 * when cut: for a line being typed, whose end is where the typing happens.
 */
export function truncateStartToWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (stringWidth(text) <= width) return text;
	return `…${leadingWithin([...graphemes(text)].reverse(), width - 1).reverse().join('')}`;
}

/** The graphemes `chars` starts with that fit in `width` columns together. */
function leadingWithin(chars: Iterable<string>, width: number): string[] {
	const kept: string[] = [];
	let used = 0;
	for (const char of chars) {
		const charWidth = stringWidth(char);
		if (used + charWidth > width) break;
		kept.push(char);
		used += charWidth;
	}

	return kept;
}

/** Pads (or cuts) `text` to exactly `width` columns. */
export function padToWidth(text: string, width: number): string {
	const cut = truncateToWidth(text, width);
	return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}
