import {normalizeText} from './normalize-text.js';
import type {NumericField, QueryTerm, WorkFlag} from './parse-query.js';
import {textFields} from './search-index.js';
import {wordKey, wordsOf} from './tokens.js';

/**
 * One thing a work must satisfy, with its text already normalized. A query
 * term becomes one condition, except a bare run of words (`hurt/comfort`),
 * which becomes one condition per word. `field` is a `textFields` number, or
 * -1 for any text field.
 */
export type Condition =
	| {type: 'word'; field: number; word: string}
	| {type: 'exact' | 'prefix'; field: number; text: string}
	| {type: 'rating' | 'language'; text: string}
	| {type: 'status'; status: 'complete' | 'in-progress'}
	| {type: 'id'; id: string}
	| {type: 'range'; field: NumericField; min: number; max: number}
	| {type: 'is'; flag: WorkFlag};

/** Turns a parsed term into the conditions a work must meet. */
export function conditionsOf(term: QueryTerm): Condition[] {
	switch (term.type) {
		case 'text': {
			const field = term.field === null ? -1 : textFields.indexOf(term.field);
			const text = normalizeText(term.text);
			if (text === '') return [];
			// Excluding near-misses would remove works the user never named, so `!word` is exact.
			if (term.match === 'fuzzy' && !term.negated) return wordsOf(text).map(word => ({type: 'word', field, word: wordKey(word)}));
			return [{type: term.match === 'prefix' ? 'prefix' : 'exact', field, text}];
		}

		case 'rating':
		case 'language': {
			const text = normalizeText(term.text);
			return text === '' ? [] : [{type: term.type, text}];
		}

		case 'status': {
			return [{type: 'status', status: term.status}];
		}

		case 'id': {
			return [{type: 'id', id: term.id}];
		}

		case 'range': {
			return [{type: 'range', field: term.field, min: term.min, max: term.max}];
		}

		case 'is': {
			return [{type: 'is', flag: term.flag}];
		}
	}
}
