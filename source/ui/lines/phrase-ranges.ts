import {phraseSpans} from '../../core/grep/find-phrase.js';

/**
 * Where the folded `phrase` (see `foldPhrase`) occurs in `text`, as
 * inclusive [start, end] code-unit ranges (as `HighlightText` takes them): a snippet as drawn (made safe, cut to the
 * width) is searched again, so the ranges fit what is on screen.
 */
export function phraseRanges(text: string, phrase: string): Array<[number, number]> {
	return phraseSpans(text, phrase).map(([start, end]) => [start, end - 1]);
}
