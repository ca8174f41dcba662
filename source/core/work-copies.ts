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
 * Per library (the works array, which a change replaces), the works sharing
 * a Work ID with another, by ID: built once, so that the sidebar, drawn for
 * each work the cursor lands on (every search keystroke moves it), does not
 * go through 50,000 works each time.
 */
const copiesByLibrary = new WeakMap<readonly WorkListing[], ReadonlyMap<string, readonly WorkListing[]>>();

function sharedIds(works: readonly WorkListing[]): ReadonlyMap<string, readonly WorkListing[]> {
	let shared = copiesByLibrary.get(works);
	if (shared === undefined) {
		const first = new Map<string, WorkListing>();
		const copies = new Map<string, WorkListing[]>();
		for (const work of works) {
			if (work.id === null) continue;
			const seen = first.get(work.id);
			if (seen === undefined) first.set(work.id, work);
			else if (copies.has(work.id)) copies.get(work.id)!.push(work);
			else copies.set(work.id, [seen, work]);
		}

		shared = copies;
		copiesByLibrary.set(works, shared);
	}

	return shared;
}

const librariesWithCopies = new WeakMap<readonly WorkListing[], boolean>();

/** Whether any work of the library is another copy of one (see `markDuplicates`), once per library: a search result then has rows to drop. */
export function hasCopies(works: readonly WorkListing[]): boolean {
	let found = librariesWithCopies.get(works);
	if (found === undefined) {
		found = works.some(work => work.duplicateOf !== null);
		librariesWithCopies.set(works, found);
	}

	return found;
}

/**
 * Every file of the same work as `work` (the same Work ID), the primary
 * first, then the other copies in `works` order; just `work` when it has no
 * ID (or `works` does not hold it).
 */
export function copiesOf(works: readonly WorkListing[], work: WorkListing): WorkListing[] {
	const copies = work.id === null ? undefined : sharedIds(works).get(work.id);
	if (copies === undefined || !copies.includes(work)) return [work];
	return [...copies.filter(copy => copy.duplicateOf === null), ...copies.filter(copy => copy.duplicateOf !== null)];
}
