import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {padToWidth, truncateStartToWidth, truncateToWidth} from '../../../source/core/output/fit-width.js';

describe('truncateToWidth and truncateStartToWidth', () => {
	it('leave text that fits alone', () => {
		expect(truncateToWidth('Tea', 3)).toBe('Tea');
		expect(truncateStartToWidth('Tea', 3)).toBe('Tea');
		expect(truncateToWidth('Tea', 0)).toBe('');
		expect(truncateStartToWidth('Tea', 0)).toBe('');
	});

	it('cut the end or the start to the width in columns, with an ellipsis', () => {
		expect(truncateToWidth('Winter Tea for Two', 8)).toBe('Winter …');
		expect(truncateStartToWidth('Winter Tea for Two', 8)).toBe('…for Two');
		// CJK is two columns wide: the cut never goes past the width.
		expect(truncateStartToWidth('tag:漢字の物語', 7)).toBe('…の物語');
		expect(stringWidth(truncateToWidth('漢字の物語', 6))).toBeLessThanOrEqual(6);
	});

	it('never split a grapheme: a combining accent or an emoji sequence stays whole', () => {
		expect(truncateStartToWidth('cafe\u0301 au lait', 8)).toBe('…au lait');
		expect(truncateStartToWidth('x cafe\u0301', 5)).toBe('…cafe\u0301');
		expect(truncateStartToWidth('a 👩‍💻 b', 5)).toBe('…👩‍💻 b');
	});

	it('pad to exactly the width', () => {
		expect(padToWidth('Tea', 5)).toBe('Tea  ');
		expect(padToWidth('Winter Tea', 5)).toBe('Wint…');
	});
});
