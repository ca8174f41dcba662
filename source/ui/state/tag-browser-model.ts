import {type Facet, type FacetSort, sortFacets} from '../../core/facets/count-facets.js';
import {normalizeText} from '../../core/search/normalize-text.js';
import {windowTop} from './window-top.js';

/**
 * The tag browser: every label over the works listed when it was opened,
 * with its count, sorted and narrowed by what is typed. `shown` holds the
 * entries to list, in order, so the view draws only its window of them.
 */
export type TagBrowserModel = {
	/** Every label counted, sorted by `sort`. */
	facets: readonly Facet[];
	/** Per entry of `facets`, its name folded for matching what is typed. */
	folded: readonly string[];
	/** How many works were counted (the list's rows when it was opened). */
	works: number;
	sort: FacetSort;
	/** What is typed: entries whose name holds it are shown. */
	filter: string;
	/** Indices into `facets` of the entries shown, in order. */
	shown: readonly number[];
	/** Index into `shown` of the highlighted entry. */
	selected: number;
	/** Index into `shown` of the first entry on screen. */
	top: number;
};

/** A browser over `facets` (counted, in any order), sorted by count, nothing typed. */
export function openTagBrowser(facets: readonly Facet[], works: number): TagBrowserModel {
	const sorted = sortFacets(facets, 'count');
	const folded = sorted.map(facet => normalizeText(facet.value));
	return {facets: sorted, folded, works, sort: 'count', filter: '', shown: sorted.map((_, index) => index), selected: 0, top: 0};
}

/** The entries whose name holds `filter` (case and accents aside), in the browser's order. */
export function filterFacets(browser: TagBrowserModel, filter: string): TagBrowserModel {
	const typed = normalizeText(filter.trim());
	const shown: number[] = [];
	for (let index = 0; index < browser.folded.length; index++) if (browser.folded[index]!.includes(typed)) shown.push(index);
	return {...browser, filter, shown, selected: 0, top: 0};
}

/** The other order, the filter kept; the highlighted entry stays highlighted. */
export function toggleSort(browser: TagBrowserModel): TagBrowserModel {
	const highlighted = highlightedFacet(browser);
	const sort = browser.sort === 'count' ? 'name' : 'count';
	const facets = sortFacets(browser.facets, sort);
	const folded = facets.map(facet => normalizeText(facet.value));
	const filtered = filterFacets({...browser, facets, folded, sort}, browser.filter);
	const row = highlighted === undefined ? 0 : filtered.shown.findIndex(index => facets[index] === highlighted);
	return {...filtered, selected: Math.max(0, row)};
}

/** The highlighted entry; none when nothing is shown. */
export function highlightedFacet(browser: TagBrowserModel): Facet | undefined {
	const index = browser.shown[browser.selected];
	return index === undefined ? undefined : browser.facets[index];
}

/** Moves the highlight to `row` (clamped) and keeps it within the `capacity` entries on screen. */
export function moveHighlight(browser: TagBrowserModel, row: number, capacity: number): TagBrowserModel {
	const selected = Math.max(0, Math.min(browser.shown.length - 1, row));
	return {...browser, selected, top: windowTop(browser.top, selected, browser.shown.length, capacity)};
}
