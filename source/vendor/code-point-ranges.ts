/** Inclusive ranges of code points. */
export type CodePointRanges = ReadonlyArray<readonly [first: number, last: number]>;

/** A regex that matches text made only of code points in `ranges` (empty text too). */
export function madeOnlyOf(ranges: CodePointRanges): RegExp {
	const escape = (codePoint: number) => String.raw`\u{${codePoint.toString(16)}}`;
	return new RegExp(`^[${ranges.map(([first, last]) => `${escape(first)}-${escape(last)}`).join('')}]*$`, 'u');
}
