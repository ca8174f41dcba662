import type {WorkListing} from '../work.js';
import {addTextScores} from './combine-matches.js';
import {createDescriber} from './describe-matches.js';
import {noMatch} from './fuzzy-word.js';
import {filterBy, wholeValue} from './match-filters.js';
import {conditionsOf} from './conditions.js';
import {createMatcher, type TermMatch, type TextMatch} from './match-terms.js';
import {parseQuery} from './parse-query.js';
import {createRanker} from './rank-works.js';
import {buildSearchIndex} from './search-index.js';
import type {FieldMatch, SearchHit, SearchResult} from './search-types.js';
import {hasFlag, noFlags, type FlagsOf} from './work-flags.js';

export type {FieldMatch, SearchField, SearchHit, SearchResult} from './search-types.js';

export type SearchEngine = {
	/**
	 * `flags` answers `is:` filters (asked during the call, never kept); without it every work is unread and unmarked.
	 * `tieOrder` (indices of works, e.g. the list's sort order) orders equal hits; without it, array order does.
	 * It is read once per array: a new order is a new array, never one changed in place.
	 */
	search(query: string, flags?: FlagsOf, tieOrder?: readonly number[]): SearchResult;
};

/**
 * A search engine over `works` and, when given, their summaries (at the same
 * indices; the library does not keep them in its listings). Each `search` call stands alone (the UI may
 * drop any of them); the engine only caches per-condition results, which
 * makes the next keystroke of the same query cheap.
 *
 * A blank query lists every work in array order. Otherwise hits come best
 * first (see `combine-matches.ts`), ties in the `tieOrder` given (the app's
 * works are in the order files were found, its list in the user's order) or
 * in array order.
 */
export function createSearchEngine(works: readonly WorkListing[], summaries?: ReadonlyArray<string | null>): SearchEngine {
	const index = buildSearchIndex(works, summaries);
	const matcher = createMatcher(index);
	const count = works.length;
	const rank = createRanker(count);
	// Reused by every call (calls never overlap: search is synchronous).
	const totals = new Float32Array(count);
	const scratch = new Float32Array(count);

	return {
		search(query, flags = noFlags, tieOrder) {
			const parsed = parseQuery(query);
			if (!parsed.ok) return parsed;
			totals.fill(0);
			const required: TermMatch[] = [];
			const text: TextMatch[] = [];
			for (const term of parsed.terms) {
				for (const condition of conditionsOf(term)) {
					// Marks change while the engine lives, so `is:` is never cached.
					const match =
						condition.type === 'is'
							? filterBy(works, (_work, work) => hasFlag(flags(work), condition.flag), () => wholeValue('is', condition.flag))
							: matcher.match(condition);
					const {scores} = match;
					if (term.negated) {
						for (let work = 0; work < count; work++) if (scores[work] !== noMatch) totals[work] = noMatch;
						continue;
					}

					required.push(match);
					if (match.kind === 'text') text.push(match);
					else for (let work = 0; work < count; work++) totals[work]! += scores[work]!;
				}
			}

			addTextScores(index, text, totals, scratch);
			const order = rank(totals, tieOrder);
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
