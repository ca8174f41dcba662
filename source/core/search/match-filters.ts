import type {WorkListing} from '../work.js';
import {noMatch} from './fuzzy-word.js';
import {normalizeText, originalRanges} from './normalize-text.js';
import type {FieldMatch, SearchField} from './search-types.js';
import {forEachWord} from './tokens.js';

/** A condition that holds or not, with no degrees, on every work. */
export type FilterMatch = {
	kind: 'filter';
	/** Per work: 0 where the condition holds, `noMatch` where it fails. */
	scores: Float32Array;
	/** What the sidebar marks for a work that meets the condition. */
	fieldMatch(work: WorkListing): FieldMatch;
};

/** A condition that holds or not; `describe` tells the sidebar what matched. */
export function filterBy(works: readonly WorkListing[], holds: (work: WorkListing, index: number) => boolean, describe: (work: WorkListing) => FieldMatch): FilterMatch {
	const scores = new Float32Array(works.length);
	for (let index = 0; index < works.length; index++) if (!holds(works[index]!, index)) scores[index] = noMatch;
	return {kind: 'filter', scores, fieldMatch: describe};
}

export function wholeValue(field: SearchField, value: string): FieldMatch {
	return {field, value, indices: value === '' ? [] : [[0, value.length - 1]]};
}

/**
 * A condition on the text of a single-valued field. `rangesOf` decides on
 * the normalized text (ranges to mark, or null when the condition fails),
 * once per distinct value: a library holds five ratings and a few languages
 * across all its works.
 */
export function filterByText(
	works: readonly WorkListing[],
	field: SearchField,
	valueOf: (work: WorkListing) => string | null,
	rangesOf: (normalized: string) => Array<[number, number]> | null,
): FilterMatch {
	const decided = new Map<string, Array<[number, number]> | null>();
	const rangesFor = (value: string) => {
		let ranges = decided.get(value);
		if (ranges === undefined) {
			ranges = rangesOf(normalizeText(value));
			decided.set(value, ranges);
		}

		return ranges;
	};

	return filterBy(
		works,
		work => {
			const value = valueOf(work);
			return value !== null && rangesFor(value) !== null;
		},
		work => {
			const value = valueOf(work) ?? '';
			return {field, value, indices: originalRanges(value, rangesFor(value) ?? [])};
		},
	);
}

/** `rating:e`, `rating:teen` (a prefix) or `rating:ga` (initials, for General Audiences). */
export function ratingRanges(rating: string, typed: string): Array<[number, number]> | null {
	if (rating.startsWith(typed)) return [[0, typed.length - 1]];
	const starts: number[] = [];
	forEachWord(rating, (_word, start) => starts.push(start));
	const initials = starts.map(start => rating[start]).join('');
	return initials.startsWith(typed) ? starts.slice(0, typed.length).map(start => [start, start]) : null;
}

/** `lang:en`, `lang:portugues`: the language, or one of its words, starts with what was typed. */
export function languageRanges(language: string, typed: string): Array<[number, number]> | null {
	if (language.startsWith(typed)) return [[0, typed.length - 1]];
	let ranges: Array<[number, number]> | null = null;
	forEachWord(language, (word, start) => {
		if (ranges === null && word.startsWith(typed)) ranges = [[start, start + typed.length - 1]];
	});
	return ranges;
}
