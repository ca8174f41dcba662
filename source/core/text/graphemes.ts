// Made on first use, not as the module loads: many runs (--list, --help) never cut or wrap text.
let segmenter: Intl.Segmenter | undefined;

/** Grapheme clusters, so a cut never splits an emoji sequence or a combining mark. */
export function* graphemes(text: string): Iterable<string> {
	segmenter ??= new Intl.Segmenter();
	for (const {segment} of segmenter.segment(text)) yield segment;
}
