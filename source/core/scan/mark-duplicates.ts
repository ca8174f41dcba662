import type {WorkListing} from '../work.js';
import {formatRank} from '../work-copies.js';

type Candidate = {meta: WorkListing; mtimeMs: number};

/**
 * Files that share a Work ID are one work downloaded more than once, maybe in
 * several formats. The copy with the most posted chapters, then the richest
 * format (EPUB, HTML, AZW3, MOBI, text), then the newest file, is the primary; every
 * other copy gets `duplicateOf` set to the primary's path. Mutates in place
 * because the scanner owns these freshly made objects.
 */
export function markDuplicates(works: readonly Candidate[]): void {
	const byId = new Map<string, Candidate[]>();
	for (const work of works) {
		work.meta.duplicateOf = null;
		if (work.meta.id === null) continue;
		const group = byId.get(work.meta.id);
		if (group) group.push(work);
		else byId.set(work.meta.id, [work]);
	}

	for (const group of byId.values()) {
		if (group.length < 2) continue;
		const primary = group.reduce((best, work) => (isBetterCopy(work, best) ? work : best));
		for (const work of group) {
			if (work !== primary) work.meta.duplicateOf = primary.meta.path;
		}
	}
}

function isBetterCopy(a: Candidate, b: Candidate): boolean {
	const postedA = a.meta.chapters?.posted ?? 0;
	const postedB = b.meta.chapters?.posted ?? 0;
	if (postedA !== postedB) return postedA > postedB;
	const rankA = formatRank(a.meta.format);
	const rankB = formatRank(b.meta.format);
	if (rankA !== rankB) return rankA < rankB;
	if (a.mtimeMs !== b.mtimeMs) return a.mtimeMs > b.mtimeMs;
	// Equal in every way that matters: pick by path so the choice is stable.
	return a.meta.path < b.meta.path;
}
