/**
 * FanFicFare's text output: the title, `by <author>`, one `Label: value` line
 * per field, `TABLE OF CONTENTS` with one line per chapter, each chapter under
 * its tab-indented title, and `End file.`; everything wrapped at 78 columns.
 */

import type {TocEntry} from '../work.js';
import {detectChapterHeadings, locateTitles} from './detect-chapters.js';
import {labelsOf, matchLabelLine, readHeaderEntries} from './labels.js';
import {splitList} from './parse-values.js';
import {isBlank, isIndented, normalizeSpace, skipBlankLines} from './split-paragraphs.js';
import {joinWrappedLines, unwrapParagraphs, type UnwrappedParagraph} from './unwrap-lines.js';
import type {WorkParts} from './work-parts.js';

const byLine = /^by\s+\S/i;
const tocHeading = /^table of contents$/i;
const endLine = 'End file.';
// A title wraps at 78 columns and AO3 allows 255 characters.
const maxTitleLines = 4;
// FanFicFare leaves one blank line between the title and the by-line.
const maxBlankLinesBeforeBy = 3;

/** FanFicFare's opening lines; `end` is the index of the line after the by-line. */
export type Byline = {title: string; authors: string[]; end: number};

function isByLine(line: string): boolean {
	return byLine.test(line.trim());
}

export function isTocHeading(line: string): boolean {
	return tocHeading.test(line.trim());
}

/** Index of FanFicFare's closing `End file.` line when it is the last non-blank line, else -1. */
export function findEndLine(lines: readonly string[]): number {
	let index = lines.length - 1;
	while (index >= 0 && isBlank(lines[index]!)) {
		index--;
	}

	return index >= 0 && lines[index]!.trim() === endLine ? index : -1;
}

/** Reads the title and by-line that open the text, or null when it does not open with them. */
export function findByline(lines: readonly string[]): Byline | null {
	const start = skipBlankLines(lines, 0);
	let titleEnd = start + 1;
	while (titleEnd < lines.length && titleEnd - start < maxTitleLines && !isBlank(lines[titleEnd]!) && !isByLine(lines[titleEnd]!)) {
		titleEnd++;
	}

	const by = skipBlankLines(lines, titleEnd);
	if (start >= lines.length || by >= lines.length || by - titleEnd > maxBlankLinesBeforeBy || !isByLine(lines[by]!)) {
		return null;
	}

	// Several authors can wrap the by-line.
	let end = by + 1;
	while (end < lines.length && !isBlank(lines[end]!)) {
		end++;
	}

	const title = joinWrappedLines(lines.slice(start, titleEnd));
	const authors = splitList(joinWrappedLines(lines.slice(by, end)).replace(/^by\s+/i, ''));
	return {title, authors, end};
}

/**
 * The title page ends at the table of contents, at the first chapter title
 * (indented), or failing both at a line that is no label and follows two
 * blank lines; it must open with a label, or it is empty and the text is body.
 */
function findHeaderEnd(lines: readonly string[], from: number): number {
	let blankLines = 0;
	let opened = false;
	for (let index = from; index < lines.length; index++) {
		const line = lines[index]!;
		if (isBlank(line)) {
			blankLines++;
			continue;
		}

		if (isTocHeading(line) || isIndented(line) || ((!opened || blankLines >= 2) && matchLabelLine(line) === null)) {
			return index;
		}

		opened = true;
		blankLines = 0;
	}

	return lines.length;
}

/**
 * How many paragraphs after `TABLE OF CONTENTS` are its entries; entries and
 * headings are unwrapped alike, so they compare as they are. The list ends
 * where the first title comes back as the first chapter's heading, preferring
 * a repeat after a wider gap since two chapters may share a title; failing
 * that, at the first wider gap; failing that nothing is taken as a list.
 */
function countTocEntries(paragraphs: readonly UnwrappedParagraph[]): number {
	const first = paragraphs[0];
	if (first === undefined) {
		return 0;
	}

	let repeat = -1;
	for (const [index, paragraph] of paragraphs.entries()) {
		if (index > 0 && paragraph.text === first.text) {
			if (paragraph.gap >= 2) {
				return index;
			}

			repeat = repeat === -1 ? index : repeat;
		}
	}

	return repeat === -1 ? Math.max(0, paragraphs.findIndex((paragraph, index) => index > 0 && paragraph.gap >= 2)) : repeat;
}

/** Chapter titles FanFicFare marks by layout alone: indented, after two blank lines or at the start. */
function indentedTitles(paragraphs: readonly UnwrappedParagraph[]): TocEntry[] {
	return paragraphs.flatMap((paragraph, index) =>
		paragraph.indented && (index === 0 || paragraph.gap >= 2) && !paragraph.text.includes('\n') ? [{title: normalizeSpace(paragraph.text), paragraph: index}] : [],
	);
}

export function parseFffText(lines: readonly string[]): WorkParts {
	const byline = findByline(lines);
	const headerStart = byline?.end ?? 0;
	const headerEnd = findHeaderEnd(lines, headerStart);
	const entries = readHeaderEntries(lines.slice(headerStart, headerEnd), {labels: labelsOf('fff-text'), wrapped: true});
	const hasToc = headerEnd < lines.length && isTocHeading(lines[headerEnd]!);
	const endLineIndex = findEndLine(lines);
	const rest = unwrapParagraphs(lines, hasToc ? headerEnd + 1 : headerEnd, endLineIndex === -1 ? lines.length : endLineIndex);
	const tocLength = hasToc ? countTocEntries(rest) : 0;
	const body = rest.slice(tocLength);
	const paragraphs = body.map(paragraph => paragraph.text);
	const titles = rest.slice(0, tocLength).map(paragraph => paragraph.text);
	const listed = locateTitles(paragraphs, titles);
	const laidOut = listed.length > 0 ? listed : indentedTitles(body);
	const toc = laidOut.length > 0 ? laidOut : detectChapterHeadings(paragraphs);
	// An empty title line falls back like a missing one.
	return {entries, title: byline?.title || null, authors: byline?.authors ?? [], summary: null, paragraphs, toc};
}
