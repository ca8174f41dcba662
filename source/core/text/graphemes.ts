// Made on first use: the first Intl object loads ICU's data (about 15 ms), which
// a run that never cuts or wraps text (--list of ASCII titles, --help) need not pay.
let segmenter: Intl.Segmenter | undefined;

/** Grapheme clusters, so a cut never splits an emoji sequence or a combining mark. */
export function* graphemes(text: string): Iterable<string> {
	segmenter ??= new Intl.Segmenter();
	for (const {segment} of segmenter.segment(text)) yield segment;
}
