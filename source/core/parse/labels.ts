/** Header `Label: value` lines and what each label means in each format. */

import type {WorkFormat} from '../work.js';
import {isBlank} from './split-paragraphs.js';
import {isWrapped, joinWrapped} from './unwrap-lines.js';
import {onFirstUse} from '../text/on-first-use.js';

export type HeaderEntry = {
	/** As written, trimmed. */
	label: string;
	value: string;
};

/**
 * The meta field a label fills. `extra` marks labels the formats are known to
 * use that have no field of their own; `completed` and `storyUrl` also go to
 * `extra` but are read as fallbacks (for `updated` and the Work ID).
 */
export type LabelField =
	| 'title'
	| 'id'
	| 'authors'
	| 'rating'
	| 'warnings'
	| 'categories'
	| 'fandoms'
	| 'relationships'
	| 'characters'
	| 'tags'
	| 'genre'
	| 'language'
	| 'series'
	| 'published'
	| 'updated'
	| 'completed'
	| 'chapters'
	| 'status'
	| 'summary'
	| 'storyUrl'
	| 'extra';

/** Lower-cased label → field. */
export type LabelTable = ReadonlyMap<string, LabelField>;

function labelTable(fields: Partial<Record<LabelField, string[]>>): Map<string, LabelField> {
	return new Map(Object.entries(fields).flatMap(([field, labels]) => labels.map(label => [label, field as LabelField] as const)));
}

/** AO3 pluralizes a label when the work has several tags, so both forms are listed. */
const ao3Labels = labelTable({
	title: ['title'],
	id: ['work id'],
	authors: ['author', 'authors'],
	rating: ['rating', 'ratings'],
	warnings: ['archive warning', 'archive warnings', 'warning', 'warnings'],
	categories: ['category', 'categories'],
	fandoms: ['fandom', 'fandoms'],
	relationships: ['relationship', 'relationships'],
	characters: ['character', 'characters'],
	tags: ['additional tags'],
	language: ['language'],
	series: ['series'],
	published: ['published'],
	updated: ['updated'],
	completed: ['completed'],
	chapters: ['chapters'],
	status: ['status'],
	summary: ['summary'],
	storyUrl: ['story url'],
	extra: ['words', 'comments', 'kudos', 'bookmarks', 'hits'],
});

/** FanFicFare calls the fandoms `Category` and folds AO3's categories into `Genre`. */
const fffLabels = new Map([
	...ao3Labels,
	...labelTable({
		fandoms: ['category', 'categories'],
		genre: ['genre', 'genres'],
		extra: ['packaged', 'publisher', 'author url'],
	}),
]);

export function labelsOf(format: WorkFormat): LabelTable {
	return format.startsWith('fff-') ? fffLabels : ao3Labels;
}

// A label is a few words ending in a colon that is followed by a space or the line end,
// so that `https://…` and prose with a colon late in the line are not labels.
const labelLine = onFirstUse(() => /^(\p{L}[\p{L}\p{N} '’&()./-]{0,39}):(?:\s+(.*))?$/u);

/** Reads `Label: value` from a line, or null when the line does not have that shape. */
export function matchLabelLine(line: string): HeaderEntry | null {
	const match = labelLine().exec(line.trim());
	if (match === null) {
		return null;
	}

	const label = match[1]!.trim();
	return label.split(' ').length <= 4 ? {label, value: (match[2] ?? '').trim()} : null;
}

/** True when the line is a label line whose label the table knows. */
export function isKnownLabelLine(line: string, labels: LabelTable): boolean {
	const entry = matchLabelLine(line);
	return entry !== null && labels.has(entry.label.toLowerCase());
}

type ReadOptions = {
	labels: LabelTable;
	/** FanFicFare wraps its title page: a label-shaped line right after a wrapped line is taken as a label only when known. */
	wrapped?: boolean;
};

/**
 * Reads a header's entries. A line without the label shape continues the
 * previous value (joined with a space); after a blank line it starts a new
 * paragraph of that value, as in a FanFicFare summary. Text before the first
 * label has no entry to belong to and is dropped.
 */
export function readHeaderEntries(lines: readonly string[], {labels, wrapped = false}: ReadOptions): HeaderEntry[] {
	const entries: HeaderEntry[] = [];
	let current: HeaderEntry | undefined;
	let previous = '';
	let afterBlank = false;
	for (const line of lines) {
		if (isBlank(line)) {
			afterBlank = true;
			continue;
		}

		const lineWrapped = wrapped && !afterBlank && isWrapped(previous, line);
		const entry = lineWrapped && !isKnownLabelLine(line, labels) ? null : matchLabelLine(line);
		if (entry !== null) {
			current = entry;
			entries.push(entry);
		} else if (current !== undefined) {
			const text = line.trim();
			if (current.value === '') {
				current.value = text;
			} else if (afterBlank) {
				current.value += `\n\n${text}`;
			} else {
				current.value = wrapped ? joinWrapped(current.value, text) : `${current.value} ${text}`;
			}
		}

		previous = line;
		afterBlank = false;
	}

	return entries;
}
