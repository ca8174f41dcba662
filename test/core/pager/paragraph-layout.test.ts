import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import wrapAnsi from 'wrap-ansi';
import type {Line} from '../../../source/core/pager/line-run.js';
import {ParagraphLayout} from '../../../source/core/pager/paragraph-layout.js';
import type {WrapStats} from '../../../source/core/pager/wrap-range.js';
import {seeded, words} from './pager-fixtures.js';

const newStats = (): WrapStats => ({wrapCalls: 0, wrappedChars: 0});

function forwardLines(layout: ParagraphLayout): Line[] {
	const lines = [layout.first()];
	for (let line = layout.next(lines[0]!); line; line = layout.next(line)) lines.push(line);
	return lines;
}

function backwardLines(layout: ParagraphLayout): Line[] {
	const lines = [layout.last()];
	for (let line = layout.previous(lines[0]!); line; line = layout.previous(line)) lines.unshift(line);
	return lines;
}

/** What wrap-ansi makes of the whole paragraph in one call per hard line. */
function wholeRows(text: string, width: number): string[] {
	return text.split('\n').flatMap(line => wrapAnsi(line, width, {hard: true, trim: true}).split('\n'));
}

// Words of every kind the wrapper must agree on: long ones, wide ones, decomposed ones, odd spacing.
const token = fc.oneof(
	fc.constantFrom('a', 'to', 'the', 'quick', 'fox,', 'said.', '“Yes”'),
	fc.constantFrom('日本語', '漢字かな', '😀', '👩‍👩‍👧', 'e\u0301te\u0301', 'ﾃﾞｰﾀ', '\u3000字'),
	fc.string({unit: fc.constantFrom('x', 'y', '語', 'e\u0301', '\u3000'), minLength: 8, maxLength: 60}),
);
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '  ', '\n', '\u3000');
const paragraph = fc
	.array(fc.tuple(token, separator), {minLength: 1, maxLength: 400})
	.map(parts => parts.map(([word, gap]) => word + gap).join(''));

