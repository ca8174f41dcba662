/**
 * AO3-style text: `Label: value` lines up to the first blank line, an
 * optional `Summary:` block, an optional `Work text:` marker, then the work.
 */

import {detectChapterHeadings, isChapterHeading, isChapterTextMarker} from './detect-chapters.js';
import {labelsOf, matchLabelLine, readHeaderEntries} from './labels.js';
import {firstLine, isBlank, skipBlankLines, splitParagraphs} from './split-paragraphs.js';
import type {WorkParts} from './work-parts.js';

const summaryLabel = /^summary:(?!\S)\s*/i;
const workTextMarker = /^work text:?$/i;
// AO3 caps a summary at 1250 characters; the rest leaves room for what a converter adds.
const maxSummaryLength = 2500;

/** True for the paragraphs that end a summary: the work text, a chapter, or the notes. */
function endsSummary(paragraph: string): boolean {
	const line = firstLine(paragraph);
	return workTextMarker.test(line) || isChapterTextMarker(line) || isChapterHeading(line) || /\bnotes?$/i.test(matchLabelLine(line)?.label ?? '');
}

/**
 * Reads the summary that opens `paragraphs`. It may span paragraphs up to the
 * next marker; when no marker follows within a summary's length, nothing shows
 * where the body starts, so only the first paragraph is taken.
 */
function readSummary(paragraphs: readonly string[]): {summary: string | null; bodyStart: number} {
	const first = paragraphs[0];
	if (first === undefined || !summaryLabel.test(first)) {
		return {summary: null, bodyStart: 0};
	}

	const opening = first.replace(summaryLabel, '');
	let length = opening.length;
	for (let index = 1; index < paragraphs.length && length <= maxSummaryLength; index++) {
		const paragraph = paragraphs[index]!;
		if (endsSummary(paragraph)) {
			return {summary: joinSummary([opening, ...paragraphs.slice(1, index)]), bodyStart: index};
		}

		length += paragraph.length;
	}

	return {summary: joinSummary([opening]), bodyStart: 1};
}

function joinSummary(parts: readonly string[]): string | null {
	return parts.join('\n\n').trim() || null;
}

/** Drops the `Work text:` marker line: it labels the body and is not part of it. */
function dropWorkTextMarker(paragraphs: string[]): string[] {
	const index = paragraphs.findIndex(paragraph => workTextMarker.test(firstLine(paragraph)));
	if (index === -1) {
		return paragraphs;
	}

	const rest = paragraphs[index]!.split('\n').slice(1).join('\n');
	return [...paragraphs.slice(0, index), ...(rest === '' ? [] : [rest]), ...paragraphs.slice(index + 1)];
}

export function parseAo3Text(lines: readonly string[]): WorkParts {
	const headerStart = skipBlankLines(lines, 0);
	let headerEnd = headerStart;
	while (headerEnd < lines.length && !isBlank(lines[headerEnd]!)) {
		headerEnd++;
	}

	const entries = readHeaderEntries(lines.slice(headerStart, headerEnd), {labels: labelsOf('ao3-text')});
	const paragraphs = splitParagraphs(lines, headerEnd);
	const {summary, bodyStart} = readSummary(paragraphs);
	const body = dropWorkTextMarker(paragraphs.slice(bodyStart));
	return {entries, title: null, authors: [], summary, paragraphs: body, toc: detectChapterHeadings(body)};
}
