import {describe, expect, it} from 'vitest';
import {generateLibrary} from '../../../bench/synthetic-library.js';
import {createSearchEngine, type SearchEngine} from '../../../source/core/search/search-engine.js';
import {warmUpQueries, warmUpSearch} from '../../../source/core/search/warm-up-search.js';

const works = generateLibrary(400, 3);
const summaries = works.map(work => work.summary);

/** Everything a search gives: order, scores and highlights. */
const answer = (engine: SearchEngine, query: string) => {
	const result = engine.search(query);
	if (!result.ok) throw new Error(result.error);
	return result.hits.map(hit => ({index: hit.index, score: hit.score, matches: hit.matches}));
};

describe('warming the search up', () => {
	it('runs queries that parse and find works, so that it reaches the loops it is meant to compile', () => {
		const engine = createSearchEngine(works, summaries);
		for (const query of warmUpQueries) expect(answer(engine, query).length, query).toBeGreaterThan(0);
	});

	it('changes no answer: the queries it ran, and those typed on from them, rank and mark as on a cold engine', () => {
		const warmed = createSearchEngine(works, summaries);
		warmUpSearch(warmed);
		const typed = warmUpQueries.flatMap(query => [query, `${query}s`, query.slice(0, -1), `${query} slow`]).filter(query => query.trim() !== '');
		for (const query of typed) expect(answer(warmed, query), query).toEqual(answer(createSearchEngine(works, summaries), query));
	});
});
