import {describe, expect, it} from 'vitest';
import {generateRelevanceLibrary} from '../../../bench/relevance-library.js';
import {judge, queryClasses, relevanceQueries} from '../../../bench/relevance-set.js';
import {createSearchEngine} from '../../../source/core/search/search-engine.js';

// A slice of the relevance bench (`bench/relevance-bench.ts`): two queries of
// every class over a small library, so a ranking change that hurts relevance
// fails here and not only in a bench nobody ran.
describe('relevance on a slice of the labelled set', () => {
	const works = generateRelevanceLibrary(600, 5);
	const queries = relevanceQueries(works, 2, 5, 600);
	const engine = createSearchEngine(works);

	it('has queries of every class', () => {
		expect(new Set(queries.map(query => query.queryClass))).toEqual(new Set(queryClasses));
	});

	it.each(queries.map(query => [query.queryClass, query.query, query] as const))('%s: %s', (_class, _text, query) => {
		const result = engine.search(query.query);
		expect(result.ok).toBe(true);
		const ranking = result.ok ? result.hits.slice(0, 10).map(hit => hit.index) : [];
		const verdict = judge(query, ranking);
		expect(verdict.needleInTopK).toBe(true);
		expect(verdict.precisionAt10).toBeGreaterThanOrEqual(0.9);
	});
});
