import {describe, expect, test} from 'vitest';
import {countWords} from '../../../source/core/parse/count-words.js';

describe('countWords', () => {
	test.each([
		['One two  three', 3],
		['"Quoted," she said — and left…', 5],
		['— … * * * !!', 0],
		['1,024 words', 2],
		['well-known don\'t', 2],
		['Ça va? Très bien.', 4],
		['Привет, мир', 2],
		['日本語です', 5],
		['한국어 텍스트', 6],
		['Tokyo東京2020', 4],
		['𠀀𠀁', 2],
		['emoji 😀 alone', 2],
		['no\u00A0break\u3000space', 3],
		['', 0],
	])('%j → %i', (text, expected) => {
		expect(countWords([text])).toBe(expected);
	});

	test('adds up over paragraphs', () => {
		expect(countWords(['a b', 'c', ''])).toBe(3);
	});

	// Its speed is measured by `npm run bench`, not asserted here.
	test('a 5 MB body counts right', () => {
		const paragraph = 'The lantern swung in the wind, and "nobody" — not even Wren — noticed the 3rd street. ';
		const paragraphs = Array.from({length: Math.ceil(5_000_000 / paragraph.length / 10)}, () => paragraph.repeat(10));
		const expected = paragraphs.length * 10 * 15;
		expect(countWords(paragraphs)).toBe(expected);
	});
});
