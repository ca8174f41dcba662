import {describe, expect, test} from 'vitest';
import {detectChapterHeadings, isChapterHeading, locateTitles} from '../../../source/core/parse/detect-chapters.js';

describe('isChapterHeading', () => {
	test.each(['Chapter 1', 'Chapter 12: The Long Night', 'Chapter 3 - Ashes', 'Chapter 4 – Ashes', 'CHAPTER 5', 'Chapter 6:', '  Chapter 7  '])('%j is a heading', text => {
		expect(isChapterHeading(text)).toBe(true);
	});

	test.each([
		'Chapter 3 was mostly about gulls.',
		'By the time she read Chapter 3 she was asleep.',
		'Chapter',
		'Chapter One',
		'Chapter 1\nand then prose on the next line',
		`Chapter 1: ${'long '.repeat(80)}`,
	])('%j is not', text => {
		expect(isChapterHeading(text)).toBe(false);
	});
});

describe('detectChapterHeadings', () => {
	test('numbered headings with their paragraph index', () => {
		expect(detectChapterHeadings(['Chapter 1: Start', 'Text.', 'Chapter 2', 'More.'])).toEqual([
			{title: 'Chapter 1: Start', paragraph: 0},
			{title: 'Chapter 2', paragraph: 2},
		]);
	});

	test('"Chapter Text" markers are numbered in order when titles are absent', () => {
		expect(detectChapterHeadings(['Notes:', 'Chapter Text', 'One.', 'Chapter Text', 'Two.'])).toEqual([
			{title: 'Chapter 1', paragraph: 1},
			{title: 'Chapter 2', paragraph: 3},
		]);
	});

	test('"Chapter Text" under numbered headings adds nothing', () => {
		expect(detectChapterHeadings(['Chapter 1: A', 'Chapter Text', 'One.', 'Chapter 2: B', 'Chapter Text', 'Two.'])).toEqual([
			{title: 'Chapter 1: A', paragraph: 0},
			{title: 'Chapter 2: B', paragraph: 3},
		]);
	});

	test('no headings, no table of contents', () => {
		expect(detectChapterHeadings(['Just prose.', 'Chapter 3 was long.'])).toEqual([]);
	});
});

describe('locateTitles', () => {
	test('finds each title in order after the previous one', () => {
		const paragraphs = ['Prologue', 'Text mentioning nothing.', 'Home', 'Text.', 'Prologue', 'Away'];
		expect(locateTitles(paragraphs, ['Prologue', 'Home', 'Away'])).toEqual([
			{title: 'Prologue', paragraph: 0},
			{title: 'Home', paragraph: 2},
			{title: 'Away', paragraph: 5},
		]);
	});

	test('titles that share a name land on successive paragraphs', () => {
		expect(locateTitles(['Untitled', 'a', 'Untitled', 'b'], ['Untitled', 'Untitled'])).toEqual([
			{title: 'Untitled', paragraph: 0},
			{title: 'Untitled', paragraph: 2},
		]);
	});

	test('a title that never occurs is skipped, not invented', () => {
		expect(locateTitles(['One', 'x', 'Three'], ['One', 'Two', 'Three'])).toEqual([
			{title: 'One', paragraph: 0},
			{title: 'Three', paragraph: 2},
		]);
	});
});
