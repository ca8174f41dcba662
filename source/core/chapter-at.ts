import type {TocEntry} from './work.js';

/** The chapter a paragraph belongs to, with its 1-based number, or null before the first heading. */
export function chapterAt(toc: readonly TocEntry[], paragraph: number): {title: string; number: number; count: number} | null {
	let found = -1;
	for (let index = 0; index < toc.length && toc[index]!.paragraph <= paragraph; index++) found = index;
	return found < 0 ? null : {title: toc[found]!.title, number: found + 1, count: toc.length};
}
