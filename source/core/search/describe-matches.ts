import type {TermMatch} from './match-terms.js';
import {originalRanges} from './normalize-text.js';
import type {FieldMatch, SearchField} from './search-types.js';
import {textFields, type SearchIndex} from './search-index.js';

const filterOrder: readonly SearchField[] = ['rating', 'status', 'language', 'id', 'words', 'chapters', 'is'];

/**
 * For one query's conditions, a function telling what they matched in a
 * work: each text value with the characters to highlight (ranges of the
 * string the work holds), then the other fields the query tested, in sidebar
 * order. A value's description is worked out once per query and shared by
 * every work holding the value (a tag recurs in thousands); treat it as
 * read-only.
 */
export function createDescriber(index: SearchIndex, matches: readonly TermMatch[]): (work: number) => FieldMatch[] {
	const textMatches = matches.filter(match => match.kind === 'text');
	const filterMatches = matches.filter(match => match.kind === 'filter');
	const described = new Map<number, FieldMatch | null>();

	const describeValue = (value: number): FieldMatch | null => {
		let description = described.get(value);
		if (description === undefined) {
			const field = index.valueField[value]!;
			const ranges: Array<[number, number]> = [];
			for (const match of textMatches) {
				if (match.field < 0 || match.field === field) ranges.push(...match.ranges(value));
			}

			const raw = index.valueRaw[value]!;
			description = ranges.length > 0 ? {field: textFields[field]!, value: raw, indices: originalRanges(raw, ranges)} : null;
			described.set(value, description);
		}

		return description;
	};

	return work => {
		const found: FieldMatch[] = [];
		for (let position = index.workValuesStart[work]!; position < index.workValuesStart[work + 1]!; position++) {
			const description = describeValue(index.workValues[position]!);
			if (description !== null) found.push(description);
		}

		const filters: FieldMatch[] = [];
		for (const match of filterMatches) {
			const fieldMatch = match.fieldMatch(index.works[work]!);
			// `words:>1k words:<5k` tests one field twice; the sidebar needs it once.
			if (!filters.some(known => known.field === fieldMatch.field)) filters.push(fieldMatch);
		}

		filters.sort((a, b) => filterOrder.indexOf(a.field) - filterOrder.indexOf(b.field));
		return [...found, ...filters];
	};
}
