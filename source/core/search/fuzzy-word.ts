import Fuse, {type IFuseOptions, type SearchResult} from 'fuse.js';

/** No match; far above every real score. */
export const noMatch = Number.POSITIVE_INFINITY;

/**
 * fuse.js's view of a typo: how close a query word comes to a word that
 * `matchWord` already accepted with one typo (0 for a perfect match, up to
 * about 0.5), and which of its letters to underline. fuse.js counts a swap of
 * two letters as two edits, so its threshold here allows two.
 */
export type FuzzyWord = {
	text: string;
	/** fuse.js's score for `text` in `word`, 0 … 1; 1 when it finds none. */
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

/** Prepares the normalized query word `text` (non-empty) for scoring. */
export function createFuzzyWord(text: string): FuzzyWord {
	// Inputs are normalized already, so fuse.js need not fold case or accents
	// on every call; location means nothing inside one word.
	const options: IFuseOptions<string> = {
		...Fuse.config,
		threshold: Math.min(1, 2.5 / text.length),
		ignoreLocation: true,
		isCaseSensitive: true,
		ignoreDiacritics: false,
		includeMatches: false,
	};
	let scorer: Searcher | undefined;
	let ranger: Searcher | undefined;
	return {
		text,
		score(word) {
			scorer ??= createSearcher(text, options);
			const result = scorer(word);
			return result.isMatch ? (result.score ?? 1) : 1;
		},
		ranges(word) {
			ranger ??= createSearcher(text, {...options, includeMatches: true});
			const result = ranger(word);
			return result.isMatch && result.indices ? result.indices.map(([start, end]) => [start, end]) : [];
		},
	};
}
