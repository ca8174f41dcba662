import Fuse, {type IFuseOptions, type SearchResult} from 'fuse.js';
import {characterMask} from './tokens.js';

/** No match; far above every real score. */
export const noMatch = Number.POSITIVE_INFINITY;

/**
 * The typos a query word may carry. fuse.js's threshold is a fraction of the
 * word's length, and no single fraction works: one low enough to keep
 * `potter` from matching `letter` (2 edits in 6) also stops `brn` from
 * finding `burn` (1 in 3). So each word gets its own threshold, set to allow
 * 1 edit from 3 letters, 2 from 7, 3 from 12.
 */
export function typoBudget(length: number): number {
	if (length < 3) return 0;
	if (length < 7) return 1;
	return length < 12 ? 2 : 3;
}

/** A query word, ready to be scored against many normalized words. */
export type FuzzyWord = {
	text: string;
	/** Most edits a match may need (`typoBudget`). */
	maxErrors: number;
	/** `characterMask(text)`, for the cheapest prefilter. */
	mask: number;
	/**
	 * Whether `word` holds `text` within `maxErrors` edits: exactly the words
	 * fuse.js accepts, decided without allocating, so fuse.js only scores the
	 * words that match.
	 */
	reaches(word: string): boolean;
	/** fuse.js's score for `text` inside `word`: 0 exact, up to `maxErrors / length`; `noMatch` if none. */
	score(word: string): number;
	/** Inclusive ranges of `word` that fuse.js marks as matching; empty when it does not match. */
	ranges(word: string): Array<[number, number]>;
};

type Searcher = (word: string) => SearchResult;

/**
 * One fuse.js searcher per query word, reused for every word it is scored
 * against: `Fuse.match` rebuilds it (pattern alphabet, option merging) on
 * each call, which doubles the cost. `Fuse.parseQuery` hands back that
 * searcher; should a fuse.js release stop doing so, this falls back to
 * `Fuse.match`.
 */
function createSearcher(pattern: string, options: IFuseOptions<string>): Searcher {
	const parsed: unknown = Fuse.parseQuery({$and: [pattern]}, options);
	const leaf = (parsed as {children?: Array<{searcher?: {searchIn?: unknown}}>}).children?.[0]?.searcher;
	if (leaf !== undefined && typeof leaf.searchIn === 'function') {
		const searchIn = leaf.searchIn as (text: string) => SearchResult;
		return word => searchIn.call(leaf, word);
	}

	return word => Fuse.match(pattern, word, options);
}

/**
 * Myers' bit-parallel edit distance (as explained by Hyyrö), in search mode:
 * the fewest edits turning `pattern` into some substring of the word, one
 * machine word of state per pattern letter. That is what fuse.js's Bitap
 * computes, at a fraction of its cost.
 */
function createReachTest(pattern: string, maxErrors: number): (word: string) => boolean {
	const length = pattern.length;
	// Longer words exceed 32-bit state; fuse.js (which splits them) decides alone.
	if (length > 31) return () => true;
	const ascii = new Int32Array(128);
	const other = new Map<number, number>();
	for (let index = 0; index < length; index++) {
		const code = pattern.charCodeAt(index);
		if (code < 128) ascii[code]! |= 1 << index;
		else other.set(code, (other.get(code) ?? 0) | (1 << index));
	}

	const all = 2 ** length - 1;
	const last = 1 << (length - 1);
	return word => {
		let positive = all;
		let negative = 0;
		let distance = length;
		for (let index = 0; index < word.length; index++) {
			const code = word.charCodeAt(index);
			const equal = code < 128 ? ascii[code]! : (other.get(code) ?? 0);
			const vertical = equal | negative;
			const horizontal = ((((equal & positive) + positive) & all) ^ positive) | equal;
			let up = negative | ~(horizontal | positive);
			let down = positive & horizontal;
			if (up & last) distance++;
			else if (down & last) distance--;
			if (distance <= maxErrors) return true;
			// Shifting in 0, not 1, lets a match start anywhere in the word.
			up = (up << 1) & all;
			down = (down << 1) & all;
			positive = (down | ~(vertical | up)) & all;
			negative = up & vertical;
		}

		return false;
	};
}

/** Prepares the normalized query word `text` (non-empty) for scoring. */
export function createFuzzyWord(text: string): FuzzyWord {
	const maxErrors = typoBudget(text.length);
	// Inputs are normalized already, so fuse.js need not fold case or accents
	// on every call; location means nothing inside one word. The threshold
	// sits halfway between budgets so float rounding cannot flip a decision.
	const options: IFuseOptions<string> = {
		...Fuse.config,
		threshold: (maxErrors + 0.5) / text.length,
		ignoreLocation: true,
		isCaseSensitive: true,
		ignoreDiacritics: false,
		includeMatches: false,
	};
	let scorer: Searcher | undefined;
	let ranger: Searcher | undefined;
	return {
		text,
		maxErrors,
		mask: characterMask(text),
		reaches: maxErrors === 0 ? word => word.includes(text) : createReachTest(text, maxErrors),
		score(word) {
			// An exact occurrence is what fuse.js looks for first, and scores 0.
			if (word.includes(text)) return 0;
			if (maxErrors === 0) return noMatch;
			scorer ??= createSearcher(text, options);
			const result = scorer(word);
			return result.isMatch ? result.score : noMatch;
		},
		ranges(word) {
			ranger ??= createSearcher(text, {...options, includeMatches: true});
			const result = ranger(word);
			return result.isMatch && result.indices ? result.indices.map(([start, end]) => [start, end]) : [];
		},
	};
}
