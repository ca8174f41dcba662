import {isAscii, normalizeWithMap, unstroked} from '../search/normalize-text.js';
import type {WorkBody} from '../work.js';

/** One place a phrase occurs: paragraph, [start, end) in it, and the text around it on one line. */
export type PhraseHit = {paragraph: number; start: number; end: number; snippet: string};

/** How many hits the search finds in one work at most: a common phrase in a long work would be thousands. */
export const hitLimit = 20;

/** Characters of context on each side of a hit in its snippet. */
const context = 40;

/** The curly quotes (and primes) the search reads as straight ones. */
export const quotes: Readonly<Record<string, string>> = {'\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"'};
const space = /\s/;

type Folded = {text: string; starts: number[]; ends: number[]};

/**
 * The form a phrase and a text are compared in: lowercase, no accents,
 * straight quotes, every run of white space (line breaks too) one space;
 * with, per character, the original characters it came from.
 */
export function foldForPhrase(value: string): Folded {
	const normalized = isAscii(value) ? {text: value.toLowerCase(), starts: null, ends: null} : normalizeWithMap(value);
	// Pieces joined once at the end: asking a string built by appending about its end flattens it, and a
	// paragraph can be megabytes (a download that is one line).
	const pieces: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	let afterSpace = false;
	for (let index = 0; index < normalized.text.length; index++) {
		let character = normalized.text[index]!;
		const start = normalized.starts ? normalized.starts[index]! : index;
		const end = normalized.ends ? normalized.ends[index]! : index;
		if (space.test(character)) {
			if (afterSpace) {
				ends[ends.length - 1] = end;
				continue;
			}

			character = ' ';
		}

		afterSpace = character === ' ';
		pieces.push(quotes[character] ?? character);
		starts.push(start);
		ends.push(end);
	}

	return {text: pieces.join(''), starts, ends};
}

const combiningMarks = /\p{M}/gu;
const curlyQuotes = new RegExp(`[${Object.keys(quotes).join('')}]`, 'g');
const unstrokedLetters = new RegExp(`[${Object.keys(unstroked).join('')}]`, 'g');

/**
 * Whether `text` may hold the folded `phrase`: false only when it surely does
 * not. It is folded as `foldForPhrase` folds, but by whole-string operations
 * (no map back), which can only find more; so is a hyphen with white space
 * after it, which may be a line break the reader joins (FanFicFare's wrapping
 * of `well-` and `known`). A phrase that is not ASCII is not judged (Greek
 * lowercases by context as a whole string, not as the search does, a letter
 * at a time).
 */
export function mayHoldText(text: string, phrase: string): boolean {
	if (!isAscii(phrase)) return true;
	let folded = text.replaceAll(curlyQuotes, quote => quotes[quote]!);
	if (isAscii(folded)) folded = folded.toLowerCase();
	else folded = folded.normalize('NFD').replaceAll(combiningMarks, '').toLowerCase().normalize('NFD').replaceAll(combiningMarks, '').replaceAll(unstrokedLetters, letter => unstroked[letter]!);
	folded = folded.replaceAll(/\s+/g, ' ');
	return folded.includes(phrase) || (phrase.includes('-') && folded.replaceAll('- ', '-').includes(phrase.replaceAll('- ', '-')));
}

/** The folded phrase to look for; empty when it holds nothing but white space. */
export function foldPhrase(phrase: string): string {
	return foldForPhrase(phrase).text.trim();
}

/**
 * Where the folded `phrase` (see `foldPhrase`) occurs in `body`, in reading
 * order, at most `limit` hits. A paragraph of plain ASCII is searched as it
 * is, by a regular expression; the map back to its characters, built one
 * character at a time, is built only for another paragraph that may hold it.
 */
export function findPhrase(body: WorkBody, phrase: string, limit = hitLimit): PhraseHit[] {
	const hits: PhraseHit[] = [];
	const spansOf = phraseMatcher(phrase);
	for (let index = 0; index < body.paragraphs.length && hits.length < limit; index++) {
		const paragraph = body.paragraphs[index]!;
		for (const [start, end] of spansOf(paragraph, limit - hits.length)) {
			hits.push({paragraph: index, start, end, snippet: snippetOf(paragraph, start, end)});
		}
	}

	return hits;
}

/** Where the folded `phrase` occurs in one paragraph (or any text), as [start, end) code units of it, at most `limit`. */
export function phraseSpans(paragraph: string, phrase: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
	return phraseMatcher(phrase)(paragraph, limit);
}

/**
 * `text` as a regular expression, each run of white space in it standing for
 * any run of white space: a text keeps its line breaks inside a paragraph,
 * and both searches treat every run as one space.
 */
export function spacedPattern(text: string, flags: string): RegExp {
	const words = text.split(/\s+/).map(word => word.replaceAll(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
	return new RegExp(words.join(String.raw`\s+`), flags);
}

type SpansOf = (paragraph: string, limit: number) => Array<[number, number]>;

/**
 * `phraseSpans` for one phrase, made once. An ASCII paragraph needs no map:
 * the phrase, its spaces standing for any run of white space, is matched
 * case aside, which is the fold of ASCII. Another paragraph is folded a
 * character at a time, with the map back, only when a fold of the whole
 * string (`mayHoldText`) says it may hold the phrase.
 */
function phraseMatcher(phrase: string): SpansOf {
	if (phrase === '') return () => [];
	const pattern = spacedPattern(phrase, 'gi');
	return (paragraph, limit) => {
		const spans: Array<[number, number]> = [];
		if (isAscii(paragraph)) {
			pattern.lastIndex = 0;
			for (let match = pattern.exec(paragraph); match !== null && spans.length < limit; match = pattern.exec(paragraph)) {
				spans.push([match.index, match.index + match[0].length]);
			}

			return spans;
		}

		if (!mayHoldText(paragraph, phrase)) return spans;
		const folded = foldForPhrase(paragraph);
		for (let at = folded.text.indexOf(phrase); at >= 0 && spans.length < limit; at = folded.text.indexOf(phrase, at + phrase.length)) {
			spans.push([folded.starts[at]!, folded.ends[at + phrase.length - 1]! + 1]);
		}

		return spans;
	};
}

function snippetOf(paragraph: string, start: number, end: number): string {
	const from = Math.max(0, start - context);
	const to = Math.min(paragraph.length, end + context);
	const text = paragraph.slice(from, to).replaceAll(/\s+/g, ' ');
	return `${from > 0 ? '…' : ''}${text}${to < paragraph.length ? '…' : ''}`;
}
