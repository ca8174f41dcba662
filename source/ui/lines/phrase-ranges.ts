import {foldForPhrase} from '../../core/grep/find-phrase.js';

/**
 * Where the folded `phrase` (see `foldPhrase`) occurs in `text`, as
 * inclusive [start, end] code-unit ranges (as `HighlightText` takes them): a snippet as drawn (made safe, cut to the
 * width) is searched again, so the ranges fit what is on screen.
 */
export function phraseRanges(text: string, phrase: string): Array<[number, number]> {
	if (phrase === '') return [];
	const folded = foldForPhrase(text);
	const ranges: Array<[number, number]> = [];
	for (let at = folded.text.indexOf(phrase); at >= 0; at = folded.text.indexOf(phrase, at + phrase.length)) {
		ranges.push([folded.starts[at]!, folded.ends[at + phrase.length - 1]!]);
	}

	return ranges;
}