describe('ParagraphLayout', () => {
	it('wraps in chunks exactly as wrap-ansi wraps the whole paragraph', () => {
		fc.assert(
			fc.property(paragraph, fc.integer({min: 2, max: 24}), (text, width) => {
				const lines = forwardLines(new ParagraphLayout(text, width, newStats()));
				expect(lines.map(line => text.slice(line.start, line.end).normalize())).toEqual(wholeRows(text, width));
			}),
			{numRuns: 150},
		);
	});

	it('gives the same lines walking back from the end when the exact start is near', () => {
		fc.assert(
			fc.property(paragraph, fc.integer({min: 2, max: 24}), (text, width) => {
				const forward = forwardLines(new ParagraphLayout(text, width, newStats()));
				const layout = new ParagraphLayout(text, width, newStats());
				expect(layout.last()).toEqual(forward.at(-1));
				if (text.length <= 2 * 256) expect(backwardLines(layout)).toEqual(forward);
			}),
			{numRuns: 80},
		);
	});

	it('wraps only near the place asked for in a huge paragraph', () => {
		const text = words(900_000, seeded(3));
		expect(text.length).toBeGreaterThan(5_000_000);
		const stats = newStats();
		const layout = new ParagraphLayout(text, 100, stats);
		let line = layout.first();
		for (let row = 1; row < 50; row++) line = layout.next(line)!;
		expect(stats.wrappedChars).toBeLessThan(12_000);

		const middle = text.indexOf(' ', 2_500_000) + 1;
		expect(layout.lineAt(middle).start).toBe(middle);
		const midWord = text.indexOf('extraordinarily', 3_500_000) + 5;
		expect(layout.lineAt(midWord).start).toBe(midWord);
		expect(layout.last().end).toBe(text.length);
		expect(stats.wrappedChars).toBeLessThan(30_000);
	});

	it('resumes mid-paragraph with the anchor as a line start and valid lines before it', () => {
		const text = words(80_000, seeded(11));
		const width = 40;
		const stats = newStats();
		const layout = new ParagraphLayout(text, width, stats);
		const anchor = text.indexOf(' ', 200_000) + 1;
		const top = layout.lineAt(anchor);
		expect(top.start).toBe(anchor);

		let line: Line = top;
		for (let row = 0; row < 200; row++) {
			const previous = layout.previous(line)!;
			expect(previous.end).toBeLessThanOrEqual(line.start);
			expect(text.slice(previous.end, line.start).trim()).toBe('');
			expect(stringWidth(text.slice(previous.start, previous.end))).toBeLessThanOrEqual(width);
			line = previous;
		}

		expect(stats.wrappedChars).toBeLessThan(30_000);
		// Lines never change once made, so walking forward again comes back to the anchor.
		for (let row = 0; row < 200; row++) line = layout.next(line)!;
		expect(line).toEqual(top);
	});

	it('resynchronizes no earlier than the known line start', () => {
		// Non-ASCII, so an anchor is set beyond two chunks (960 chars at width 40) yet within a window (1280).
		const text = `${words(60, seeded(2))}\n${'“quoted” words '.repeat(80)}`;
		const layout = new ParagraphLayout(text, 40, newStats());
		const anchor = text.indexOf('“', text.indexOf('\n') + 1100);
		expect(layout.lineAt(anchor).start).toBe(anchor);
		const lines = backwardLines(layout);
		for (const [index, line] of lines.entries()) {
			const previousEnd = lines[index - 1]?.end ?? 0;
			expect(line.start).toBeGreaterThanOrEqual(previousEnd);
			expect(text.slice(previousEnd, line.start).trim()).toBe('');
		}

		// The window reaches back past the hard line start, which is exact, so nothing before it is disturbed.
		const exact = forwardLines(new ParagraphLayout(text, 40, newStats()));
		const firstLine = (all: Line[]) => all.filter(line => line.start < text.indexOf('\n'));
		expect(firstLine(lines)).toEqual(firstLine(exact));
		expect(lines.some(line => line.start === anchor)).toBe(true);
	});

	it('completes in bounded steps into one run that keeps the lines already shown', () => {
		const text = `${words(12_000, seeded(5))}\n${words(10_000, seeded(6))}`;
		const layout = new ParagraphLayout(text, 50, newStats());
		const shown = [layout.lineAt(45_000), layout.lineAt(text.length - 1000), layout.first()];
		let steps = 1;
		while (!layout.completeStep()) steps++;
		expect(steps).toBeGreaterThan(100);
		const lines = forwardLines(layout);
		expect(layout.lineCount()).toBe(lines.length);
		for (const line of shown) expect(lines[layout.indexOf(line)]).toEqual(line);
		for (const [index, line] of lines.entries()) {
			const previousEnd = lines[index - 1]?.end ?? 0;
			expect(text.slice(previousEnd, line.start).trim()).toBe('');
			expect(stringWidth(text.slice(line.start, line.end))).toBeLessThanOrEqual(50);
		}
	});

	it('survives huge runs of spaces, no spaces at all, and empty hard lines', () => {
		const cases = [
			' '.repeat(100_000),
			`${'語'.repeat(20_000)} end`,
			`${'x'.repeat(70_000)}${' '.repeat(70_000)}`,
			'\n\n\n',
			`${words(10_000, seeded(1))}\n`,
		];
		for (const text of cases) {
			const layout = new ParagraphLayout(text, 30, newStats());
			const middle = layout.lineAt(Math.floor(text.length / 2));
			expect(middle.start).toBeLessThanOrEqual(Math.floor(text.length / 2));
			const last = layout.last();
			expect(layout.next(last)).toBeNull();
			let line: Line | null = last;
			for (let row = 0; row < 50 && line; row++) line = layout.previous(line);
			while (!layout.completeStep());
			expect(forwardLines(layout).length).toBe(layout.lineCount());
		}
	});
});
