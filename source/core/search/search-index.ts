import type {WorkListing} from '../work.js';
import {normalizeText} from './normalize-text.js';
import type {TextField} from './parse-query.js';
import {characterMask, forEachWord, wordKey} from './tokens.js';

/** The text fields, in the order the sidebar lists matches; a field's number is its place here. */
export const textFields: readonly TextField[] = ['title', 'authors', 'fandoms', 'relationships', 'characters', 'tags', 'warnings', 'summary'];

/** The list fields of a work, in `textFields` order after the title. Named reads, not `work[name]`: a computed key makes this hot loop megamorphic. */
function listsOf(work: WorkListing, summary: string | null | undefined): ReadonlyArray<readonly string[]> {
	return [work.authors, work.fandoms, work.relationships, work.characters, work.tags, work.warnings, summary ? [summary] : []];
}

/**
 * The search index: three layers, each distinct item stored once.
 *
 *   word ──▶ values ──▶ works
 *
 * A value is one distinct string of one field (the tag `Angst`). A library
 * of 50,000 works holds about a million field values but some 70,000
 * distinct ones, and fewer distinct words still: a query scores words, then
 * spreads the scores to values and works along the posting lists. Lists are
 * CSR arrays: the items of `x` are `items[start[x]] … items[start[x + 1] - 1]`.
 *
 * Values `0 … works.length - 1` are the works' titles, in work order: titles
 * are nearly all distinct, so interning them would cost a map entry each and
 * save nothing.
 */
export type SearchIndex = {
	works: readonly WorkListing[];
	/** Number of distinct values. */
	valueCount: number;
	/** Per value: its field's number in `textFields`. */
	valueField: Uint8Array;
	/** Per value: the string as the works hold it. */
	valueRaw: string[];
	/** Per value: `normalizeText` of it. */
	valueText: string[];
	/** Per value: what a match in it adds to a work's score (see `valueBaseScore`). */
	valueBase: Float32Array;
	valueWorksStart: Int32Array;
	valueWorks: Int32Array;
	/** A work's values, in `textFields` order then the order the work lists them. */
	workValuesStart: Int32Array;
	workValues: Int32Array;
	/** A value's words, in order (the CSR of `valueWordIds`), and where each starts in `valueText` (see `keyOffset`). */
	valueWordsStart: Int32Array;
	valueWordIds: Int32Array;
	valueWordOffsets: Int32Array;
	/** The distinct words of all values (normalized, as `wordKey` gives them: `don't` is `dont`). */
	words: string[];
	wordMasks: Uint32Array;
	wordValuesStart: Int32Array;
	wordValues: Int32Array;
};

/**
 * What a match in a value adds to a work's score. How well the value fits
 * the query counts first: each word of the value past the first costs one,
 * so `fluff` finds `Fluff` before `Fluff and Angst` whatever their fields.
 * The title is a tie-breaker (it wins among equally good matches, never over
 * a better match elsewhere): it costs half a word less than other fields,
 * and a fandom or a warning, which thousands of works share, a quarter more.
 * All of it stays below the least prefix or typo cost (see `word-match.ts`).
 * A match in a summary ranks below a match anywhere else: it costs as much
 * as a tier (see `combine-matches.ts`).
 */
export const otherFieldCost = 0.5;
const broadFieldCost = 0.25;
const valueWordCost = 1;
const summaryCost = 20_000;
const summaryField = textFields.indexOf('summary');

function valueBaseScore(field: number, wordCount: number): number {
	const broad = field === textFields.indexOf('fandoms') || field === textFields.indexOf('warnings');
	if (field === summaryField) return summaryCost;
	return (field === 0 ? 0 : otherFieldCost) + (broad ? broadFieldCost : 0) + valueWordCost * Math.min(10, Math.max(0, wordCount - 1));
}

/**
 * Builds the index over `works` (and their summaries, at the same indices,
 * when given): a counting pass, an interning pass, then counting sorts.
 */
