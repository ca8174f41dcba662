/**
 * Where a bookmark is, as its lists say it: `ch 3 · 45%`, or `ch 3 Salt Tides · 45%` when the chapter's
 * title says more than its number. Either part is left out when unknown (a work that marks no chapters,
 * a bookmark saved before ficread kept them).
 */
export function bookmarkPlace(chapter: {number: number; title: string} | null | undefined, progress: number | undefined): string {
	const named = chapter ? [`ch ${chapter.number}`, chapterName(chapter.title)].filter(Boolean).join(' ') : '';
	return [named, progress === undefined ? '' : `${Math.round(progress * 100)}%`].filter(Boolean).join(' · ');
}

/** A chapter title without the `Chapter 3` (`: `, `. `, ` - `) that the number already says. */
function chapterName(title: string): string {
	return title.replace(/^chapter\s+\d+\s*(?:[:.\-\u2013\u2014]\s*)?/i, '').trim();
}
