import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {pickListBox} from '../../source/ui/lines/pick-list-box.js';
import {App} from '../../source/ui/app.js';
import {folderWith} from '../helpers/folder-with.js';
import {makeWork} from '../helpers/make-work.js';
import {fixture} from '../helpers/run-cli.js';

const paragraph = (index: number) => `Paragraph ${index}: ${'the lamp had been dark for eleven winters and '.repeat(3).trim()}.`;
const text = Array.from({length: 40}, (_, index) => paragraph(index)).join('\n\n');
const works = [makeWork({path: 'lamp.txt', title: 'The Lamp at Gull Point', words: 1500})];

async function app(columns: number, rows: number, skipped: Array<{path: string; reason: string}> = []) {
	const root = await folderWith({'lamp.txt': text});
	const rendered = render(<App root={root} works={works} skipped={skipped} columns={columns} rows={rows} readingWidth={null} />);
	// ink-testing-library's terminal is 100 columns wide; a wider frame would be squeezed into it.
	Object.defineProperty(rendered.stdout, 'columns', {get: () => columns});
	Object.defineProperty(rendered.stdout, 'rows', {get: () => rows});
	rendered.stdout.emit('resize');
	return rendered;
}

/** The rows and columns the box drawn with a round border takes in a frame. */
function boxIn(frame: string) {
	const rows = frame.split('\n');
	const top = rows.findIndex(row => row.includes('╭'));
	const bottom = rows.findIndex(row => row.includes('╰'));
	const left = stringWidth(rows[top]!.slice(0, rows[top]!.indexOf('╭')));
	return {rows, top, height: bottom - top + 1, left, width: stringWidth(rows[top]!.slice(rows[top]!.indexOf('╭'), rows[top]!.indexOf('╮') + 1))};
}

describe('pick lists sized to what they hold, over the page', () => {
	for (const [columns, rows] of [[80, 24], [200, 60]] as const) {
		it(`draws two bookmarks as a small box over the text at ${columns}×${rows}`, async () => {
			const {lastFrame, stdin} = await app(columns, rows);
			stdin.write('\r');
			await vi.waitFor(() => expect(lastFrame()).toContain('Paragraph 0'), {timeout: 5000});
			stdin.write('m');
			await vi.waitFor(() => expect(lastFrame()).toContain('Bookmark'), {timeout: 5000});
			stdin.write(' ');
			stdin.write('m');
			stdin.write("'");
			await vi.waitFor(() => expect(lastFrame()).toContain('Bookmarks (Enter jumps'), {timeout: 5000});
			const frame = lastFrame()!;
			const box = boxIn(frame);
			// Border, title, two bookmarks (each on two lines where the page is too narrow for them).
			expect(box.height).toBe(columns >= 200 ? 5 : 7);
			// Labels longer than 80 columns wrap there; at 200 the box is as wide as its longest label.
			expect(box.width).toBeLessThanOrEqual(columns >= 200 ? 120 : columns);
			// Centred over the page, which shows above and below it.
			expect(box.top).toBeGreaterThan(3);
			expect(box.rows.slice(0, box.top).join('\n')).toMatch(/Paragraph \d+/);
			expect(box.rows.slice(box.top + box.height).join('\n')).toMatch(/the lamp/);
			for (const row of box.rows) expect(stringWidth(row)).toBeLessThanOrEqual(columns);
			// Nothing of the page shows through inside the box: after its title, blanks up to the border.
			const titleRow = box.rows[box.top + 1]!;
			expect(titleRow.slice(titleRow.indexOf('│'), titleRow.indexOf('│') + box.width)).toMatch(/^│ Bookmarks \(Enter jumps, d deletes, Esc closes\) *│$/);
		});
	}

	it('draws the skipped files over the preview on the list screen at 80×24', async () => {
		const {lastFrame, stdin} = await app(80, 24, [{path: 'broken.epub', reason: 'not a zip file'}]);
		stdin.write('x');
		await vi.waitFor(() => expect(lastFrame()).toContain('Skipped files: 1'), {timeout: 5000});
		const box = boxIn(lastFrame()!);
		expect(box.height).toBe(4);
		expect(lastFrame()).toContain('Library · 1 work');
		expect(box.rows[box.top + 2]).toContain('broken.epub — not a zip file');
	});

	// Regression: with more skipped files than fit, each wrapped to two lines, the box showed fewer items than
	// its rows held, and the preview's text showed through the rows left over.
	it('fills its box with whole items when more are skipped than fit, at 80×24', async () => {
		// Long reasons, that wrap, among short ones, that do not.
		const skipped = Array.from({length: 20}, (_, index) =>
			index % 3 === 0 ? {path: `truncated-download-number-${index}-of-a-rather-long-title.epub`, reason: 'not a zip, or a truncated one: no end of central directory'} : {path: `empty-${index}.txt`, reason: 'empty file'},
		);
		const {lastFrame, stdin} = await app(80, 24, skipped);
		// The preview's text is there to show through.
		await vi.waitFor(() => expect(lastFrame()).toContain('Paragraph 0'), {timeout: 5000});
		stdin.write('x');
		await vi.waitFor(() => expect(lastFrame()).toContain('Skipped files: 20'), {timeout: 5000});
		const box = boxIn(lastFrame()!);
		const inside = box.rows.slice(box.top + 2, box.top + box.height - 1).map(row => row.slice(row.indexOf('│', row.indexOf('│') + 1)));
		expect(inside.join('\n')).not.toContain('Paragraph');
		// Every long item whole: a name, then the rest of its reason.
		expect(inside.filter(row => row.includes('truncated-download-number-')).length).toBe(inside.filter(row => row.includes('central directory')).length);
	});
});

