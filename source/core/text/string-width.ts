import stringWidthOfClusters from 'string-width';

type Options = Parameters<typeof stringWidthOfClusters>[1];

/**
 * Characters that are one column wide on their own and never join another
 * into a grapheme cluster (no marks, joiners, emoji or East Asian wide forms):
 * printable ASCII, Latin-1 and the Latin extensions (less the soft hyphen),
 * and the General Punctuation of prose (dashes, curly quotes, ellipsis, primes).
 * A test checks each of them against string-width.
 */
const oneColumnEach = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E]*$/;

/**
 * string-width, with a shortcut for text made only of such characters (most
 * fic metadata and prose: "Café — “quoted”…"). string-width has one for ASCII
 * only, and takes ~65 µs for a short string with a curly quote (a grapheme
 * segmenter and an emoji regex per character); Ink and wrap-ansi measure every
 * word of every frame. The build (scripts/build.js) gives this function to
 * every package that imports string-width 8, so they all take the shortcut.
 */
export default function stringWidth(text: string, options?: Options): number {
	// An East Asian reader's option makes some of these two columns wide.
	if (typeof text === 'string' && options?.ambiguousIsNarrow !== false && oneColumnEach.test(text)) return text.length;
	return stringWidthOfClusters(text, options);
}
