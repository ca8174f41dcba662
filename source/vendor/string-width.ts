import stringWidthOfClusters from 'string-width';
import {type CodePointRanges, madeOnlyOf} from './code-point-ranges.js';

type Options = Parameters<typeof stringWidthOfClusters>[1];

/**
 * Characters that are one column wide on their own and never join another
 * into a grapheme cluster (no marks, joiners, emoji or East Asian wide forms):
 * printable ASCII, Latin-1 and the Latin extensions (less the soft hyphen),
 * the General Punctuation of prose (dashes, curly quotes, ellipsis, primes),
 * and the symbols ficread draws its own screen with: currency and letterlike
 * symbols, arrows, math operators, box drawing, blocks and shapes (less the two
 * emoji squares), and the text-style stars and check marks. Without those
 * symbols the status bar's `│` and `↑` alone cost every start ~45 ms here:
 * string-width compiled its emoji regex for them. A test checks each character
 * against string-width.
 */
export const oneColumnRanges: CodePointRanges = [
	[0x20, 0x7e],
	[0xa0, 0xac],
	[0xae, 0x2ff],
	[0x20_10, 0x20_27],
	[0x20_30, 0x20_5e],
	[0x20_a0, 0x20_c0],
	[0x21_00, 0x21_4f],
	[0x21_90, 0x22_ff],
	[0x25_00, 0x25_fc],
	[0x26_00, 0x26_13],
	[0x27_0c, 0x27_27],
];

const oneColumnEach = madeOnlyOf(oneColumnRanges);

/** Whether each character of the text is one of those: one column, one grapheme, no escapes. */
export function eachOneColumn(text: string): boolean {
	return oneColumnEach.test(text);
}

/** Colours and weights (SGR), the only escapes Ink writes into a frame's text. */
const styleCodes = /\u001B\[[\d;]*m/g;

/**
 * The width of text made only of one-column characters and colour codes (its
 * length less the codes, as string-width counts it); undefined for any other text.
 */
function oneColumnWidth(text: string): number | undefined {
	if (eachOneColumn(text)) return text.length;
	if (!text.includes('\u001B')) return undefined;
	const plain = text.replaceAll(styleCodes, '');
	return eachOneColumn(plain) ? plain.length : undefined;
}

/**
 * string-width, with a shortcut for text made only of such characters (most
 * fic metadata and prose: "Café — “quoted”…"). string-width has one for ASCII
 * only, and takes ~65 µs for a short string with a curly quote (a grapheme
 * segmenter and an emoji regex per character); Ink and wrap-ansi measure every
 * word of every frame. The build (scripts/build/stand-ins.js) gives this function to
 * every package that imports string-width 8, so they all take the shortcut.
 * Styled text (a list row, `▸ Title · 12k`, drawn in colours) takes it too once
 * its colour codes are dropped, as string-width drops them; any other escape
 * left in it sends it to string-width.
 */
export default function stringWidth(text: string, options?: Options): number {
	// An East Asian reader's option makes some of these two columns wide.
	if (typeof text === 'string' && options?.ambiguousIsNarrow !== false) {
		const width = options?.countAnsiEscapeCodes === true ? (eachOneColumn(text) ? text.length : undefined) : oneColumnWidth(text);
		if (width !== undefined) return width;
	}

	return stringWidthOfClusters(text, options);
}