describe('pickListBox', () => {
	const toc = ['Chapter 1: Ashore', 'Chapter 2: The Stair', 'Chapter 3: Lamp'];

	it('sizes a 3-entry contents to its longest line, centred over the page, at 80×24 and 200×60', () => {
		const small = pickListBox('Contents (Enter jumps, Esc closes)', toc, {left: 0, width: 80, height: 23}, 80);
		expect(small).toMatchObject({width: 38, height: 6, left: 21, top: 8, visible: 3});
		const large = pickListBox('Contents (Enter jumps, Esc closes)', toc, {left: 0, width: 156, height: 59}, 200);
		expect(large).toMatchObject({width: 38, height: 6, left: 59, top: 26});
		for (const line of [...large.title, ...large.items.flat()]) expect(stringWidth(line)).toBe(36);
	});

	it('wraps a label wider than the page, and scrolls a list longer than it', () => {
		const box = pickListBox('Skipped', ['x'.repeat(100), ...Array.from({length: 40}, (_, index) => `file ${index}`)], {left: 20, width: 60, height: 23}, 80);
		expect(box.width).toBe(60);
		expect(box.items[0]).toHaveLength(2);
		expect(box.height).toBe(23);
		// Regression: 20 items shown in 20 rows, the 2-line one among them, squeezed every item to its first line
		// (the skipped files' reasons cut short, with no …). As many items as fit whole, the tallest counted each.
		expect(box.visible).toBe(10);
		// Each item as tall as the tallest, so that the items shown fill the box's rows.
		expect(box.items.every(lines => lines.length === 2)).toBe(true);
		// A short list with a wrapped item shows every item: the box is as tall as they are.
		expect(pickListBox('Skipped', ['x'.repeat(100), 'file'], {left: 20, width: 60, height: 23}, 80)).toMatchObject({height: 6, visible: 2});
	});

	it('takes the whole width when the page is too narrow for a list', () => {
		expect(pickListBox('Contents', toc, {left: 60, width: 20, height: 23}, 80).left).toBeLessThan(60);
	});
});

describe('the contents of a real work of three chapters, drawn', () => {
	// fixtures/downloads: an AO3 text download whose three chapters are marked (the second without a title).
	const cartographers = makeWork({path: 'The_Cartographers_Three.txt', title: "The Cartographer's Three Winters", authors: ['inkwell_wanderer'], words: 510, chapters: {posted: 3, total: 3}});

	// The page: the whole screen at 80 columns; beside the sidebar's column at 100 (26 columns of 100).
	for (const [columns, rows, page] of [[80, 24, 80], [100, 30, 74]] as const) {
		it(`is a box of three entries sized to its title, centred over the page, at ${columns}×${rows}`, async () => {
			const rendered = render(<App root={fixture('downloads')} works={[cartographers]} skipped={[]} columns={columns} rows={rows} readingWidth={null} />);
			Object.defineProperty(rendered.stdout, 'columns', {get: () => columns});
			Object.defineProperty(rendered.stdout, 'rows', {get: () => rows});
			rendered.stdout.emit('resize');
			const {lastFrame, stdin} = rendered;
			stdin.write('\r');
			await vi.waitFor(() => expect(lastFrame()).toContain('commission arrived'), {timeout: 5000});
			stdin.write('t');
			await vi.waitFor(() => expect(lastFrame()).toContain('Contents (Enter jumps'), {timeout: 5000});
			const box = boxIn(lastFrame()!);
			// Border, title and one row per chapter, as wide as the title (the widest line) and its margins.
			const entries = box.rows.slice(box.top + 2, box.top + box.height - 1).map(row => row.slice(box.left + 1, box.left + box.width - 1).trim());
			expect(entries).toEqual(['❯ Chapter 1: The First Winter', 'Chapter 2', 'Chapter 3: The Third Winter']);
			expect(box.width).toBe('Contents (Enter jumps, Esc closes)'.length + 4);
			// Centred over the page (the rows above the status line), which shows around it.
			expect(box.left).toBe(Math.floor((page - box.width) / 2));
			expect(box.top).toBe(Math.floor((rows - 1 - box.height) / 2));
			expect(box.rows.slice(0, box.top).join('\n')).toMatch(/commission|Tamsin/);
			expect(box.rows.slice(box.top + box.height, rows - 1).join('\n')).toMatch(/[a-z]{4}/);
			// Not over everything: the status line stays on the last row, and the sidebar beside the page.
			expect(box.rows).toHaveLength(rows);
			expect(box.rows.at(-1)).toMatch(/^Enter jump · Esc close/);
			if (columns >= 100) expect(box.rows[box.top]!.slice(page)).toContain('│');
			for (const row of box.rows) expect(stringWidth(row)).toBeLessThanOrEqual(columns);
		});
	}
});