export function buildSearchIndex(works: readonly WorkListing[], summaries?: ReadonlyArray<string | null>): SearchIndex {
	let pairCount = 0;
	for (const [index, work] of works.entries()) {
		pairCount++;
		for (const list of listsOf(work, summaries?.[index])) pairCount += list.length;
	}

	const valueIds = textFields.slice(1).map(() => new Map<string, number>());
	const valueField: number[] = [];
	const valueRaw: string[] = [];
	const valueText: string[] = [];
	const valueBase: number[] = [];
	const valueWordsStart: number[] = [];
	const wordIds = new Map<string, number>();
	const words: string[] = [];
	// (word, value, offset) triples in value order: read as is, they list each
	// value's words; grouped by word, they give each word's values.
	const pairWords: number[] = [];
	const pairValues: number[] = [];
	const pairOffsets: number[] = [];

	const addValue = (raw: string, field: number): number => {
		const id = valueRaw.length;
		const text = normalizeText(raw);
		valueField.push(field);
		valueRaw.push(raw);
		valueText.push(text);
		valueWordsStart.push(pairWords.length);
		let wordCount = 0;
		forEachWord(text, (textWord, start) => {
			const word = wordKey(textWord);
			let wordId = wordIds.get(word);
			if (wordId === undefined) {
				wordId = words.length;
				wordIds.set(word, wordId);
				words.push(word);
			}

			pairWords.push(wordId);
			pairValues.push(id);
			pairOffsets.push(start);
			wordCount++;
		});
		valueBase.push(valueBaseScore(field, wordCount));
		return id;
	};

	for (const work of works) addValue(work.title, 0);

	const workValuesStart = new Int32Array(works.length + 1);
	const workValues = new Int32Array(pairCount);
	const valueOwners = new Int32Array(pairCount);
	let pair = 0;
	for (let workIndex = 0; workIndex < works.length; workIndex++) {
		const work = works[workIndex]!;
		workValuesStart[workIndex] = pair;
		workValues[pair] = workIndex;
		valueOwners[pair++] = workIndex;
		const lists = listsOf(work, summaries?.[workIndex]);
		for (let list = 0; list < lists.length; list++) {
			const ids = valueIds[list]!;
			for (const raw of lists[list]!) {
				let id = ids.get(raw);
				if (id === undefined) {
					id = addValue(raw, list + 1);
					ids.set(raw, id);
				}

				workValues[pair] = id;
				valueOwners[pair++] = workIndex;
			}
		}
	}

	workValuesStart[works.length] = pair;
	valueWordsStart.push(pairWords.length);

	const valueWorks = group(workValues, valueOwners, valueRaw.length);
	const wordValues = group(pairWords, pairValues, words.length);
	return {
		works,
		valueCount: valueRaw.length,
		valueField: Uint8Array.from(valueField),
		valueRaw,
		valueText,
		valueBase: Float32Array.from(valueBase),
		valueWorksStart: valueWorks.start,
		valueWorks: valueWorks.items,
		workValuesStart,
		workValues,
		valueWordsStart: Int32Array.from(valueWordsStart),
		valueWordIds: Int32Array.from(pairWords),
		valueWordOffsets: Int32Array.from(pairOffsets),
		words,
		wordMasks: Uint32Array.from(words, characterMask),
		wordValuesStart: wordValues.start,
		wordValues: wordValues.items,
	};
}

type Postings = {start: Int32Array; items: Int32Array};

/** Groups `(keys[i], items[i])` pairs by key (a counting sort); items keep their order within a key. */
function group(keys: ArrayLike<number>, items: ArrayLike<number>, keyCount: number): Postings {
	const start = new Int32Array(keyCount + 1);
	for (let index = 0; index < keys.length; index++) start[keys[index]! + 1]!++;
	for (let key = 0; key < keyCount; key++) start[key + 1]! += start[key]!;
	const fill = start.slice(0, keyCount);
	const grouped = new Int32Array(keys.length);
	for (let index = 0; index < keys.length; index++) grouped[fill[keys[index]!]!++] = items[index]!;
	return {start, items: grouped};
}
