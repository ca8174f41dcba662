import {quotes, spacedPattern} from './grep/find-phrase.js';
import {isAscii, normalizeText, normalizeWithMap} from './search/normalize-text.js';
import type {WorkBody} from './work.js';

/** One occurrence in a body: paragraph index and the [start, end) code units it covers. */
export type TextHit = {paragraph: number; start: number; end: number};

/** Curly and other quotes, apostrophes and dashes, each one code unit, as the ASCII a keyboard types. */
const punctuation = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u2010-\u2015\u2212]/g;

/** One code unit for one, so offsets found in the folded text are offsets in the original. */
function foldPunctuation(text: string): string {
	return text.replace(punctuation, mark => quotes[mark] ?? '-');
}

/**
 * Every occurrence of `query` in the body, ignoring case and accents
 * (`eponine` finds `Éponine`) and the kind of quote, apostrophe or dash
 * (`didn't` finds `didn’t`), in reading order, as offsets into the original
 * paragraphs so the reader can highlight them.
 */
export function findInText(body: WorkBody, query: string): TextHit[] {
	const needle = foldPunctuation(normalizeText(query.trim()));
	if (needle === '') return [];
	// The folded query: the full-text search, whose hits open here, treats every run of white space as one space.
	const pattern = spacedPattern(needle, 'g');
	const hits: TextHit[] = [];
	body.paragraphs.forEach((paragraph, index) => {
		// ASCII folds one unit to one unit, so offsets need no map (and a 5 MB line no 5M-entry arrays).
		if (isAscii(paragraph)) {
			for (const match of paragraph.toLowerCase().matchAll(pattern)) {
				hits.push({paragraph: index, start: match.index, end: match.index + match[0].length});
			}

			return;
		}

		const folded = normalizeWithMap(paragraph);
		for (const match of foldPunctuation(folded.text).matchAll(pattern)) {
			hits.push({paragraph: index, start: folded.starts[match.index]!, end: folded.ends[match.index + match[0].length - 1]! + 1});
		}
	});
	return hits;
}

/**
 * The hit to go to from `from`: the first at or after it going forward, the
 * last before it going back, wrapping around at either end. -1 when none.
 * `hits` are in reading order, as `findInText` gives them: `n` on a common
 * word in a long work finds its hit by binary search.
 */
export function nextHit(hits: readonly TextHit[], from: {paragraph: number; char: number}, direction: 1 | -1): number {
	if (hits.length === 0) return -1;
	const first = firstHitNotBefore(hits, hit => hit.paragraph < from.paragraph || (hit.paragraph === from.paragraph && hit.start < from.char));
	if (direction === 1) return first === hits.length ? 0 : first;
	return first === 0 ? hits.length - 1 : first - 1;
}

/**
 * The hits in `paragraph` that overlap its code units [start, end): those a
 * line of the page shows. `hits` are as `findInText` gives them, in reading
 * order with their starts and their ends each never going back, so a binary
 * search finds the first and the rest follow it.
 */
export function hitsBetween(hits: readonly TextHit[], paragraph: number, start: number, end: number): TextHit[] {
	// The first hit in a later paragraph, or in this one ending after `start`.
	const first = firstHitNotBefore(hits, hit => hit.paragraph < paragraph || (hit.paragraph === paragraph && hit.end <= start));
	const found: TextHit[] = [];
	for (let index = first; index < hits.length; index++) {
		const hit = hits[index]!;
		if (hit.paragraph !== paragraph || hit.start >= end) break;
		found.push(hit);
	}

	return found;
}

/**
 * The index of the first hit `before` is false for (`hits.length` when none),
 * by binary search: `before` must hold for the hits up to some point and for
 * none after it, as a comparison with a place in reading order does.
 */
function firstHitNotBefore(hits: readonly TextHit[], before: (hit: TextHit) => boolean): number {
	let low = 0;
	let high = hits.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (before(hits[middle]!)) low = middle + 1;
		else high = middle;
	}

	return low;
}
