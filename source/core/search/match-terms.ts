import type {WorkListing} from '../work.js';
import {BoundedCache} from '../../vendor/bounded-cache.js';
import {createFuzzyWord, noMatch, type FuzzyWord} from './fuzzy-word.js';
import {chapterCount} from '../state/chapters-since-read.js';
import {filterBy, filterByText, languageRanges, ratingRanges, wholeValue, type FilterMatch} from './match-filters.js';
import type {Condition} from './conditions.js';
import {textFields, type SearchIndex} from './search-index.js';
import {bitCount, characterMask, keyOffset, wordKey, wordsOf} from './tokens.js';
import {matchWord, typoMinLength, wordCost} from './word-match.js';

/** How a text condition fares on every value and every work. */
export type TextMatch = {
	kind: 'text';
	/** The `textFields` number searched, or -1 for all. */
	field: number;
	/** How many words of the query this condition stands for. */
	words: number;
	/** The values it matches, and per value its cost (`noMatch` where it fails). */
	values: Int32Array;
	valueCosts: Float32Array;
	/** Per work: the best cost of its values plus that value's base; `noMatch` where none matches. */
	scores: Float32Array;
	/** The index words a query word reaches, ascending; null for a phrase (`"slow burn"`, `^slow`). */
	wordIds: Int32Array | null;
	/** Ranges of `index.valueText[value]` the condition marks; empty if none. */
	ranges(value: number): Array<[number, number]>;
};

/** How one condition fares on every work. */
export type TermMatch = TextMatch | FilterMatch;

/** Conditions on the reading state (`is:`) change with it: the engine evaluates them itself, uncached. */
export type Matcher = {match(condition: Exclude<Condition, {type: 'is'}>): TermMatch};

