import {FastSegmenter} from './fast-segmenter.js';

// Made on first use, not as the module loads: many runs (--list, --help) never cut or wrap text.
let segmenter: FastSegmenter | undefined;

/** Grapheme clusters, so a cut never splits an emoji sequence or a combining mark. */
export function* graphemes(text: string): Iterable<string> {
	segmenter ??= new FastSegmenter();
	for (const {segment} of segmenter.segment(text)) yield segment;
}
