import type {WorkListing} from '../work.js';
import {createDescriber} from './describe-matches.js';
import {noMatch} from './fuzzy-word.js';
import {conditionsOf, createMatcher, type TermMatch} from './match-terms.js';
import {parseQuery} from './parse-query.js';
import {createRanker} from './rank-works.js';
import {buildSearchIndex} from './search-index.js';

export type SearchField =
	| 'title'
	| 'authors'
	| 'fandoms'
	| 'relationships'
	| 'characters'
	| 'tags'
	| 'warnings'
	| 'rating'
	| 'status'
	| 'language'
	| 'id'
	| 'words'
	| 'chapters';

export type FieldMatch = {
	field: SearchField;
	value: string;
	/** Inclusive [start, end] char ranges in value */
	indices: Array<[number, number]>;
};

export type SearchHit = {
	/** Into the works array. */
	index: number;
	/** Lower is better. */
	score: number;
	/**
	 * Computed on first read, then kept: a query can hit 50,000 works while
	 * the list shows a screenful, and highlighting every hit would cost more
	 * than the search itself.
	 */
	matches: FieldMatch[];
};

export type SearchResult = {ok: true; hits: SearchHit[]} | {ok: false; /** Short, one line, for inline display. */ error: string};

export type SearchEngine = {search(query: string): SearchResult};

/**
 * A search engine over `works`. Each `search` call stands alone (the UI may
 * drop any of them); the engine only caches per-condition results, which
 * makes the next keystroke of the same query cheap.
 *
 * A blank query lists every work in array order. Otherwise hits come best
 * first, ties in array order, so the list's sort order breaks ties.
 */
export function createSearchEngine(works: readonly WorkListing[]): SearchEngine {
	const index = buildSearchIndex(works);
	const matcher = createMatcher(index);
	const count = works.length;
	const rank = createRanker(count);
	// Reused by every call (calls never overlap: search is synchronous).
	const totals = new Float32Array(count);

	return {
		search(query) {
			const parsed = parseQuery(query);
			if (!parsed.ok) return parsed;
			totals.fill(0);
			const required: TermMatch[] = [];
			for (const term of parsed.terms) {
				for (const condition of conditionsOf(term)) {
					const match = matcher.match(condition);
					const {scores} = match;
					if (term.negated) {
						for (let work = 0; work < count; work++) if (scores[work] !== noMatch) totals[work] = noMatch;
					} else {
						for (let work = 0; work < count; work++) totals[work]! += scores[work]!;
						required.push(match);
					}
				}
			}

			const order = rank(totals);
			const describe = createDescriber(index, required);
			const hits = new Array<SearchHit>(order.length);
			for (let position = 0; position < order.length; position++) {
				const work = order[position]!;
				hits[position] = new Hit(work, totals[work]!, describe);
			}

			return {ok: true, hits};
		},
	};
}

/**
 * A hit whose `matches` are worked out on first read. A class, not an
 * object with a closure per hit, so 50,000 hits cost one small object each.
 */
class Hit implements SearchHit {
	readonly #describe: (work: number) => FieldMatch[];
	#matches: FieldMatch[] | undefined;

	constructor(
		readonly index: number,
		readonly score: number,
		describe: (work: number) => FieldMatch[],
	) {
		this.#describe = describe;
	}

	get matches(): FieldMatch[] {
		this.#matches ??= this.#describe(this.index);
		return this.#matches;
	}
}
