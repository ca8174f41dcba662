import {describe, expect, it} from 'vitest';
import {countOf} from '../../source/core/output/format-numbers.js';
import {postedLine} from '../../source/ui/panes/end-page.js';
import {makeWork} from '../helpers/make-work.js';

// Regression: "2 of an unknown number chapters posted so far", and "1 words" on the end page and in the preview.
describe('the end page’s words', () => {
	it('says how much of a work is posted in plain English', () => {
		expect(postedLine(makeWork({status: 'in-progress', chapters: {posted: 2, total: null}}))).toBe('A work in progress: 2 chapters posted so far, of a number not yet known.');
		expect(postedLine(makeWork({status: 'in-progress', chapters: {posted: 1, total: null}}))).toBe('A work in progress: 1 chapter posted so far, of a number not yet known.');
		expect(postedLine(makeWork({status: 'in-progress', chapters: {posted: 2, total: 5}}))).toBe('A work in progress: 2 of 5 chapters posted so far.');
		expect(postedLine(makeWork({status: 'complete', chapters: {posted: 1, total: 1}}))).toBe('Complete in 1 chapter.');
	});

	it('counts with the noun in the number it takes', () => {
		expect(countOf(1, 'word')).toBe('1 word');
		expect(countOf(0, 'word')).toBe('0 words');
		expect(countOf(12_345, 'word')).toBe('12,345 words');
	});
});
