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

describe('formatChapters and formatCompact', () => {
	it('write AO3 chapter notation and short counts', () => {
		expect(formatChapters({posted: 1200, total: null})).toBe('1,200/?');
		expect(formatChapters({posted: 3, total: 10})).toBe('3/10');
		expect(formatChapters(null)).toBe('-');
		expect(formatCompact(3120)).toBe('3.1K');
	});
});
