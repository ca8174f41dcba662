import type {WorkFormat} from '../work.js';
import {isKnownLabelLine, labelsOf, matchLabelLine} from './labels.js';
import {findByline, findEndLine, isTocHeading} from './parse-fff-text.js';
import {isBlank, skipBlankLines} from './split-paragraphs.js';

// Far enough to pass FanFicFare's title page, and to see an AO3 header whole.
const fffLookahead = 60;
const ao3Lookahead = 40;

/**
 * A title over `by <author>` also opens plenty of plain stories, so FanFicFare's
 * title page needs a label it writes, its table of contents or its closing line.
 */
function isFffText(lines: readonly string[]): boolean {
	const byline = findByline(lines);
	if (byline === null) {
		return false;
	}

	const labels = labelsOf('fff-text');
	const end = Math.min(lines.length, byline.end + fffLookahead);
	for (let index = byline.end; index < end; index++) {
		const line = lines[index]!;
		if (isKnownLabelLine(line, labels) || isTocHeading(line)) {
			return true;
		}
	}

	return findEndLine(lines) !== -1;
}

/**
 * Prose may open with `Note: …`, so an AO3 header must open with Title or
 * Work ID, or hold two labels AO3 uses before its first blank line.
 */
function isAo3Text(lines: readonly string[]): boolean {
	const start = skipBlankLines(lines, 0);
	const first = start < lines.length ? matchLabelLine(lines[start]!) : null;
	if (first === null) {
		return false;
	}

	const labels = labelsOf('ao3-text');
	const field = labels.get(first.label.toLowerCase());
	if (field === 'title' || field === 'id') {
		return true;
	}

	let known = 0;
	const end = Math.min(lines.length, start + ao3Lookahead);
	for (let index = start; index < end && !isBlank(lines[index]!); index++) {
		known += isKnownLabelLine(lines[index]!, labels) ? 1 : 0;
	}

	return known >= 2;
}

export function detectFormat(lines: readonly string[]): WorkFormat {
	if (isFffText(lines)) {
		return 'fff-text';
	}

	return isAo3Text(lines) ? 'ao3-text' : 'plain-text';
}
