import {describe, expect, test} from 'vitest';
import {normalizeSpace, splitParagraphs} from '../../../source/core/parse/split-paragraphs.js';
import {linesOf} from '../../helpers/parse-text.js';

const paragraphs = (text: string) => splitParagraphs(linesOf(text));

describe('splitParagraphs', () => {
	test('blank lines separate paragraphs', () => {
		expect(paragraphs('One.\n\nTwo.\n\n\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
	});

	test('a single line break inside a paragraph is kept', () => {
		expect(paragraphs('Roses are red,\nthe ink is too.\n\nNext.')).toEqual(['Roses are red,\nthe ink is too.', 'Next.']);
	});

	test('trailing whitespace is trimmed and whitespace-only lines count as blank', () => {
		expect(paragraphs('One.  \u00A0\n   \nTwo.\t\n \t ')).toEqual(['One.', 'Two.']);
	});

	test('leading indentation is kept', () => {
		expect(paragraphs('    Indented.')).toEqual(['    Indented.']);
	});

	test('no text, no paragraphs', () => {
		expect(paragraphs('')).toEqual([]);
		expect(paragraphs('\n\n \n')).toEqual([]);
	});

	test('a range of lines', () => {
		expect(splitParagraphs(['a', '', 'b', '', 'c'], 2, 4)).toEqual(['b']);
	});
});

describe('normalizeSpace', () => {
	test('collapses and trims whitespace', () => {
		expect(normalizeSpace('  A \t long\n title ')).toBe('A long title');
		expect(normalizeSpace('Already fine')).toBe('Already fine');
	});
});
