/** Turns header entries into meta fields. */

import type {Series, WorkMeta} from '../work.js';
import type {HeaderEntry, LabelField, LabelTable} from './labels.js';
import {parseChapters, parseSeries, parseStatus, splitList, statusFromChapters, workIdFromUrl} from './parse-values.js';

/** The meta fields a header can state; `title` is null when it states none. */
export type HeaderFields = Pick<
	WorkMeta,
	| 'id'
	| 'authors'
	| 'rating'
	| 'warnings'
	| 'categories'
	| 'fandoms'
	| 'relationships'
	| 'characters'
	| 'tags'
	| 'language'
	| 'series'
	| 'status'
	| 'chapters'
	| 'published'
	| 'updated'
	| 'summary'
	| 'extra'
> & {title: string | null};

type ListField = 'authors' | 'warnings' | 'categories' | 'fandoms' | 'relationships' | 'characters' | 'tags';
type ScalarField = Exclude<LabelField, ListField | 'genre' | 'series' | 'extra'>;

const listFields: readonly LabelField[] = ['authors', 'warnings', 'categories', 'fandoms', 'relationships', 'characters', 'tags'];

function isListField(field: LabelField): field is ListField {
	return listFields.includes(field);
}

/** Labels kept in `extra` even though a field also reads them. */
const extraFields = new Set<LabelField | undefined>([undefined, 'extra', 'completed', 'storyUrl']);

const ao3Categories = new Set(['F/F', 'F/M', 'Gen', 'M/M', 'Multi', 'Other']);

// Spreading into push() overflows the stack on a header with a hundred thousand tags.
function append<T>(list: T[], items: readonly T[]): void {
	for (const item of items) {
		list.push(item);
	}
}

/**
 * Reads the entries: list labels may repeat and add up, any other label
 * counts once (its first non-empty value). Unknown labels go to `extra`.
 */
export function fieldsFromEntries(entries: readonly HeaderEntry[], labels: LabelTable): HeaderFields {
	const lists: Record<ListField, string[]> = {authors: [], warnings: [], categories: [], fandoms: [], relationships: [], characters: [], tags: []};
	const scalars = new Map<ScalarField, string>();
	const series: Series[] = [];
	const extra: Record<string, string> = {};
	for (const {label, value} of entries) {
		const field = labels.get(label.toLowerCase());
		if (extraFields.has(field) && !Object.hasOwn(extra, label)) {
			extra[label] = value;
		}

		if (field === undefined || field === 'extra') {
			continue;
		}

		if (isListField(field)) {
			append(lists[field], splitList(value));
		} else if (field === 'genre') {
			// FanFicFare's Genre holds AO3's categories among the additional tags.
			for (const tag of splitList(value)) {
				(ao3Categories.has(tag) ? lists.categories : lists.tags).push(tag);
			}
		} else if (field === 'series') {
			append(series, parseSeries(value));
		} else if (value !== '' && !scalars.has(field)) {
			scalars.set(field, value);
		}
	}

	const get = (field: ScalarField) => scalars.get(field) ?? null;
	const statedStatus = parseStatus(get('status') ?? '');
	const chaptersValue = get('chapters');
	const chapters = chaptersValue === null ? null : parseChapters(chaptersValue, statedStatus === 'complete');
	// A bare count (FanFicFare's) tells nothing of the total, so it settles no status.
	const statusOfChapters = chapters !== null && chaptersValue?.includes('/') ? statusFromChapters(chapters) : null;
	const storyUrl = get('storyUrl');
	const unique = (field: ListField) => [...new Set(lists[field])];
	return {
		id: get('id') ?? (storyUrl === null ? null : workIdFromUrl(storyUrl)),
		title: get('title'),
		authors: unique('authors'),
		rating: get('rating'),
		warnings: unique('warnings'),
		categories: unique('categories'),
		fandoms: unique('fandoms'),
		relationships: unique('relationships'),
		characters: unique('characters'),
		tags: unique('tags'),
		language: get('language'),
		series,
		// AO3 shows a `Completed` date only on finished works, so it settles the status when nothing else does.
		status: statedStatus ?? statusOfChapters ?? (get('completed') === null ? 'unknown' : 'complete'),
		chapters,
		published: get('published'),
		updated: get('updated') ?? get('completed'),
		summary: get('summary'),
		extra,
	};
}
