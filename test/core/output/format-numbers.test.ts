import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatChapters, formatCompact, formatCount} from '../../../source/core/output/format-numbers.js';

describe('formatCount', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1,000'],
		[12_345, '12,345'],
		[1_234_567, '1,234,567'],
		[-4500, '-4,500'],
		[1234.5, '1,234.5'],
	])('%d → %s', (count, text) => {
		expect(formatCount(count)).toBe(text);
	});

	it('agrees with Intl.NumberFormat for every whole count', () => {
		const intl = new Intl.NumberFormat('en-US');
		fc.assert(fc.property(fc.integer({min: -1e12, max: 1e12}), count => formatCount(count) === intl.format(count)));
	});
});

describe('formatCompact', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1000, '1K'],
		[1050, '1.1K'],
		[14_700, '14.7K'],
		[99_950, '100K'],
		[999_950, '1M'],
		[1_250_000, '1.3M'],
		[-1500, '-1.5K'],
		[1e15, '1000T'],
	])('%d → %s', (count, text) => {
		expect(formatCompact(count)).toBe(text);
	});

	it("agrees with Intl.NumberFormat's compact notation for every whole count", () => {
		const intl = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});
		const sizes = fc.oneof(fc.integer({min: -1e6, max: 1e6}), fc.integer({min: 0, max: 1e13}), fc.constantFrom(999_949, 999_950, 999_999_950, 1050, 1150, 1250, 1450));
		fc.assert(fc.property(sizes, count => formatCompact(count) === intl.format(count)), {numRuns: 5000});
	});
});

describe('formatChapters', () => {
	it('writes AO3 chapter notation', () => {
		expect(formatChapters({posted: 1200, total: null})).toBe('1,200/?');
		expect(formatChapters({posted: 3, total: 10})).toBe('3/10');
		expect(formatChapters(null)).toBe('-');
	});
});
