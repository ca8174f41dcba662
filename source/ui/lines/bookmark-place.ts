/**
 * Where a bookmark is, as its lists say it: `ch 3 · 45%`. `named` adds the chapter's title where it says
 * more than its number (`ch 3 Salt Tides · 45%`) and the excerpt does not start with it: the list of
 * every work's bookmarks, where the work is not open. Either part is left out when unknown (a work that
 * marks no chapters, a bookmark saved before ficread kept them).
 */
export function bookmarkPlace(chapter: {number: number; title: string} | null | undefined, progress: number | undefined, named?: {excerpt: string}): string {
	const name = chapter && named && !named.excerpt.startsWith(chapter.title) ? chapterName(chapter.title) : '';
	const place = chapter ? [`ch ${chapter.number}`, name].filter(Boolean).join(' ') : '';
	return [place, progress === undefined ? '' : `${Math.round(progress * 100)}%`].filter(Boolean).join(' · ');
}

/** A chapter title without the `Chapter 3` (`: `, `. `, ` - `) that the number already says. */
function chapterName(title: string): string {
	return title.replace(/^chapter\s+\d+\s*(?:[:.\-\u2013\u2014]\s*)?/i, '').trim();
}
