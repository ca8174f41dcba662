/** Parsers for the values of header labels. */

import type {Chapters, Series, WorkStatus} from '../work.js';

/** Splits a tag list. Only `", "` separates: a tag may hold a `/` (`Alpha/Beta/Omega Dynamics`). */
export function splitList(value: string): string[] {
	return value
		.split(', ')
		.map(item => item.trim())
		.filter(item => item !== '');
}

// AO3 groups thousands with commas (`1,024`); other tools use a dot or a (narrow) no-break space.
// At most nine digits either way: a longer "count" is not one, and would not survive JSON as a number.
const count = String.raw`\d{1,3}(?:[,.'\u00A0\u202F ]\d{3}){1,2}|\d{1,9}`;
const countPattern = new RegExp(`^(?:${count})$`);
const chaptersPattern = new RegExp(`^(${count})(?:\\s*/\\s*(${count}|\\?))?$`);

function parseCount(text: string): number {
	return Number(text.replace(/\D/g, ''));
}

/**
 * Reads `posted/total`; a `?` total is unknown. A bare count (FanFicFare
 * writes how many chapters it fetched) has a known total only when the work
 * is complete.
 */
export function parseChapters(value: string, complete: boolean): Chapters | null {
	const match = chaptersPattern.exec(value.trim());
	if (match === null) {
		return null;
	}

	const posted = parseCount(match[1]!);
	const total = match[2];
	if (total === undefined) {
		return {posted, total: complete ? posted : null};
	}

	return {posted, total: total === '?' ? null : parseCount(total)};
}

/** Reads a count such as `Words: 12,345`; null when the value is not one. */
export function parseCountValue(value: string): number | null {
	const match = countPattern.exec(value.trim());
	return match === null ? null : parseCount(match[0]);
}

const completeWords = new Set(['complete', 'completed', 'finished']);
const inProgressWords = new Set(['inprogress', 'workinprogress', 'wip', 'incomplete', 'ongoing']);

/** Reads a `Status` value; null when it is none of the known wordings. */
export function parseStatus(value: string): WorkStatus | null {
	// Folding to letters only makes `In Progress`, `In-Progress` and `in progress` one word.
	const word = value.toLowerCase().replace(/[^a-z]/g, '');
	if (completeWords.has(word)) {
		return 'complete';
	}

	return inProgressWords.has(word) ? 'in-progress' : null;
}

/** The status a chapter count implies: all posted means complete, a `?` or missing chapters in progress. */
export function statusFromChapters(chapters: Chapters): WorkStatus {
	return chapters.total !== null && chapters.posted >= chapters.total ? 'complete' : 'in-progress';
}

const partOf = /^Part\s+(\d{1,9})\s+of\s+(.+)$/is;
// FanFicFare writes a series as `Name [2]`.
const bracketed = /^(.+?)\s*\[(\d{1,9})\]$/s;

function parseOneSeries(text: string): Series {
	const part = partOf.exec(text);
	if (part !== null) {
		return {name: part[2]!.trim(), part: Number(part[1])};
	}

	const numbered = bracketed.exec(text);
	if (numbered !== null) {
		return {name: numbered[1]!.trim(), part: Number(numbered[2])};
	}

	return {name: text, part: null};
}

/**
 * Reads `Part N of <name>`, several joined by `", "`. A series name may hold
 * `", "` itself, so the value is split only where the next `Part N of` begins;
 * a list without any `Part` is therefore one series.
 */
export function parseSeries(value: string): Series[] {
	return value
		.split(/,\s+(?=Part\s+\d+\s+of\s)/i)
		.map(text => text.trim())
		.filter(text => text !== '')
		.map(text => parseOneSeries(text));
}

/** The AO3 Work ID at the end of a story URL (`…/works/<id>`), or null for other sites. */
export function workIdFromUrl(url: string): string | null {
	return /\/works\/(\d+)/.exec(url)?.[1] ?? null;
}
