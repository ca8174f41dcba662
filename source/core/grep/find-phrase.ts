import {isAscii, normalizeWithMap} from '../search/normalize-text.js';
import type {WorkBody} from '../work.js';

/** One place a phrase occurs: paragraph, [start, end) in it, and the text around it on one line. */
export type PhraseHit = {paragraph: number; start: number; end: number; snippet: string};

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

/** The folded phrase to look for; empty when it holds nothing but white space. */
export function foldPhrase(phrase: string): string {
	return foldForPhrase(phrase).text.trim();
}

/**
 * Where the folded `phrase` (see `foldPhrase`) occurs in `body`, in reading
 * order, at most `limit` hits. A paragraph of plain ASCII is folded by the
 * engine's own lowercasing and one replace; the map back to its characters,
 * built one character at a time, is built only for a paragraph with a hit.
 */
export function findPhrase(body: WorkBody, phrase: string, limit = 20): PhraseHit[] {
	const hits: PhraseHit[] = [];
	for (let index = 0; index < body.paragraphs.length && hits.length < limit; index++) {
		const paragraph = body.paragraphs[index]!;
		for (const [start, end] of phraseSpans(paragraph, phrase, limit - hits.length)) {
			hits.push({paragraph: index, start, end, snippet: snippetOf(paragraph, start, end)});
		}
	}

	return hits;
}

/** Where the folded `phrase` occurs in one paragraph (or any text), as [start, end) code units of it, at most `limit`. */
export function phraseSpans(paragraph: string, phrase: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	if (phrase === '' || (isAscii(paragraph) && !asciiFolded(paragraph).includes(phrase))) return spans;
	const folded = foldForPhrase(paragraph);
	for (let at = folded.text.indexOf(phrase); at >= 0 && spans.length < limit; at = folded.text.indexOf(phrase, at + phrase.length)) {
		spans.push([folded.starts[at]!, folded.ends[at + phrase.length - 1]! + 1]);
	}

	return spans;
}

// Anything but single spaces between words: the paragraph's white space must be folded too.
const irregularSpace = /\s\s|[^\S ]/;

/** `foldForPhrase(paragraph).text` for an ASCII paragraph. */
function asciiFolded(paragraph: string): string {
	const lower = paragraph.toLowerCase();
	return irregularSpace.test(lower) ? lower.replaceAll(/\s+/g, ' ') : lower;
}

function snippetOf(paragraph: string, start: number, end: number): string {
	const from = Math.max(0, start - context);
	const to = Math.min(paragraph.length, end + context);
	const text = paragraph.slice(from, to).replaceAll(/\s+/g, ' ');
	return `${from > 0 ? '…' : ''}${text}${to < paragraph.length ? '…' : ''}`;
}
