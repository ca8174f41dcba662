import {newChapters} from '../../core/state/chapters-since-read.js';
import type {Position, WorkState} from '../../core/state/reading-state.js';
import type {WorkDetails, WorkListing} from '../../core/work.js';

/** Where a work opens and what the status line says about chapters posted since it was last read. */
export type Opening = {place: Position | null; message: string | null};

/**
 * Opening a work whose file has chapters posted since it was last read. When
 * the saved place is at the old end (the work was read, or the page started
 * on the old text's last paragraph), the work opens at the first new
 * chapter's heading: that is where the reader would go next. Otherwise it
 * opens where it was left, and the status line says which chapter is the
 * first new one, so the reader knows to expect it. Only a body whose headings
 * are the header's chapters (one per chapter) locates the new one.
 */
export function openingOf(work: WorkListing, saved: WorkState, details: WorkDetails, place: Position | null): Opening {
	const added = newChapters(work, saved.postedWhenRead);
	if (added === 0) return {place, message: null};
	const old = saved.postedWhenRead!;
	const count = `${added} new ${added === 1 ? 'chapter' : 'chapters'} since you last read`;
	const heading = details.toc.length === old + added ? details.toc[old] : undefined;
	if (!heading) return {place, message: count};
	const atOldEnd = saved.mark === 'read' || saved.progress >= 1 || (place !== null && place.paragraph >= heading.paragraph - 1);
	if (atOldEnd) return {place: {paragraph: heading.paragraph, char: 0}, message: `${count}: opened at chapter ${old + 1}, ${heading.title}`};
	return {place, message: `${count}, from chapter ${old + 1} on`};
}
