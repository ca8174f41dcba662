/**
 * Words inside normalized field values. Bare query words are matched against
 * words rather than whole values: a library repeats the same few thousand
 * words across tens of thousands of titles and tags, so each distinct word is
 * scored once per query instead of once per work.
 */
import {onFirstUse} from '../text/on-first-use.js';

// Letters and digits, keeping an inner apostrophe so `harry's` and `don't` stay one word.
const wordPattern = onFirstUse(() => /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu);

/** Calls `visit(word, start)` for each word of `text`, in order. */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
	const pattern = wordPattern();
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		visit(match[0], match.index);
	}
}

/** The words of `text`, in order. */
export function wordsOf(text: string): string[] {
	return text.match(wordPattern()) ?? [];
}

const apostrophes = /['\u2019]/g;

function isApostrophe(code: number): boolean {
	return code === 0x27 || code === 0x2019;
}

/**
 * A word as it is matched: without its apostrophes. Readers type titles
 * without them (`dont look back` for `Don't Look Back`, `whos` for `Who's`),
 * and a word of four letters or fewer gets no typo allowance to cover one.
 */
export function wordKey(word: string): string {
	return word.includes("'") || word.includes('\u2019') ? word.replace(apostrophes, '') : word;
}

/** Where in `text` the character `at` of the key of the word starting at `start` lies. */
export function keyOffset(text: string, start: number, at: number): number {
	let offset = start;
	for (let seen = 0; offset < text.length; offset++) {
		if (isApostrophe(text.charCodeAt(offset))) continue;
		if (seen++ === at) return offset;
	}

	return text.length - 1;
}

/**
 * A 32-bit summary of which characters `text` holds: one bit per letter a–z,
 * the rest folded onto six shared bits. A word that lacks `n` of a pattern's
 * bits needs at least `n` edits to match it, which rejects most of a
 * vocabulary before the fuzzy scorer runs.
 */
export function characterMask(text: string): number {
	let mask = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
		else if (code >= 48 && code <= 57) mask |= 1 << (26 + (code % 3));
		else mask |= 1 << (29 + (code % 3));
	}

	return mask >>> 0;
}

/** Number of set bits in a 32-bit integer. */
export function bitCount(value: number): number {
	let bits = value - ((value >>> 1) & 0x55555555);
	bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
	return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
