import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {createPager} from '../../../source/core/pager/pager.js';
import {comparePositions} from '../../../source/core/pager/position.js';
import {allRows, coverageProblems, pageTops, seeded, words} from './pager-fixtures.js';

const random = seeded(7);
// Paragraphs of many lengths, a hard line break, an empty hard line and leading/trailing/double spaces.
const paragraphs = [
	'Chapter 1',
	words(120, random),
	words(3, random),
	`${words(20, random)}\n${words(15, random)}\n\n${words(9, random)}`,
	`  ${words(40, random)}  with  double  spaces   `,
	'x',
	words(300, random),
	'Pneumonoultramicroscopicsilicovolcanoconiosis and Supercalifragilisticexpialidocious.',
	words(60, random),
];
const body = {paragraphs};

describe('createPager', () => {
	it('pages forward by the page height (a row more over a blank), never opens a page on a blank, and pages back without skipping a line', () => {
		for (const [width, height] of [[40, 10], [23, 7], [80, 24], [100, 50]] as const) {
			const pager = createPager(body, width);
			const tops = pageTops(pager, height);
			expect(tops.length).toBeGreaterThan(1);
			expect(pager.page(tops.at(-1)!, height).atEnd).toBe(true);
			expect(tops.at(-1)).toEqual(pager.end(height));
			for (const top of tops) expect(pager.page(top, height).lines[0]!.paragraph).toBeGreaterThanOrEqual(0);
			// The last step may be shorter: nextPage stops at the last full page.
			const {advances} = allRows(pager, height);
			expect(advances.slice(0, -1).every(advance => advance === height || advance === height + 1)).toBe(true);
			for (const [index, top] of tops.slice(1, -1).entries()) {
				const back = pager.prevPage(top, height);
				const lines = pager.page(back, height).lines;
				expect(lines[0]!.paragraph).toBeGreaterThanOrEqual(0);
				if (comparePositions(back, tops[index]!) === 0) continue;
				// Where the page before would open on a blank, it starts a row lower and ends on this page's top.
				expect(lines.at(-1)).toMatchObject({paragraph: top.paragraph, start: top.char});
			}

			expect(pager.prevPage(tops[0]!, height)).toEqual(tops[0]);
			expect(pager.nextPage(tops.at(-1)!, height)).toEqual(tops.at(-1));
		}
	});

	it('shows every character exactly once, in order, with one blank row between paragraphs', () => {
		for (const width of [12, 31, 80]) {
			const pager = createPager(body, width);
			const {rows} = allRows(pager, 9);
			expect(coverageProblems(paragraphs, rows)).toEqual([]);
			expect(rows.filter(row => row.paragraph < 0)).toHaveLength(paragraphs.length - 1);
			expect(rows.filter(row => row.paragraph < 0).every(row => row.text === '' && row.start === 0 && row.end === 0)).toBe(true);
			// The empty hard line inside paragraph 3 is a row of that paragraph, not a separator.
			expect(rows.some(row => row.paragraph === 3 && row.text === '')).toBe(true);
		}
	});

	it('never makes a row wider than the width', () => {
		for (const width of [5, 12, 40]) {
			const {rows} = allRows(createPager(body, width), 11);
			for (const row of rows) expect(stringWidth(row.text)).toBeLessThanOrEqual(width);
		}
	});

	it('breaks a word longer than the width', () => {
		const pager = createPager({paragraphs: ['a '.concat('x'.repeat(25), ' b')]}, 10);
		// wrap-ansi starts a long word on the current row unless that costs a row.
		expect(pager.page(pager.start(), 10).lines.map(line => line.text)).toEqual(['a xxxxxxxx', 'xxxxxxxxxx', 'xxxxxxx b']);
	});

	it('counts CJK and emoji as two columns', () => {
		const paragraph = '日本語のテキストです。😀😀😀 漢字かな交じり文 👩‍👩‍👧 終わり';
		const pager = createPager({paragraphs: [paragraph]}, 10);
		const {rows} = allRows(pager, 4);
		expect(coverageProblems([paragraph], rows)).toEqual([]);
		for (const row of rows) expect(stringWidth(row.text)).toBeLessThanOrEqual(10);
		expect(rows.map(row => row.text)).toEqual(['日本語のテ', 'キストです', '。😀😀😀', '漢字かな交', 'じり文 👩‍👩‍👧', '終わり']);
	});

	it('keeps offsets right in decomposed (NFD) text, which wrap-ansi normalizes', () => {
		const paragraph = 'Cafe\u0301 re\u0301sume\u0301 nai\u0308ve '.repeat(6).trim();
		const {rows} = allRows(createPager({paragraphs: [paragraph]}, 14), 5);
		expect(coverageProblems([paragraph], rows)).toEqual([]);
		expect(rows[0]!.text).toBe('Cafe\u0301 re\u0301sume\u0301');
	});

	it('keeps rows within the width where wrap-ansi strays from the source', () => {
		// Zero-width words, ideographic spaces it sometimes keeps, and NFD it normalizes.
		for (const paragraph of ['x\u200Bx \u200B y', '\u200B the end', '\u3000 \u3000xxxxxxxx and', 'Cafe\u0301 \u3000e\u0301te\u0301 fin']) {
			for (const width of [2, 3, 5]) {
				const {rows} = allRows(createPager({paragraphs: [paragraph]}, width), 4);
				let cursor = 0;
				for (const row of rows) {
					expect(stringWidth(row.text)).toBeLessThanOrEqual(width);
					// Only whitespace and invisible characters may fall between rows.
					expect(stringWidth(paragraph.slice(cursor, row.start).replaceAll(/\s/g, ''))).toBe(0);
					cursor = row.end;
				}

				expect(paragraph.slice(cursor).trim()).toBe('');
			}
		}
	});

	it('keeps the top character on screen when the width changes', () => {
		const narrow = createPager(body, 30);
		for (const top of pageTops(narrow, 8)) {
			for (const width of [17, 55, 120]) {
				const page = createPager(body, width).page(top, 8);
				if (top.char < 0) {
					expect(page.top).toEqual(top);
					continue;
				}

				const first = page.lines[0]!;
				expect(first.paragraph).toBe(top.paragraph);
				expect(first.start).toBeLessThanOrEqual(top.char);
				expect(top.char < first.end || first.start === top.char).toBe(true);
			}
		}
	});

	it('moves by single rows over the blanks between paragraphs, and stops at either end', () => {
		const pager = createPager(body, 40);
		const start = pager.start();
		expect(pager.lineUp(start, 1)).toEqual(start);
		let top = start;
		let steps = 0;
		for (let next = pager.lineDown(top, 1); comparePositions(next, top) !== 0; next = pager.lineDown(top, 1)) {
			expect(next.char).toBeGreaterThanOrEqual(0);
			expect(pager.lineUp(next, 1)).toEqual(top);
			top = next;
			steps++;
		}

		// Without a height lineDown stops with the last row on top; with one, at the last full page.
		expect(pager.page(top, 5).lines).toHaveLength(1);
		expect(pager.lineDown(start, steps + 10, 5)).toEqual(pager.end(5));
		expect(pager.lineUp(top, steps)).toEqual(start);
		expect(pager.lineDown(start, 3)).toEqual(pager.lineDown(pager.lineDown(start, 1), 2));
	});

	it('snaps a top to the start of its row and clamps positions outside the work', () => {
		const pager = createPager(body, 40);
		const row = pager.page({paragraph: 1, char: 0}, 3).lines[1]!;
		expect(pager.page({paragraph: 1, char: row.start + 3}, 3).top).toEqual({paragraph: 1, char: row.start});
		expect(pager.page({paragraph: 99, char: 5}, 3).atEnd).toBe(true);
		expect(pager.page({paragraph: -4, char: 0}, 3).top).toEqual(pager.start());
		// A separator top (a place saved by an older version): the page starts on the line after the blank.
		expect(pager.page({paragraph: 2, char: -1}, 3).lines[0]).toMatchObject({paragraph: 2, start: 0});
		expect(pager.page({paragraph: 2, char: -1}, 3).top).toEqual({paragraph: 2, char: 0});
		expect(pager.page({paragraph: 0, char: -1}, 3).top).toEqual(pager.start());
	});

	it('wraps quotes and list items narrower by the indent the reader draws them with', () => {
		const text = words(80, seeded(21));
		const pager = createPager({paragraphs: [text, text, text], blocks: [{kind: 'text'}, {kind: 'quote'}, {kind: 'list-item'}]}, 30);
		const {rows} = allRows(pager, 10);
		for (const row of rows.filter(row => row.paragraph > 0)) expect(stringWidth(row.text)).toBeLessThanOrEqual(28);
		expect(rows.filter(row => row.paragraph === 1).length).toBeGreaterThan(rows.filter(row => row.paragraph === 0).length);
	});

	it('reports progress by characters', () => {
		const pager = createPager({paragraphs: ['aaaa', 'bbbbbb']}, 10);
		expect(pager.progress({paragraph: 0, char: 0})).toBe(0);
		expect(pager.progress({paragraph: 1, char: 1})).toBe(0.5);
		expect(pager.progress({paragraph: 1, char: -1})).toBe(0.4);
	});

	it('counts pages in budgeted steps and numbers them like nextPage walks them', () => {
		for (const [width, height] of [[30, 6], [50, 13], [80, 500]] as const) {
			const pager = createPager(body, width);
			const tops = pageTops(pager, height);
			expect(pager.pageInfo(tops[0]!, height).pages).toBeNull();
			let slices = 1;
			while (!pager.countPages(0)) slices++;
			expect(slices).toBeGreaterThan(1);
			for (const [index, top] of tops.entries()) expect(pager.pageInfo(top, height)).toEqual({page: index + 1, pages: tops.length});
		}
	});

	it('handles a work with no paragraphs and one with an empty paragraph', () => {
		const empty = createPager({paragraphs: []}, 40);
		expect(empty.page(empty.start(), 10)).toEqual({lines: [], top: {paragraph: 0, char: 0}, atStart: true, atEnd: true});
		expect(empty.nextPage(empty.start(), 10)).toEqual({paragraph: 0, char: 0});
		expect(empty.countPages(5)).toBe(true);
		const blank = createPager({paragraphs: ['', 'b']}, 40);
		expect(blank.page(blank.start(), 10).lines.map(line => line.text)).toEqual(['', '', 'b']);
	});

	describe('on a 5 MB single-line work', () => {
		const huge = words(900_000, seeded(9));
		const work = {paragraphs: ['Title', huge]};
		const height = 50;

		it('shows the first page after wrapping only a few chunks', () => {
			const pager = createPager(work, 100);
			const page = pager.page(pager.start(), height);
			expect(page.lines).toHaveLength(height);
			expect(page.atEnd).toBe(false);
			expect(pager.stats().wrappedChars).toBeLessThan(10_000);
			pager.end(height);
			expect(pager.stats().wrappedChars).toBeLessThan(20_000);
		});

		it('resumes in the middle with the saved character on top, and pages both ways from there', () => {
			const pager = createPager(work, 100);
			const saved = {paragraph: 1, char: huge.indexOf(' ', 2_500_000) + 1};
			const page = pager.page(saved, height);
			expect(page.top).toEqual(saved);
			expect(page.lines[0]!.start).toBe(saved.char);
			const before = pager.prevPage(saved, height);
			expect(before.char).toBeLessThan(saved.char);
			const lines = pager.page(before, height).lines;
			expect(huge.slice(lines.at(-1)!.end, saved.char).trim()).toBe('');
			expect(pager.nextPage(before, height)).toEqual(saved);
			expect(pager.stats().wrappedChars).toBeLessThan(20_000);
			expect(pager.progress(saved)).toBe((5 + saved.char) / (5 + huge.length));
		});

		it('wraps the pages either side of the one shown in idle time, before counting', () => {
			const pager = createPager(work, 100);
			const saved = {paragraph: 1, char: huge.indexOf(' ', 4_000_000) + 1};
			pager.page(saved, height);
			const shown = pager.stats().wrappedChars;
			expect(pager.countPages(1000)).toBe(false);
			const idle = pager.stats().wrappedChars;
			expect(idle).toBeGreaterThan(shown);
			pager.page(pager.nextPage(saved, height), height);
			pager.page(pager.prevPage(saved, height), height);
			expect(pager.stats().wrappedChars).toBe(idle);
		});
	});

	it('numbers pages consistently after resuming far into a long paragraph and counting', () => {
		const long = words(60_000, seeded(13));
		const work = {paragraphs: [words(50, seeded(14)), long, words(50, seeded(15))]};
		const pager = createPager(work, 40);
		let top = {paragraph: 1, char: long.indexOf(' ', 150_000) + 1};
		for (let page = 0; page < 5; page++) top = pager.prevPage(top, 20);
		while (!pager.countPages(5));
		const tops = pageTops(pager, 20);
		for (const [index, pageTop] of tops.entries()) expect(pager.pageInfo(pageTop, 20)).toEqual({page: index + 1, pages: tops.length});
		expect(coverageProblems(work.paragraphs, allRows(pager, 20).rows)).toEqual([]);
	});
});
