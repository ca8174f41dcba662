import {normalizeText} from '../search/normalize-text.js';
import type {WorkListing} from '../work.js';

/** The kinds of label a work carries that the tag browser counts. */
export type FacetKind = 'fandom' | 'relationship' | 'character' | 'tag' | 'rating' | 'warning';

/** One label and how many of the counted works carry it. */
export type Facet = {kind: FacetKind; value: string; count: number};

/** The fields read per kind, in the order a tie on count and name is broken. */
const kinds: ReadonlyArray<readonly [FacetKind, (work: WorkListing) => readonly string[]]> = [
	['fandom', work => work.fandoms],
	['relationship', work => work.relationships],
	['character', work => work.characters],
	['tag', work => work.tags],
	['rating', work => (work.rating === null ? [] : [work.rating])],
	['warning', work => work.warnings],
];

type Tally = Facet & {lastWork: number};

/**
 * How many of the works at `indices` carry each label, in one pass over
 * their labels (O(total labels)): the tag browser's counts over the list as
 * the search has narrowed it. A label a work lists twice counts once for it.
 * Labels compare as written: AO3 canonical tags are spelled one way.
 * The result is in no particular order (see `sortFacets`).
 */
export function countFacets(works: readonly WorkListing[], indices: readonly number[]): Facet[] {
	// One map per kind, keyed by the label itself: no key string is built per label.
	const tallies = kinds.map(() => new Map<string, Tally>());
	for (const index of indices) {
		const work = works[index];
		if (!work) continue;
		for (const [rank, [kind, valuesOf]] of kinds.entries()) {
			const ofKind = tallies[rank]!;
			for (const value of valuesOf(work)) {
				const tally = ofKind.get(value);
				if (tally === undefined) ofKind.set(value, {kind, value, count: 1, lastWork: index});
				else if (tally.lastWork !== index) {
					tally.count++;
					tally.lastWork = index;
				}
			}
		}
	}

	return tallies.flatMap(ofKind => Array.from(ofKind.values(), ({kind, value, count}) => ({kind, value, count}))).filter(facet => facet.value.trim() !== '');
}

export type FacetSort = 'count' | 'name';

const kindRank: ReadonlyMap<FacetKind, number> = new Map(kinds.map(([kind], rank) => [kind, rank]));

/**
 * Most carried first (then by name), or by name (then most carried); a copy.
 * Names compare lowercased and without accents, each folded once: at 50,000
 * works there are tens of thousands of labels, too many for a collator per comparison.
 */
export function sortFacets(facets: readonly Facet[], sort: FacetSort): Facet[] {
	const keys = facets.map(facet => normalizeText(facet.value));
	const byName = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : kindRank.get(facets[a]!.kind)! - kindRank.get(facets[b]!.kind)!);
	const byCount = (a: number, b: number) => facets[b]!.count - facets[a]!.count;
	const order = facets.map((_, index) => index);
	order.sort(sort === 'count' ? (a, b) => byCount(a, b) || byName(a, b) : (a, b) => byName(a, b) || byCount(a, b));
	return order.map(index => facets[index]!);
}

/** The query field each kind narrows by (see parse-query.ts). */
const fieldOf: Record<FacetKind, string> = {
	fandom: 'fandom',
	relationship: 'rel',
	character: 'char',
	tag: 'tag',
	rating: 'rating',
	warning: 'warning',
};

/**
 * The search term that keeps the works carrying `facet` (`tag:"Slow Burn"`),
 * or drops them (`!tag:"Slow Burn"`). Quoted, so the value is matched as
 * written, spaces and all; the query language has no escape for a quote
 * inside quotes, so a value holding one is looked for by its longest
 * stretch without one.
 */
export function facetTerm(facet: Pick<Facet, 'kind' | 'value'>, exclude: boolean): string {
	const stretch = facet.value.split('"').reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), '');
	return `${exclude ? '!' : ''}${fieldOf[facet.kind]}:"${stretch}"`;
}
