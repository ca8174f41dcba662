/**
 * A labelled relevance set: queries in the classes a reader types, each
 * drawn from one work of a generated library, with the right answers
 * computed from the library's metadata (never from a search engine):
 *
 * - full title, two title words, title with a typo: the works with that
 *   title (or with both words in it); the one the reader looks for, or any
 *   work with the same title, for the reader cannot tell them apart by it;
 * - author, tag phrase, tag with a typo, tag as typed so far, character +
 *   tag, pairing: every work carrying them.
 *
 * A typo swaps two neighbouring letters inside a word of five letters or more.
 *
 * The works `relevance-library.ts` adds after its built ones (common shared
 * titles, punctuation, names, series parts) get queries of their own in the
 * title classes, typed as readers type titles: lowercase, without the
 * punctuation (`dont look back` for `Don't Look Back`), and now and then only
 * the first words, the last one perhaps unfinished (`the boy who li`).
 */
import {normalizeText} from '../source/core/search/normalize-text.js';
import {wordsOf} from '../source/core/search/tokens.js';
import type {WorkListing} from '../source/core/work.js';
import {createRandom} from './synthetic-library.js';

export const queryClasses = ['full title', 'two title words', 'title with a typo', 'author', 'tag phrase', 'tag with a typo', 'tag as typed so far', 'character + tag', 'pairing'] as const;

export type QueryClass = (typeof queryClasses)[number];

export type RelevanceQuery = {
	queryClass: QueryClass;
	query: string;
	/** Indices of the works that answer the query. */
	relevant: Set<number>;
	/** The work the reader looks for and those with the same title, in the classes that look for one. */
	needles: Set<number> | null;
};

const stopWords = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'to', 'as', 'for', 'at', 'on', 'what', 'where', 'all', 'before']);

function wordSet(text: string): Set<string> {
	return new Set(wordsOf(normalizeText(text)));
}

