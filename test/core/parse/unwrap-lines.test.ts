import {describe, expect, test} from 'vitest';
import {isWrapped, joinWrapped, joinWrappedLines, unwrapParagraphs} from '../../../source/core/parse/unwrap-lines.js';

const full = 'The first frost came early that year, and Marigold spent the morning wrapping';

describe('isWrapped', () => {
	test('a line the next word would not fit on was wrapped', () => {
		expect(full.length).toBeLessThanOrEqual(78);
		expect(isWrapped(full, 'the hives')).toBe(true);
		expect(isWrapped('Short line.', 'Next line.')).toBe(false);
	});

	test('html2text marks a <br> with two trailing spaces', () => {
		expect(isWrapped(`${full.slice(0, 70)}  `, 'anything')).toBe(false);
	});

	test('an indented next line is never a continuation', () => {
		expect(isWrapped(full, '    First Frost')).toBe(false);
	});

	test('an unbreakable long line (a URL) counts as wrapped', () => {
		expect(isWrapped(`https://example.org/${'a'.repeat(90)}`, 'next')).toBe(true);
	});
});

describe('joinWrapped', () => {
	test('joins with a space', () => {
		expect(joinWrapped('distant,', 'well')).toBe('distant, well');
	});

	test('a hyphenated word broken after its hyphen is joined back without a space', () => {
		expect(joinWrapped('a distant, well-', 'meaning argument')).toBe('a distant, well-meaning argument');
	});

	test('a dash standing alone keeps its space', () => {
		expect(joinWrapped('and then -', 'nothing')).toBe('and then - nothing');
	});
});

describe('unwrapParagraphs', () => {
	test('re-joins wrapped lines and keeps the author\'s own breaks', () => {
		const lines = [full, 'the hives.', '', 'A list:  ', 'bread', 'lamp oil'];
		expect(unwrapParagraphs(lines, 0, lines.length).map(paragraph => paragraph.text)).toEqual([`${full} the hives.`, 'A list:\nbread\nlamp oil']);
	});

	test('records indentation and the blank lines before each paragraph', () => {
		const lines = ['', '', '        Title', '', 'Text.'];
		expect(unwrapParagraphs(lines, 0, lines.length)).toEqual([
			{text: 'Title', indented: true, gap: 2},
			{text: 'Text.', indented: false, gap: 1},
		]);
	});
});

describe('joinWrappedLines', () => {
	test('joins a wrapped title', () => {
		expect(joinWrappedLines(['  A Very Long Title That', 'Wrapped  '])).toBe('A Very Long Title That Wrapped');
		expect(joinWrappedLines([])).toBe('');
	});
});