/** The words of the index a query word matches, with their costs. */
type WordHits = {ids: Int32Array; costs: Float32Array};

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
	const termCache = new BoundedCache<string, TermMatch>(24);

	// Scratch space, reused by every evaluation so that a keystroke allocates
	// little besides its result (garbage collection over a heap holding 50,000
	// works costs more than the search).
	const foundIds = new Int32Array(words.length);
	const foundCosts = new Float32Array(words.length);
	const valueList = new Int32Array(valueCount);

	/** Words `query` reaches, tried only among `within` (a superset of the answer) when given. */
	const findWords = (query: string, within?: Int32Array): WordHits => {
		const mask = characterMask(query);
		const allowed = query.length >= typoMinLength ? 1 : 0;
		const fuzzy: FuzzyWord = createFuzzyWord(query);
		const count = within ? within.length : words.length;
		let found = 0;
		for (let candidate = 0; candidate < count; candidate++) {
			const id = within ? within[candidate]! : candidate;
			// Each query letter the word lacks costs an edit: most words fail this one-instruction test.
			if (bitCount(mask & ~wordMasks[id]!) > allowed) continue;
			const word = words[id]!;
			const match = matchWord(query, word);
			if (match === null) continue;
			foundIds[found] = id;
			foundCosts[found++] = wordCost(match, query, word, () => fuzzy.score(word));
		}

		return {ids: foundIds.slice(0, found), costs: foundCosts.slice(0, found)};
	};

	const wordHits = (query: string): WordHits => {
		let hits = wordCache.get(query);
		if (hits === undefined) {
			// A word one letter longer reaches a subset of what the shorter one
			// reached, as long as both allow typos or neither does.
			const shorter = query.length - 1 === typoMinLength - 1 ? undefined : wordCache.get(query.slice(0, -1));
			hits = findWords(query, shorter?.ids);
			wordCache.set(query, hits);
		}

		return hits;
	};

	/** The text match over `valueList[0 … count - 1]`, whose costs are in `valueCosts`. */
	const textMatch = (field: number, wordCount: number, wordIds: Int32Array | null, count: number, valueCosts: Float32Array, ranges: (value: number) => Array<[number, number]>): TextMatch => {
		const {valueWorksStart, valueWorks, valueBase} = index;
		const scores = new Float32Array(index.works.length).fill(noMatch);
		for (let listed = 0; listed < count; listed++) {
			const value = valueList[listed]!;
			const score = valueCosts[value]! + valueBase[value]!;
			const end = valueWorksStart[value + 1]!;
			for (let posting = valueWorksStart[value]!; posting < end; posting++) {
				const work = valueWorks[posting]!;
				if (score < scores[work]!) scores[work] = score;
			}
		}

		return {kind: 'text', field, words: wordCount, values: valueList.slice(0, count), valueCosts, scores, wordIds, ranges};
	};

	const matchQueryWord = (query: string, field: number): TextMatch => {
		const hits = wordHits(query);
		const valueCosts = new Float32Array(valueCount).fill(noMatch);
		let count = 0;
		for (let hit = 0; hit < hits.ids.length; hit++) {
			const id = hits.ids[hit]!;
			const cost = hits.costs[hit]!;
			const end = wordValuesStart[id + 1]!;
			for (let posting = wordValuesStart[id]!; posting < end; posting++) {
				const value = wordValues[posting]!;
				if (field >= 0 && valueField[value] !== field) continue;
				const known = valueCosts[value]!;
				if (known === noMatch) valueList[count++] = value;
				if (cost < known) valueCosts[value] = cost;
			}
		}

		let fuzzy: FuzzyWord | undefined;
		// Ranges inside each matched word, worked out once: rows repeat words.
		const wordRanges = new Map<number, Array<[number, number]>>();
		const rangesInWord = (id: number): Array<[number, number]> => {
			let inWord = wordRanges.get(id);
			if (inWord === undefined) {
				const word = words[id]!;
				const match = matchWord(query, word);
				if (match === 'typo') {
					fuzzy ??= createFuzzyWord(query);
					inWord = fuzzy.ranges(word);
					if (inWord.length === 0) inWord = [[0, word.length - 1]];
				} else {
					inWord = match === null ? [] : [[0, query.length - 1]];
				}

				wordRanges.set(id, inWord);
			}

			return inWord;
		};

		return textMatch(field, 1, hits.ids, count, valueCosts, value => {
			if (valueCosts[value] === noMatch) return [];
			const ranges: Array<[number, number]> = [];
			const text = valueText[value]!;
			for (let slot = valueWordsStart[value]!; slot < valueWordsStart[value + 1]!; slot++) {
				const start = valueWordOffsets[slot]!;
				// Ranges are in the word's key: step over the apostrophes it left out.
				for (const [from, to] of rangesInWord(valueWordIds[slot]!)) ranges.push([keyOffset(text, start, from), keyOffset(text, start, to)]);
			}

			return ranges;
		});
	};

	const matchLiteral = (type: 'exact' | 'prefix', text: string, field: number): TextMatch => {
		const holds = type === 'exact' ? (value: string) => value.includes(text) : (value: string) => value.startsWith(text);
		const valueCosts = new Float32Array(valueCount).fill(noMatch);
		let count = 0;
		const consider = (value: number) => {
			if (valueCosts[value] !== noMatch) return;
			if ((field >= 0 && valueField[value] !== field) || !holds(valueText[value]!)) return;
			valueCosts[value] = 0;
			valueList[count++] = value;
		};

		// A value holding the text holds the text's longest word inside one of
		// its own words: look those up rather than scan every value.
		const textWords = wordsOf(text);
		// Index words are keys (no apostrophes), and the key of a word holding the text holds the probe's key.
		const probe = wordKey(textWords.reduce((longest, word) => (word.length > longest.length ? word : longest), ''));
		if (probe === '') {
			for (let value = 0; value < valueCount; value++) consider(value);
		} else {
			const probeMask = characterMask(probe);
			for (let id = 0; id < words.length; id++) {
				if ((probeMask & ~wordMasks[id]!) !== 0 || !words[id]!.includes(probe)) continue;
				for (let posting = wordValuesStart[id]!; posting < wordValuesStart[id + 1]!; posting++) consider(wordValues[posting]!);
			}
		}

		return textMatch(field, Math.max(1, textWords.length), null, count, valueCosts, value => {
			const valueString = valueText[value]!;
			if (!holds(valueString)) return [];
			if (type === 'prefix') return [[0, text.length - 1]];
			const ranges: Array<[number, number]> = [];
			for (let at = valueString.indexOf(text); at !== -1; at = valueString.indexOf(text, at + text.length)) {
				ranges.push([at, at + text.length - 1]);
			}

			return ranges;
		});
	};

	const evaluate = (condition: Exclude<Condition, {type: 'is'}>): TermMatch => {
		const {works} = index;
		switch (condition.type) {
			case 'word': {
				return matchQueryWord(condition.word, condition.field);
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
