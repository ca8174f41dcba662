import type {WorkListing} from '../work.js';
import type {Mark, WorkState} from './reading-state.js';

/** Chapters posted; a file whose header gives none counts the chapters found in its body, or 1. */
export function chapterCount(work: WorkListing): number {
	return work.chapters?.posted ?? Math.max(1, work.headings);
}

/** Chapters posted now beyond those posted when the work was last read; 0 for a work never read. */
export function newChapters(work: WorkListing, postedWhenRead: number | undefined): number {
	return postedWhenRead === undefined ? 0 : Math.max(0, chapterCount(work) - postedWhenRead);
}

/**
 * How far through the work as it is now the reader is: the saved progress was
 * measured against the chapters posted then, so a file that grew scales it
 * down by chapters (the body is not loaded to measure it exactly). A work read
 * to the end of five chapters is at 5/8 once eight are posted, not at 100%.
 */
export function progressNow(work: WorkListing, saved: WorkState): number {
	const added = newChapters(work, saved.postedWhenRead);
	if (added === 0) return saved.progress;
	return (saved.progress * saved.postedWhenRead!) / chapterCount(work);
}

/**
 * The mark a work shows and `is:` filters by: one read to its end before more
 * chapters were posted is being read again, since there is more to read.
 */
export function markNow(work: WorkListing, saved: Pick<WorkState, 'mark' | 'postedWhenRead'>): Mark {
	return saved.mark === 'read' && newChapters(work, saved.postedWhenRead) > 0 ? 'reading' : saved.mark;
}
