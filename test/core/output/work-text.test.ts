import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import wrapAnsi from 'wrap-ansi';
import {formatWorkText, wrapParagraph} from '../../../source/core/output/work-text.js';
import type {WorkBody} from '../../../source/core/work.js';

const rich: WorkBody = {
	paragraphs: ['She said it twice, quietly.', 'Chapter 2', '* * *'],
	blocks: [
		{kind: 'text', spans: [{start: 9, end: 11, style: 'italic'}, {start: 12, end: 17, style: 'bold'}, {start: 19, end: 26, style: 'underline'}]},
		{kind: 'heading'},
		{kind: 'scene-break'},
	],
};

describe('formatWorkText (--print)', () => {
	it('writes plain text by default, whatever emphasis the body has', () => {
		expect(formatWorkText(rich, {width: null, emphasis: false})).toBe('She said it twice, quietly.\n\nChapter 2\n\n* * *\n');
	});

	it('marks italics as _x_ and bold as *x* with emphasis, and nothing else', () => {
		expect(formatWorkText(rich, {width: null, emphasis: true}).split('\n')[0]).toBe('She said _it_ *twice*, quietly.');
	});

	it('nests runs inside runs and joins touching runs of one style', () => {
		const body: WorkBody = {
			paragraphs: ['ab cd'],
			blocks: [{kind: 'text', spans: [{start: 0, end: 5, style: 'bold'}, {start: 0, end: 2, style: 'italic'}, {start: 2, end: 5, style: 'italic'}]}],
		};
		expect(formatWorkText(body, {width: null, emphasis: true})).toBe('*_ab cd_*\n');
		const crossing: WorkBody = {paragraphs: ['abcdef'], blocks: [{kind: 'text', spans: [{start: 0, end: 2, style: 'italic'}, {start: 2, end: 4, style: 'bold'}]}]};
		expect(formatWorkText(crossing, {width: null, emphasis: true})).toBe('_ab_*cd*ef\n');
		const inner: WorkBody = {paragraphs: ['ab cd'], blocks: [{kind: 'text', spans: [{start: 0, end: 5, style: 'bold'}, {start: 3, end: 5, style: 'italic'}]}]};
		expect(formatWorkText(inner, {width: null, emphasis: true})).toBe('*ab _cd_*\n');
	});

	it('wraps after marking, so marks count toward the width', () => {
		const body: WorkBody = {paragraphs: ['one two three'], blocks: [{kind: 'text', spans: [{start: 4, end: 7, style: 'italic'}]}]};
		expect(formatWorkText(body, {width: 9, emphasis: true})).toBe('one _two_\nthree\n');
	});
});

// Regression: --print --width on a 50 MB download on one line took 2.2 GB and 15 s (wrap-ansi on it whole).
describe('wrapParagraph', () => {
	it('wraps a paragraph a piece at a time exactly as wrap-ansi wraps it whole', () => {
		const word = fc.oneof(fc.constantFrom('a', 'of', 'lamp', 'lighthouse', 'Zoë', '—', 'x'.repeat(30)), fc.string({minLength: 1, maxLength: 12, unit: fc.constantFrom('a', 'b', 'é', '僕', '.')}));
		const paragraph = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', ' \u00A0 ', ' \u3000')), {minLength: 1, maxLength: 120}).map(parts => parts.map(([text, gap]) => text + gap).join('').trim());
		fc.assert(
			fc.property(paragraph, fc.integer({min: 20, max: 100}), fc.integer({min: 8, max: 200}), (text, width, piece) => {
				expect(wrapParagraph(text, width, piece)).toBe(wrapAnsi(text, width, {hard: true, trim: true}));
			}),
			{numRuns: 400},
		);
	});
});

// Regression (review): a word longer than a piece wrapped to 150,000 lines and more, spread into one call: "Maximum call stack size exceeded".
describe('wrapParagraph on one very long word', () => {
	it('wraps it as wrap-ansi does, whatever the number of lines', () => {
		// 150,000 rows of 20: more than a call takes arguments.
		const text = `a ${'x'.repeat(3_000_000)} b`;
		const wrapped = wrapParagraph(text, 20);
		expect(wrapped).toBe(wrapAnsi(text, 20, {hard: true, trim: true}));
		expect(wrapped.split('\n')).toHaveLength(150_002);
	});
});
