import {lastAtMost} from '../pager/sorted-search.js';
import {noMatch} from './fuzzy-word.js';
import type {TextMatch} from './match-terms.js';
import type {SearchIndex} from './search-index.js';

/**
 * Where a work's best match puts it; each tier is worth more than the costs
 * of any match inside the one below it (see `word-match.ts`):
 * - a value holding the query and nothing else (the tag `Slow Burn` for `slow burn`);
 * - a value holding every word of the query (`Draco Malfoy/Harry Potter` for `draco harry`);
 * - the words spread over the work's fields.
 */
export const equalValueTier = 0;
export const oneValueTier = 10_000;
export const spreadTier = 20_000;

/**
 * Added to the score of a work whose title does not hold every word, whatever
 * its best match: among works tagged `Slow Burn`, the one titled `Slow Burn
 * in the Bakery` comes first. A tie-breaker: less than the title's own edge
 * (see `search-index.ts`).
 */
const titleMissingCost = 0.25;

/** What each unmatched word of a value that holds the whole query costs: `Angst` before `Angst with a Happy Ending`. */
const extraWordCost = 2;

/**
 * Whether the query meets every word of `value`, so that it can be equal to
 * it: `times time` meets `First Time` twice in `time` and never in `first`.
 * A phrase stands for as many words of the value as it has.
 */
function coversValue(index: SearchIndex, matches: readonly TextMatch[], value: number): boolean {
	let uncovered = 0;
	let phraseWords = 0;
	for (const match of matches) if (match.wordIds === null) phraseWords += match.words;
	for (let slot = index.valueWordsStart[value]!; slot < index.valueWordsStart[value + 1]!; slot++) {
		const word = index.valueWordIds[slot]!;
		if (!matches.some(match => match.wordIds !== null && match.wordIds[lastAtMost(match.wordIds, word)] === word)) uncovered++;
	}

	return uncovered <= phraseWords;
}

/**
 * Adds to `totals` (one per work, zero or `noMatch` on entry) each work's
 * score for the text conditions `matches`, all of which it must meet: the
 * better of its best single value and its spread.
 */
export function addTextScores(index: SearchIndex, matches: readonly TextMatch[], totals: Float32Array, scratch: Float32Array): void {
	if (matches.length === 0) return;
	const count = totals.length;
	const best = scratch.fill(noMatch);

	// The values meeting every condition are among those of the rarest one.
	let rarest = matches[0]!;
	for (const match of matches) if (match.values.length < rarest.values.length) rarest = match;
	const queryWords = matches.reduce((sum, match) => sum + match.words, 0);
	const {valueBase, valueWordsStart, valueWorksStart, valueWorks} = index;
	for (const value of rarest.values) {
		let cost = 0;
		for (const match of matches) cost += match.valueCosts[value]!;
		if (cost === noMatch) continue;
		const valueWords = valueWordsStart[value + 1]! - valueWordsStart[value]!;
		const tier = valueWords <= queryWords && coversValue(index, matches, value) ? equalValueTier : oneValueTier;
		const score = tier + Math.min(spreadTier - oneValueTier - 100, cost) + valueBase[value]! + extraWordCost * Math.min(20, Math.max(0, valueWords - queryWords));
		for (let posting = valueWorksStart[value]!; posting < valueWorksStart[value + 1]!; posting++) {
			const work = valueWorks[posting]!;
			if (score < best[work]!) best[work] = score;
		}
	}

	for (let work = 0; work < count; work++) {
		if (totals[work] === noMatch) continue;
		let spread = spreadTier;
		// Values 0 … works - 1 are the titles, in work order.
		let title = 0;
		for (const match of matches) {
			spread += match.scores[work]!;
			title += match.valueCosts[work]!;
		}

		totals[work]! += Math.min(spread, best[work]!) + (title === noMatch ? titleMissingCost : 0);
	}
}
