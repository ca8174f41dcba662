/**
 * A place in a work: the first thing on screen. Layout-independent, so a
 * different terminal width or `--width` still lands on the same sentence.
 *
 * - `char >= 0`: the visual line that holds `paragraphs[paragraph][char]`.
 * - `char === -1`: the blank separator line just above `paragraph` (never
 *   paragraph 0). The pager no longer starts a page on one, but places saved
 *   by older versions may name it; the page then starts on the line after it.
 */
export type Position = {
	paragraph: number;
	char: number;
};

/** Reading order: negative when `a` comes first. A separator (-1) comes before its paragraph's text. */
export function comparePositions(a: Position, b: Position): number {
	return a.paragraph === b.paragraph ? a.char - b.char : a.paragraph - b.paragraph;
}