/** A title as a reader types it: lowercase, words only, no apostrophes. */
export function typedTitle(title: string): string {
	return wordsOf(normalizeText(title))
		.map(word => word.replaceAll(/['\u2019]/g, ''))
		.join(' ');
}

/** The query with two neighbouring letters of its longest word (5+ letters) swapped; null when it has none that changes. */
function withTypo(query: string, random: () => number): string | null {
	const words = query.split(' ');
	let longest = -1;
	for (const [position, word] of words.entries()) if (/^[a-z]{5,}$/.test(word) && (longest < 0 || word.length > words[longest]!.length)) longest = position;
	if (longest < 0) return null;
	const word = words[longest]!;
	for (let tries = 0; tries < 6; tries++) {
		const at = 1 + Math.floor(random() * (word.length - 2));
		if (word[at] === word[at + 1]) continue;
		words[longest] = word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
		return words.join(' ');
	}

	return null;
}

function where(works: readonly WorkListing[], holds: (work: WorkListing, index: number) => boolean): Set<number> {
	const found = new Set<number>();
	for (const [index, work] of works.entries()) if (holds(work, index)) found.add(index);
	return found;
}

/** The works whose title is typed as `works[index]`'s is. */
function sameTitleOf(works: readonly WorkListing[]): (work: WorkListing) => Set<number> {
	const titles = works.map(work => typedTitle(work.title));
	return work => {
		const title = typedTitle(work.title);
		return where(works, (_other, index) => titles[index] === title);
	};
}

type Draw = (work: WorkListing, index: number) => Omit<RelevanceQuery, 'queryClass'> | null;

function drawsOf(works: readonly WorkListing[], random: () => number): Record<QueryClass, Draw> {
	const sameTitle = sameTitleOf(works);
	const withTag = (tag: string) => where(works, other => other.tags.includes(tag));
	const anyTag = (work: WorkListing) => work.tags[Math.floor(random() * work.tags.length)];
	return {
		'full title': work => (wordsOf(work.title).length < 2 ? null : {query: work.title.toLowerCase(), relevant: sameTitle(work), needles: sameTitle(work)}),
		'two title words'(work, index) {
			const words = [...wordSet(work.title)].filter(word => !stopWords.has(word) && word.length >= 4);
			if (words.length < 2) return null;
			const [first, second] = words;
			return {query: `${first} ${second}`, relevant: where(works, other => wordSet(other.title).has(first!) && wordSet(other.title).has(second!)), needles: sameTitle(work)};
		},
		'title with a typo'(work) {
			const query = withTypo(work.title.toLowerCase(), random);
			return query === null ? null : {query, relevant: sameTitle(work), needles: sameTitle(work)};
		},
		author: work => ({query: work.authors[0]!, relevant: where(works, other => other.authors.includes(work.authors[0]!)), needles: null}),
		'tag phrase'(work) {
			const tag = anyTag(work);
			return tag === undefined ? null : {query: tag.toLowerCase(), relevant: withTag(tag), needles: null};
		},
		'tag with a typo'(work) {
			const tag = anyTag(work);
			const query = tag === undefined ? null : withTypo(tag.toLowerCase(), random);
			return query === null ? null : {query, relevant: withTag(tag!), needles: null};
		},
		'tag as typed so far'(work) {
			const tag = anyTag(work);
			if (tag === undefined || tag.length < 6) return null;
			const typed = normalizeText(tag).slice(0, Math.max(3, Math.ceil(tag.length * 0.7))).trimEnd();
			return {query: typed, relevant: where(works, other => other.tags.some(candidate => normalizeText(candidate).startsWith(typed))), needles: null};
		},
		'character + tag'(work) {
			const character = work.characters[0];
			const tag = anyTag(work);
			const name = character === undefined ? undefined : wordsOf(normalizeText(character))[0];
			if (name === undefined || tag === undefined || name.length < 3) return null;
			const relevant = where(works, other => other.tags.includes(tag) && other.characters.some(candidate => wordSet(candidate).has(name)));
			return {query: `${name} ${tag.toLowerCase()}`, relevant, needles: null};
		},
		pairing(work) {
			const pairing = work.relationships[0];
			if (pairing === undefined) return null;
			const names = pairing.split(/\/| & /).map(person => wordsOf(normalizeText(person))[0]);
			if (names.length !== 2 || names.some(name => name === undefined || name.length < 3) || names[0] === names[1]) return null;
			const [first, second] = random() < 0.5 ? names : [...names].reverse();
			const relevant = where(works, other => other.relationships.some(candidate => wordSet(candidate).has(first!) && wordSet(candidate).has(second!)));
			return {query: `${first} ${second}`, relevant, needles: null};
		},
	};
}

/**
 * Title queries as readers type them (see the head of this file), for the
 * added works: the whole title, or the first words of one of four words or
 * more, the last perhaps unfinished.
 */
function typedDrawsOf(works: readonly WorkListing[], random: () => number): Partial<Record<QueryClass, Draw>> {
	const titles = works.map(work => typedTitle(work.title));
	const sameTitle = sameTitleOf(works);
	return {
		'full title'(work) {
			const title = typedTitle(work.title);
			const words = title.split(' ');
			if (words.length < 4 || random() < 0.6) return {query: title, relevant: sameTitle(work), needles: sameTitle(work)};
			let query = words.slice(0, Math.ceil(words.length * 0.6)).join(' ');
			const last = query.slice(query.lastIndexOf(' ') + 1);
			if (last.length > 3 && random() < 0.5) query = query.slice(0, query.length - last.length + 3);
			const relevant = where(works, (_other, index) => titles[index]!.startsWith(query));
			return {query, relevant, needles: relevant};
		},
		'two title words'(work) {
			const words = [...new Set(typedTitle(work.title).split(' '))].filter(word => !stopWords.has(word) && word.length >= 4);
			if (words.length < 2) return null;
			const [first, second] = words;
			const relevant = where(works, (_other, index) => titles[index]!.split(' ').includes(first!) && titles[index]!.split(' ').includes(second!));
			return {query: `${first} ${second}`, relevant, needles: sameTitle(work)};
		},
		'title with a typo'(work) {
			const query = withTypo(typedTitle(work.title), random);
			return query === null ? null : {query, relevant: sameTitle(work), needles: sameTitle(work)};
		},
	};
}

/**
 * `perClass` distinct queries of every class drawn from the first `built`
 * works (all of them unless given), then as many of each title class
 * drawn from the rest; right answers come from all works.
 */
export function relevanceQueries(works: readonly WorkListing[], perClass: number, seed = 18, built = works.length): RelevanceQuery[] {
	const queries: RelevanceQuery[] = [];
	const drawAll = (draws: Partial<Record<QueryClass, Draw>>, random: () => number, from: number, to: number, wanted: number) => {
		for (const queryClass of queryClasses) {
			const draw = draws[queryClass];
			if (draw === undefined) continue;
			const seen = new Set<string>();
			for (let tries = 0; seen.size < wanted && tries < wanted * 50; tries++) {
				const index = from + Math.floor(random() * (to - from));
				const drawn = draw(works[index]!, index);
				if (drawn === null || drawn.relevant.size === 0 || seen.has(drawn.query)) continue;
				seen.add(drawn.query);
				queries.push({queryClass, ...drawn});
			}
		}
	};

	const random = createRandom(seed);
	drawAll(drawsOf(works, random), random, 0, built, perClass);
	if (built < works.length) {
		const typed = createRandom(seed * 7919 + 2);
		drawAll(typedDrawsOf(works, typed), typed, built, works.length, perClass);
	}

	return queries;
}

/**
 * How a ranking (work indices, best first) answers a query: whether a
 * needle (or, for a class with none, some right answer) is in the first `k`,
 * and the share of the first ten that are right answers (of as many as there are).
 *
 * When more than `k` works answer the query, it cannot single the needle out
 * (`stay with` for `Stay With Me, Part 2`, among eleven works titled `Stay
 * With Me`): a first `k` of right answers counts as finding it, for which of
 * them come first is a coin toss for any ranking.
 */
export function judge(query: RelevanceQuery, ranking: readonly number[], k = 5): {needleInTopK: boolean; precisionAt10: number} {
	const top = ranking.slice(0, 10);
	const first = ranking.slice(0, k);
	const ambiguous = query.relevant.size > k && first.length === k && first.every(work => query.relevant.has(work));
	const needleInTopK = ambiguous || first.some(work => (query.needles ?? query.relevant).has(work));
	const found = top.filter(work => query.relevant.has(work)).length;
	return {needleInTopK, precisionAt10: found / Math.min(10, query.relevant.size)};
}
