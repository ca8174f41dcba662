/**
 * A place in a work: the first thing on screen. Layout-independent, so a
 * different terminal width or `--width` still lands on the same sentence.
 *
 * - `char >= 0`: the visual line that holds `paragraphs[paragraph][char]`.
 * - `char === -1`: the blank separator line just above `paragraph` (never
 *   paragraph 0). Paging moves by whole screen rows and separators are rows,
 *   so a page may start on one; naming it keeps next/previous page exact inverses.
 */
export type Position = {
	paragraph: number;
	char: number;
};

/** Reading order: negative when `a` comes first. A separator (-1) comes before its paragraph's text. */
export function comparePositions(a: Position, b: Position): number {
	return a.paragraph === b.paragraph ? a.char - b.char : a.paragraph - b.paragraph;
}
