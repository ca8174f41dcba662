/**
 * How one query word meets one word of the library: exactly, as the start of
 * it (the word being typed), or, for query words of five letters or more,
 * with one typo (a letter added, dropped or changed, or two neighbours
 * swapped) against the word or the start of it. Anchoring at the start keeps
 * the promise that typing narrows: every word `slow` reaches, `slo` reached.
 */
export type WordMatch = 'exact' | 'prefix' | 'typo' | null;

/** Query words shorter than this must be typed right: `cat` is one edit from a hundred words. */
export const typoMinLength = 5;

/** Whether `query[from…]` equals `word[at…]` (or, for a prefix, starts it). */
function restMatches(query: string, from: number, word: string, at: number, prefix: boolean): boolean {
	const left = query.length - from;
	const right = word.length - at;
	if (prefix ? left > right : left !== right) return false;
	for (let offset = 0; offset < left; offset++) {
		if (query.charCodeAt(from + offset) !== word.charCodeAt(at + offset)) return false;
	}

	return true;
}

/** Whether one edit (a transposition counting as one) turns `query` into `word`, or into a start of it. */
function withinOneEdit(query: string, word: string, shared: number): boolean {
	for (const prefix of [false, true]) {
		if (
			restMatches(query, shared + 1, word, shared + 1, prefix) ||
			restMatches(query, shared + 1, word, shared, prefix) ||
			restMatches(query, shared, word, shared + 1, prefix) ||
			(query.charCodeAt(shared) === word.charCodeAt(shared + 1) &&
				query.charCodeAt(shared + 1) === word.charCodeAt(shared) &&
				restMatches(query, shared + 2, word, shared + 2, prefix))
		) {
			return true;
		}
	}

	return false;
}

/** How the normalized query word `query` (non-empty) meets the normalized `word`. */
export function matchWord(query: string, word: string): WordMatch {
	let shared = 0;
	const limit = Math.min(query.length, word.length);
	while (shared < limit && query.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
	if (shared === query.length) return shared === word.length ? 'exact' : 'prefix';
	if (query.length < typoMinLength) return null;
	return withinOneEdit(query, word, shared) ? 'typo' : null;
}

/**
 * Costs, in the units a work's score adds up: any typo costs more than any
 * number of prefixes (up to nine), and any prefix more than the tie-breakers
 * (below 10 each), so `exact before prefix before typo` holds across the
 * words of a query. Within a kind, a prefix costs by the share of the word
 * left untyped (`burn` puts `Burn` before `Burning`), and a typo by fuse.js's
 * score of it plus that share (`darbble` puts `Drabble` before `Drabbles`,
 * which fuse.js scores alike).
 */
export const prefixCost = 100;
export const typoCost = 1000;

/** 0 … 9: how much of `word` is left past the letters `query` typed. */
function untypedShare(query: string, word: string): number {
	return 9 * Math.max(0, 1 - query.length / word.length);
}

export function wordCost(match: 'exact' | 'prefix' | 'typo', query: string, word: string, typoScore: () => number): number {
	switch (match) {
		case 'exact': {
			return 0;
		}

		case 'prefix': {
			return prefixCost + untypedShare(query, word);
		}

		case 'typo': {
			return typoCost + 9 * Math.min(1, typoScore()) + untypedShare(query, word);
		}
	}
}
