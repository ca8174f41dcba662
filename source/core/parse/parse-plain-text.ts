import {detectChapterHeadings} from './detect-chapters.js';
import {splitParagraphs} from './split-paragraphs.js';
import type {WorkParts} from './work-parts.js';

/** A file without a header: everything is body. */
export function parsePlainText(lines: readonly string[]): WorkParts {
	const paragraphs = splitParagraphs(lines);
	return {entries: [], title: null, authors: [], summary: null, paragraphs, toc: detectChapterHeadings(paragraphs)};
}
