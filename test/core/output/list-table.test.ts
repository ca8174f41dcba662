import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {formatListTable} from '../../../source/core/output/list-table.js';
import {makeWork} from '../../helpers/make-work.js';

describe('formatListTable', () => {
	const works = [
		makeWork({title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], rating: 'General Audiences', words: 3120, chapters: {posted: 6, total: 6}, status: 'complete'}),
		makeWork({title: '夜の図書館で会いましょう、長い題名', authors: ['a', 'b'], rating: 'Explicit', words: 1_234_567, chapters: {posted: 1024, total: null}, status: 'in-progress'}),
	];

	it('prints a header, one row per work, a summary and the skipped files', () => {
		const lines = formatListTable(works, [{path: 'cover.txt', reason: 'binary file (NUL byte in the first 8 KiB)'}], 100).trimEnd().split('\n');
		expect(lines[0]).toMatch(/^TITLE\s+AUTHORS\s+RATING\s+WORDS\s+CHAPTERS\s+STATUS$/);
		expect(lines[1]).toMatch(/^The Lamp at Gull Point\s+saltwater_scribe\s+G\s+3,120\s+6\/6\s+complete$/);
		expect(lines[2]).toMatch(/a, b\s+E\s+1,234,567\s+1,024\/\?\s+in-progress$/);
		expect(lines[3]).toBe('2 works, 1 skipped');
		expect(lines[4]).toBe('skipped: cover.txt: binary file (NUL byte in the first 8 KiB)');
	});

	it('never makes a row wider than asked, even with wide characters', () => {
		for (const line of formatListTable(works, [], 80).trimEnd().split('\n').slice(0, 3)) {
			expect(stringWidth(line)).toBeLessThanOrEqual(80);
		}
	});

	it('makes a skipped file name with escape sequences harmless', () => {
		const output = formatListTable([], [{path: 'evil\u001B]52;c;aGk=\u0007.txt', reason: 'empty file'}], 80);
		expect(output).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
		expect(output).toContain('skipped: evil?]52;c;aGk=?.txt: empty file');
	});
});
