import type {WorkListing} from '../work.js';
import {BoundedCache} from '../../vendor/bounded-cache.js';
import {createFuzzyWord, noMatch, type FuzzyWord} from './fuzzy-word.js';
import {normalizeText, originalRanges} from './normalize-text.js';
import type {NumericField, QueryTerm} from './parse-query.js';
import type {FieldMatch, SearchField} from './search-engine.js';
import {textFields, type SearchIndex} from './search-index.js';
import {bitCount, characterMask, forEachWord, wordsOf} from './tokens.js';

/**
 * One thing a work must satisfy, with its text already normalized. A query
 * term becomes one condition, except a bare run of words (`hurt/comfort`),
 * which becomes one fuzzy condition per word. `field` is a `textFields`
 * number, or -1 for any text field.
 */
export type Condition =
	| {type: 'fuzzy'; field: number; word: string}
	| {type: 'exact' | 'prefix'; field: number; text: string}
	| {type: 'rating' | 'language'; text: string}
	| {type: 'status'; status: 'complete' | 'in-progress'}
	| {type: 'id'; id: string}
	| {type: 'range'; field: NumericField; min: number; max: number};

/** How one condition fares on every work. */
export type TermMatch =
	| {
			kind: 'text';
			/** The `textFields` number searched, or -1 for all. */
			field: number;
			/** Per work: lower is better; `noMatch` where the condition fails. */
			scores: Float32Array;
			/** Ranges of `index.valueText[value]` the condition marks; empty if none. */
			ranges(value: number): Array<[number, number]>;
	  }
	| {
			kind: 'filter';
			/** Per work: 0 where the condition holds, `noMatch` where it fails. */
			scores: Float32Array;
			/** What the sidebar marks for a work that meets the condition. */
			fieldMatch(work: WorkListing): FieldMatch;
	  };

export type Matcher = {match(condition: Condition): TermMatch};

/** Scales the share of a word left unmatched, so `burn` ranks `Burn` above `Burning`. */
const partialWordPenalty = 0.05;

