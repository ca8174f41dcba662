/** Finds chapter headings among body paragraphs. */

import type {TocEntry} from '../work.js';
import {normalizeSpace} from './split-paragraphs.js';

// A heading is a whole one-line paragraph: `Chapter 3` inside prose is not one.
// AO3 chapter titles run to 255 characters.
const maxHeadingLength = 300;
// After the number: a colon, a full stop, a hyphen, or an en or em dash.
const numberedHeading = /^chapter\s+\d{1,5}(?:\s*[:.\-\u2013\u2014]\s*\S.*|[:.])?$/i;
const chapterTextMarker = /^chapter text$/i;

function isHeadingShaped(paragraph: string): boolean {
	return paragraph.length <= maxHeadingLength && !paragraph.includes('\n');
}

/** True for `Chapter N`, `Chapter N: Title` or `Chapter N - Title` as a paragraph of its own. */
export function isChapterHeading(paragraph: string): boolean {
	return isHeadingShaped(paragraph) && numberedHeading.test(paragraph.trim());
}

/** True for AO3's `Chapter Text` landmark. */
export function isChapterTextMarker(paragraph: string): boolean {
	return isHeadingShaped(paragraph) && chapterTextMarker.test(paragraph.trim());
}

/**
 * Numbered headings make the table of contents. AO3 puts a `Chapter Text`
 * landmark under each of them, so the landmarks count (numbered in order) only
 * when there are no numbered headings.
 */
export function detectChapterHeadings(paragraphs: readonly string[]): TocEntry[] {
	const numbered: TocEntry[] = [];
	const markers: TocEntry[] = [];
	for (const [paragraph, text] of paragraphs.entries()) {
		if (isChapterHeading(text)) {
			numbered.push({title: normalizeSpace(text), paragraph});
		} else if (isChapterTextMarker(text)) {
			markers.push({title: `Chapter ${markers.length + 1}`, paragraph});
		}
	}

	return numbered.length > 0 ? numbered : markers;
}

/**
 * Finds the given titles, in order, each at the first paragraph after the
 * previous one that reads the same. Titles and paragraphs must have been
 * trimmed and unwrapped alike, since they are compared as they are.
 */
export function locateTitles(paragraphs: readonly string[], titles: readonly string[]): TocEntry[] {
	// Indexing where each title occurs keeps a long table of contents over a long body linear.
	const places = new Map(titles.map(title => [title, [] as number[]]));
	for (const [paragraph, text] of paragraphs.entries()) {
		places.get(text)?.push(paragraph);
	}

	const toc: TocEntry[] = [];
	let from = 0;
	for (const title of titles) {
		const paragraph = places.get(title)?.find(index => index >= from);
		if (paragraph !== undefined) {
			toc.push({title, paragraph});
			from = paragraph + 1;
		}
	}

	return toc;
}
