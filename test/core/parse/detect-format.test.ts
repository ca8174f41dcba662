import {describe, expect, test} from 'vitest';
import {detectFormat} from '../../../source/core/parse/detect-format.js';
import {linesOf} from '../../helpers/parse-text.js';
import {readFixture} from './read-fixture.js';

const format = (text: string) => detectFormat(linesOf(text));

describe('detectFormat', () => {
	test.each([
		['ao3-full-header.txt', 'ao3-text'],
		['ao3-singular-labels.txt', 'ao3-text'],
		['ao3-wip.txt', 'ao3-text'],
		['ao3-chapter-text-markers.txt', 'ao3-text'],
		['unknown-labels.txt', 'ao3-text'],
		['fff-text.txt', 'fff-text'],
		['plain-no-header.txt', 'plain-text'],
	])('%s is %s', (name, expected) => {
		expect(format(readFixture(name))).toBe(expected);
	});

	test('an AO3 header may start with any label AO3 uses, given two of them', () => {
		expect(format('Rating: Mature\nFandom: X\n\nText.')).toBe('ao3-text');
	});

	test('prose opening with one label-like line is plain text', () => {
		expect(format('Note: this was written in a hurry.\n\nThe story.')).toBe('plain-text');
		expect(format('Warning: spiders.\nThe story starts here.')).toBe('plain-text');
	});

	test('a title over a by-line with nothing of FanFicFare is plain text', () => {
		expect(format('The River\nby Someone\n\nOnce upon a time.')).toBe('plain-text');
	});

	test('a title over a by-line is FanFicFare when its labels, contents or closing line follow', () => {
		expect(format('The River\nby Someone\n\nCategory: Rivers\n\nText.')).toBe('fff-text');
		expect(format('The River\n\nby Someone\n\n\nTABLE OF CONTENTS\n\nOne\n')).toBe('fff-text');
		expect(format('The River\nby Someone\n\nText.\n\nEnd file.\n')).toBe('fff-text');
	});

	test('empty text is plain text', () => {
		expect(format('')).toBe('plain-text');
	});
});
