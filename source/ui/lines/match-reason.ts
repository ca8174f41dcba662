import type {FieldMatch, SearchField} from '../../core/search/search-types.js';

/** The fields a row can name as the reason it matched, most telling first, with the word that names each. */
const reasonLabels: ReadonlyArray<readonly [SearchField, string]> = [
	['authors', 'author'],
	['relationships', 'pairing'],
	['fandoms', 'fandom'],
	['characters', 'character'],
	['tags', 'tag'],
	['warnings', 'warning'],
];

export type MatchReason = {label: string; match: FieldMatch};

/**
 * Why a work is in the result when its title does not say so: the first
 * matched author, relationship, fandom, character, tag or warning. Null when
 * the title matched (the row already marks it) or nothing shown on a row did
 * (a summary, or a filter such as `words:>1k`).
 */
export function matchReason(matches: readonly FieldMatch[] | undefined): MatchReason | null {
	if (!matches || matches.some(match => match.field === 'title')) return null;
	for (const [field, label] of reasonLabels) {
		const match = matches.find(match => match.field === field && match.indices.length > 0);
		if (match) return {label, match};
	}

	return null;
}
