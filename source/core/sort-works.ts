import type {WorkMeta} from './work.js';

/** The orders the list cycles through with `s`. */
export const sortKeys = ['title', 'author', 'words', 'last-read', 'updated'] as const;

export type SortKey = (typeof sortKeys)[number];

const collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});

/**
 * The list order, as indices into `works`. Titles and authors ignore case and
 * accents; words, last read and updated put the largest or newest first,
 * because that is what a reader looks for; works never read (or undated) go
 * last. Ties fall back to title, then path, so the order is stable.
 */
export function sortOrder(works: readonly WorkMeta[], key: SortKey = 'title', lastOpened: (index: number) => number | null = () => null): number[] {
	const byTitle = (a: number, b: number) => collator.compare(works[a]!.title, works[b]!.title) || compareCodePoints(works[a]!.path, works[b]!.path);
	const compare: Record<SortKey, (a: number, b: number) => number> = {
		title: byTitle,
		author: (a, b) => collator.compare(works[a]!.authors[0] ?? '\uFFFF', works[b]!.authors[0] ?? '\uFFFF'),
		words: (a, b) => works[b]!.words - works[a]!.words,
		'last-read': (a, b) => newestFirst(lastOpened(a), lastOpened(b)),
		updated: (a, b) => newestFirst(works[a]!.updated ?? works[a]!.published, works[b]!.updated ?? works[b]!.published),
	};
	return works.map((_, index) => index).sort((a, b) => compare[key](a, b) || byTitle(a, b));
}

/** Newer first; a missing value last. Dates as AO3 writes them (YYYY-MM-DD) sort as strings. */
function newestFirst<T extends number | string>(a: T | null, b: T | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}

function compareCodePoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
