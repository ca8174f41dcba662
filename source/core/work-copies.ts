import type {WorkFormat, WorkListing} from './work.js';

/**
 * How much of a work a format keeps, richest first (0): EPUB, then HTML,
 * AZW3, MOBI, then text. Between two copies with as many chapters, the
 * richer one is read.
 */
const formatRanks: Readonly<Record<WorkFormat, number>> = {
	'ao3-epub': 0,
	'fff-epub': 0,
	epub: 0,
	'ao3-html': 1,
	'fff-html': 1,
	html: 1,
	'ao3-azw3': 2,
	azw3: 2,
	'ao3-mobi': 3,
	mobi: 3,
	'ao3-text': 4,
	'fff-text': 4,
	'plain-text': 4,
};

export function formatRank(format: WorkFormat): number {
	return formatRanks[format];
}

/**
 * Every file of the same work as `work` (the same Work ID), the primary
 * first, then the other copies in `works` order; just `work` when it has no
 * ID (or `works` does not hold it). Linear in the library: for the one work
 * the sidebar shows.
 */
export function copiesOf(works: readonly WorkListing[], work: WorkListing): WorkListing[] {
	const copies = work.id === null ? [] : works.filter(other => other.id === work.id);
	if (copies.length < 2) return [work];
	return [...copies.filter(copy => copy.duplicateOf === null), ...copies.filter(copy => copy.duplicateOf !== null)];
}
