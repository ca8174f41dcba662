/**
 * The text form search compares: lowercase, accents stripped (NFD, then
 * combining marks removed), so `miserables` finds `Misérables`.
 *
 * Work is done one code point at a time, never on the whole string, for two
 * reasons: each normalized unit must map back to the original characters it
 * came from (highlighting marks the original), and whole-string lowercasing
 * is context-sensitive (a final `Σ` becomes `ς`) while the index and the
 * highlighter must agree on every string.
 */
import {onFirstUse} from '../text/on-first-use.js';

/** A normalized string and, per UTF-16 unit of it, where it came from. */
export type NormalizedText = {
	text: string;
	/** First original code unit that produced `text[i]`. */
	starts: number[];
	/** Last original code unit (inclusive) that produced `text[i]`, trailing combining marks included. */
	ends: number[];
};

/** Letters NFD leaves whole but readers still type without the stroke (as fuse.js maps them). */
export const unstroked: Readonly<Record<string, string>> = {ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss'};

const combiningMarks = onFirstUse(() => /\p{M}/gu);
const asciiOnly = /^[\u0000-\u007F]*$/;

/** ASCII folds one code unit to one, so offsets in it need no map. */
export function isAscii(value: string): boolean {
	return asciiOnly.test(value);
}

// Non-ASCII code points repeat across a library (é, ü, CJK); normalizing each
// distinct one once keeps index building fast.
const foldedCodePoints = new Map<number, string>();

function foldCodePoint(codePoint: number): string {
	let folded = foldedCodePoints.get(codePoint);
	if (folded === undefined) {
		const lower = String.fromCodePoint(codePoint).normalize('NFD').replace(combiningMarks(), '').toLowerCase();
		folded = lower.normalize('NFD').replace(combiningMarks(), '');
		folded = unstroked[folded] ?? folded;
		foldedCodePoints.set(codePoint, folded);
	}

	return folded;
}

/** Normalizes `value` and keeps the map back to it. */
export function normalizeWithMap(value: string): NormalizedText {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (let index = 0; index < value.length; ) {
		const codePoint = value.codePointAt(index)!;
		const width = codePoint > 0xffff ? 2 : 1;
		const folded = codePoint < 0x80 ? String.fromCharCode(codePoint >= 65 && codePoint <= 90 ? codePoint + 32 : codePoint) : foldCodePoint(codePoint);
		if (folded === '') {
			// A lone combining mark (decomposed input): it belongs to the letter before it.
			if (ends.length > 0) ends[ends.length - 1] = index + width - 1;
		} else {
			for (let unit = 0; unit < folded.length; unit++) {
				starts.push(index);
				ends.push(index + width - 1);
			}

			text += folded;
		}

		index += width;
	}

	return {text, starts, ends};
}

/** Normalizes `value`; the same text `normalizeWithMap` gives, without the map. */
export function normalizeText(value: string): string {
	// ASCII lowercasing is context-free, so the fast path agrees with the slow one.
	return asciiOnly.test(value) ? value.toLowerCase() : normalizeWithMap(value).text;
}

/**
 * Maps inclusive ranges over `normalizeText(value)` to inclusive ranges over
 * `value` itself, sorted and merged.
 */
export function originalRanges(value: string, ranges: Array<[number, number]>): Array<[number, number]> {
	// ASCII normalizes one character to one character: the ranges already fit.
	if (asciiOnly.test(value)) return mergeRanges(ranges);
	const {starts, ends} = normalizeWithMap(value);
	const mapped: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		const from = starts[start];
		const to = ends[Math.min(end, ends.length - 1)];
		if (from !== undefined && to !== undefined && from <= to) mapped.push([from, to]);
	}

	return mergeRanges(mapped);
}

/** Sorts inclusive ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of ranges) {
		const last = merged.at(-1);
		if (last !== undefined && start <= last[1] + 1) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}

	return merged;
}