/** Turns a parsed term into the conditions a work must meet. */
export function conditionsOf(term: QueryTerm): Condition[] {
	switch (term.type) {
		case 'text': {
			const field = term.field === null ? -1 : textFields.indexOf(term.field);
			const text = normalizeText(term.text);
			if (text === '') return [];
			// Excluding near-misses would remove works the user never named, so `!word` is exact.
			if (term.match === 'fuzzy' && !term.negated) return wordsOf(text).map(word => ({type: 'fuzzy', field, word}));
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
	}
}

/** The words of the index a query word matches, with their scores. */
type WordHits = {fuzzy: FuzzyWord; ids: Int32Array; scores: Float32Array};

/**
 * Evaluates conditions against the index. Results are cached per condition,
 * so typing `slow b` reuses the work done for `slow`, and the words matching
 * a query word are narrowed from those of the same word one letter shorter.
 * Both caches are keyed by the exact condition, so editing a query backwards
 * finds the earlier results or recomputes; it never reuses a wrong one.
 */
export function createMatcher(index: SearchIndex): Matcher {
	const {words, wordMasks, wordValuesStart, wordValues, valueCount, valueField, valueText, valueWordsStart, valueWordIds, valueWordOffsets} = index;
	const wordCache = new BoundedCache<string, WordHits>(64);
	const termCache = new BoundedCache<string, TermMatch>(32);

	// Scratch space, reused by every evaluation so that a keystroke allocates
	// little besides its result (garbage collection over a heap holding 50,000
	// works costs more than the search).
	const foundIds = new Int32Array(words.length);
	const foundScores = new Float32Array(words.length);
	const valueScores = new Float32Array(valueCount);
	const valueList = new Int32Array(valueCount);
	// `seen[value] === visit` marks values met in the current evaluation; no clearing needed.
	const seen = new Uint32Array(valueCount);
	let visit = 0;

	/** Words matching `fuzzy`, tried only among `within` (a superset of the answer) when given. */
	const findWords = (fuzzy: FuzzyWord, within?: Int32Array): WordHits => {
		const {mask, maxErrors, text} = fuzzy;
		const minLength = text.length - maxErrors;
		const count = within ? within.length : words.length;
		let found = 0;
		for (let candidate = 0; candidate < count; candidate++) {
			const id = within ? within[candidate]! : candidate;
			// Each pattern letter the word lacks costs an edit: most words fail this one-instruction test.
			if (bitCount(mask & ~wordMasks[id]!) > maxErrors) continue;
			const word = words[id]!;
			if (word.length < minLength || !fuzzy.reaches(word)) continue;
			foundIds[found] = id;
			foundScores[found++] = fuzzy.score(word) + partialWordPenalty * (1 - Math.min(1, text.length / word.length));
		}

		return {fuzzy, ids: foundIds.slice(0, found), scores: foundScores.slice(0, found)};
	};

	const wordHits = (word: string): WordHits => {
		let hits = wordCache.get(word);
		if (hits === undefined) {
			const fuzzy = createFuzzyWord(word);
			// Whatever matches `burn` with one typo also matches `bur` with one: a
			// longer word only narrows, as long as its typo budget is the same.
			const shorter = wordCache.get(word.slice(0, -1));
			hits = findWords(fuzzy, shorter?.fuzzy.maxErrors === fuzzy.maxErrors ? shorter.ids : undefined);
			wordCache.set(word, hits);
		}

		return hits;
	};

	/** Gives each work the best score of its values in `valueList[0 … count - 1]`, plus the value's base. */
	const spreadToWorks = (count: number): Float32Array => {
		const {valueWorksStart, valueWorks, valueBase} = index;
		const scores = new Float32Array(index.works.length).fill(noMatch);
		for (let listed = 0; listed < count; listed++) {
			const value = valueList[listed]!;
			const score = valueScores[value]! + valueBase[value]!;
			const end = valueWorksStart[value + 1]!;
			for (let posting = valueWorksStart[value]!; posting < end; posting++) {
				const work = valueWorks[posting]!;
				if (score < scores[work]!) scores[work] = score;
			}
		}

		return scores;
	};

	const matchFuzzy = (word: string, field: number): TermMatch => {
		const hits = wordHits(word);
		visit++;
		let count = 0;
		for (let hit = 0; hit < hits.ids.length; hit++) {
			const id = hits.ids[hit]!;
			const score = hits.scores[hit]!;
			const end = wordValuesStart[id + 1]!;
			for (let posting = wordValuesStart[id]!; posting < end; posting++) {
				const value = wordValues[posting]!;
				if (field >= 0 && valueField[value] !== field) continue;
				if (seen[value] !== visit) {
					seen[value] = visit;
					valueScores[value] = score;
					valueList[count++] = value;
				} else if (score < valueScores[value]!) {
					valueScores[value] = score;
				}
			}
		}

		const {fuzzy, ids} = hits;
		let matched: Uint8Array | undefined;
		// Ranges inside each matched word, worked out once: rows repeat words.
		const wordRanges = new Map<number, Array<[number, number]>>();
		return {
			kind: 'text',
			field,
			scores: spreadToWorks(count),
			ranges(value) {
				if (matched === undefined) {
					matched = new Uint8Array(words.length);
					for (const id of ids) matched[id] = 1;
				}

				const ranges: Array<[number, number]> = [];
				for (let slot = valueWordsStart[value]!; slot < valueWordsStart[value + 1]!; slot++) {
					const id = valueWordIds[slot]!;
					if (matched[id] === 0) continue;
					let inWord = wordRanges.get(id);
					if (inWord === undefined) {
						inWord = fuzzy.ranges(words[id]!);
						wordRanges.set(id, inWord);
					}

					const start = valueWordOffsets[slot]!;
					for (const [from, to] of inWord) ranges.push([start + from, start + to]);
				}

				return ranges;
			},
		};
	};

	const matchLiteral = (type: 'exact' | 'prefix', text: string, field: number): TermMatch => {
		const holds = type === 'exact' ? (value: string) => value.includes(text) : (value: string) => value.startsWith(text);
		visit++;
		let count = 0;
		const consider = (value: number) => {
			if (seen[value] === visit) return;
			seen[value] = visit;
			if ((field >= 0 && valueField[value] !== field) || !holds(valueText[value]!)) return;
			valueScores[value] = 0;
			valueList[count++] = value;
		};

		// A value holding the text holds the text's longest word inside one of
		// its own words: look those up rather than scan every value.
		const probe = wordsOf(text).reduce((longest, word) => (word.length > longest.length ? word : longest), '');
		if (probe === '') {
			for (let value = 0; value < valueCount; value++) consider(value);
		} else {
			const probeMask = characterMask(probe);
			for (let id = 0; id < words.length; id++) {
				if ((probeMask & ~wordMasks[id]!) !== 0 || !words[id]!.includes(probe)) continue;
				for (let posting = wordValuesStart[id]!; posting < wordValuesStart[id + 1]!; posting++) consider(wordValues[posting]!);
			}
		}

		return {
			kind: 'text',
			field,
			scores: spreadToWorks(count),
			ranges(value) {
				const valueString = valueText[value]!;
				if (!holds(valueString)) return [];
				if (type === 'prefix') return [[0, text.length - 1]];
				const ranges: Array<[number, number]> = [];
				for (let at = valueString.indexOf(text); at !== -1; at = valueString.indexOf(text, at + text.length)) {
					ranges.push([at, at + text.length - 1]);
				}

				return ranges;
			},
		};
	};

	const evaluate = (condition: Condition): TermMatch => {
		const {works} = index;
		switch (condition.type) {
			case 'fuzzy': {
				return matchFuzzy(condition.word, condition.field);
			}

			case 'exact':
			case 'prefix': {
				return matchLiteral(condition.type, condition.text, condition.field);
			}

			case 'rating': {
				return filterByText(works, 'rating', work => work.rating, value => ratingRanges(value, condition.text));
			}

			case 'language': {
				return filterByText(works, 'language', work => work.language, value => languageRanges(value, condition.text));
			}

			case 'status': {
				return filterBy(works, work => work.status === condition.status, work => wholeValue('status', work.status));
			}

			case 'id': {
				return filterBy(works, work => work.id === condition.id, work => wholeValue('id', work.id ?? ''));
			}

			case 'range': {
				const {field, min, max} = condition;
				const count = field === 'words' ? (work: WorkListing) => work.words : chapterCount;
				return filterBy(
					works,
					work => {
						const value = count(work);
						return value >= min && value <= max;
					},
					work => wholeValue(field, String(count(work))),
				);
			}
		}
	};

	return {
		match(condition) {
			// Numbers as strings: plain JSON writes both infinities of an open range as null.
			const key = JSON.stringify(condition, (_name, value: unknown) => (typeof value === 'number' ? String(value) : value));
			let match = termCache.get(key);
			if (match === undefined) {
				match = evaluate(condition);
				termCache.set(key, match);
			}

			return match;
		},
	};
}

/** Chapters posted; a file whose header gives none counts the chapters found in its body, or 1. */
function chapterCount(work: WorkListing): number {
	return work.chapters?.posted ?? Math.max(1, work.headings);
}

/** A condition that holds or not, with no degrees; `describe` tells the sidebar what matched. */
function filterBy(works: readonly WorkListing[], holds: (work: WorkListing) => boolean, describe: (work: WorkListing) => FieldMatch): TermMatch {
	const scores = new Float32Array(works.length);
	for (let index = 0; index < works.length; index++) if (!holds(works[index]!)) scores[index] = noMatch;
	return {kind: 'filter', scores, fieldMatch: describe};
}

function wholeValue(field: SearchField, value: string): FieldMatch {
	return {field, value, indices: value === '' ? [] : [[0, value.length - 1]]};
}

/**
 * A condition on the text of a single-valued field. `rangesOf` decides on
 * the normalized text (ranges to mark, or null when the condition fails),
 * once per distinct value: a library holds five ratings and a few languages
 * across all its works.
 */
function filterByText(
	works: readonly WorkListing[],
	field: SearchField,
	valueOf: (work: WorkListing) => string | null,
	rangesOf: (normalized: string) => Array<[number, number]> | null,
): TermMatch {
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
function ratingRanges(rating: string, typed: string): Array<[number, number]> | null {
	if (rating.startsWith(typed)) return [[0, typed.length - 1]];
	const starts: number[] = [];
	forEachWord(rating, (_word, start) => starts.push(start));
	const initials = starts.map(start => rating[start]).join('');
	return initials.startsWith(typed) ? starts.slice(0, typed.length).map(start => [start, start]) : null;
}

/** `lang:en`, `lang:portugues`: the language, or one of its words, starts with what was typed. */
function languageRanges(language: string, typed: string): Array<[number, number]> | null {
	if (language.startsWith(typed)) return [[0, typed.length - 1]];
	let ranges: Array<[number, number]> | null = null;
	forEachWord(language, (word, start) => {
		if (ranges === null && word.startsWith(typed)) ranges = [[start, start + typed.length - 1]];
	});
	return ranges;
}
