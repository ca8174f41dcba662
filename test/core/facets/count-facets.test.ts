import {describe, expect, it} from 'vitest';
import {countFacets, type Facet, facetTerm, sortFacets} from '../../../source/core/facets/count-facets.js';
import {parseQuery} from '../../../source/core/search/parse-query.js';
import {createSearchEngine} from '../../../source/core/search/search-engine.js';
import {makeWork} from '../../helpers/make-work.js';

const works = [
	makeWork({title: 'A', rating: 'Teen And Up Audiences', fandoms: ['Les Misérables'], relationships: ['Enjolras/Grantaire'], characters: ['Grantaire', 'Enjolras'], tags: ['Slow Burn', 'Fluff'], warnings: ['No Archive Warnings Apply']}),
	makeWork({title: 'B', rating: 'Explicit', fandoms: ['Les Misérables'], characters: ['Grantaire'], tags: ['Slow Burn', 'Slow Burn'], warnings: []}),
	makeWork({title: 'C', rating: 'Teen And Up Audiences', fandoms: ['Harry Potter'], tags: ['Angst'], warnings: ['No Archive Warnings Apply']}),
];

const countOf = (facets: Facet[], kind: Facet['kind'], value: string) => facets.find(facet => facet.kind === kind && facet.value === value)?.count;

describe('countFacets', () => {
	it('counts the works carrying each label, per kind', () => {
		const facets = countFacets(works, [0, 1, 2]);
		expect(countOf(facets, 'tag', 'Slow Burn')).toBe(2);
		expect(countOf(facets, 'tag', 'Fluff')).toBe(1);
		expect(countOf(facets, 'fandom', 'Les Misérables')).toBe(2);
		expect(countOf(facets, 'relationship', 'Enjolras/Grantaire')).toBe(1);
		expect(countOf(facets, 'character', 'Grantaire')).toBe(2);
		expect(countOf(facets, 'rating', 'Teen And Up Audiences')).toBe(2);
		expect(countOf(facets, 'rating', 'Explicit')).toBe(1);
		expect(countOf(facets, 'warning', 'No Archive Warnings Apply')).toBe(2);
		expect(facets).toHaveLength(11);
	});

	it('counts a label a work lists twice once', () => {
		expect(countOf(countFacets(works, [1]), 'tag', 'Slow Burn')).toBe(1);
	});

	it('counts only the works listed (the search result), and no blank labels', () => {
		const facets = countFacets([...works, makeWork({tags: ['  ']})], [2, 3]);
		expect(facets.map(facet => `${facet.kind}:${facet.value}:${facet.count}`).sort()).toEqual(['fandom:Harry Potter:1', 'rating:Teen And Up Audiences:1', 'tag:Angst:1', 'warning:No Archive Warnings Apply:1']);
		expect(countFacets(works, [])).toEqual([]);
	});

	it('counts the labels of 50,000 works in one pass', () => {
		const many = Array.from({length: 50_000}, (_, index) =>
			makeWork({
				path: `w${index}.txt`,
				rating: ['General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit'][index % 4]!,
				fandoms: [`Fandom ${index % 300}`],
				relationships: [`A${index % 2000}/B${index % 1700}`],
				characters: [`Character ${index % 5000}`, `Character ${(index * 7) % 5000}`],
				tags: Array.from({length: 8}, (_, tag) => `Tag ${(index * (tag + 3)) % 20_000}`),
				warnings: ['No Archive Warnings Apply'],
			}),
		);
		const facets = countFacets(many, many.map((_, index) => index));
		expect(countOf(facets, 'rating', 'Explicit')).toBe(12_500);
		expect(countOf(facets, 'warning', 'No Archive Warnings Apply')).toBe(50_000);
		expect(countOf(facets, 'fandom', 'Fandom 0')).toBe(167);
		expect(sortFacets(facets, 'count')[0]).toEqual({kind: 'warning', value: 'No Archive Warnings Apply', count: 50_000});
	});
});

describe('sortFacets', () => {
	const facets: Facet[] = [
		{kind: 'tag', value: 'angst', count: 1},
		{kind: 'tag', value: 'Fluff', count: 5},
		{kind: 'fandom', value: 'Émile', count: 5},
		{kind: 'character', value: 'Angst', count: 3},
	];

	it('by count puts the most carried first, ties by name', () => {
		expect(sortFacets(facets, 'count').map(facet => facet.value)).toEqual(['Émile', 'Fluff', 'Angst', 'angst']);
	});

	it('by name ignores case and accents; the same name by count', () => {
		expect(sortFacets(facets, 'name').map(facet => facet.value)).toEqual(['Angst', 'angst', 'Émile', 'Fluff']);
	});
});

describe('facetTerm', () => {
	it('quotes the value in the field of its kind, ! to exclude', () => {
		expect(facetTerm({kind: 'tag', value: 'Slow Burn'}, false)).toBe('tag:"Slow Burn"');
		expect(facetTerm({kind: 'relationship', value: 'Enjolras/Grantaire'}, true)).toBe('!rel:"Enjolras/Grantaire"');
		expect(facetTerm({kind: 'tag', value: 'The "Good" Place'}, false)).toBe('tag:"Place"');
	});

	it('gives terms that find exactly the works counted', () => {
		const engine = createSearchEngine(works);
		const all = countFacets(works, [0, 1, 2]);
		for (const facet of all) {
			expect(parseQuery(facetTerm(facet, false)).ok).toBe(true);
			const kept = engine.search(facetTerm(facet, false));
			const dropped = engine.search(facetTerm(facet, true));
			expect(kept.ok && kept.hits.length, `${facet.kind} ${facet.value}`).toBe(facet.count);
			expect(dropped.ok && dropped.hits.length, `!${facet.kind} ${facet.value}`).toBe(works.length - facet.count);
		}
	});
});
