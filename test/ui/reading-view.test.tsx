import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import {folderWith} from '../helpers/folder-with.js';
import {makeWork} from '../helpers/make-work.js';

const paragraph = (index: number) => `Paragraph ${index}: ${'the lamp had been dark for eleven winters and '.repeat(3).trim()}.`;
const text = Array.from({length: 30}, (_, index) => paragraph(index)).join('\n\n');
const works = [
	makeWork({path: 'lamp.txt', title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], words: 1500, status: 'complete', chapters: {posted: 1, total: 1}}),
	makeWork({path: 'tea.txt', title: 'Winter Tea for Two', authors: ['kettlebell'], words: 40}),
];

async function opened(columns: number, rows: number) {
	const root = await folderWith({'lamp.txt': text, 'tea.txt': 'Short tea.'});
	const app = render(<App root={root} works={works} skipped={[]} columns={columns} rows={rows} readingWidth={null} />);
	// ink-testing-library's terminal is 100 columns wide; a wider frame would be squeezed into it.
	Object.defineProperty(app.stdout, 'columns', {get: () => columns});
	Object.defineProperty(app.stdout, 'rows', {get: () => rows});
	app.stdout.emit('resize');
	app.stdin.write('\r');
	// Opening reads the file: on a busy machine that can take longer than waitFor's default second.
	await vi.waitFor(() => expect(app.lastFrame()).toContain('Paragraph 0'), {timeout: 5000});
	return app;
}

const rowsOf = (frame: string | undefined) => (frame ?? '').split('\n');

describe('the reading view', () => {
	// Regression: at 80 columns the reader's place filled the status line and a note ("Bookmark added: …",
	// "Search wrapped around") showed as a bare "…".
	it('cuts its place, not a note, on the status line at 80×24', async () => {
		const {lastFrame, stdin} = await opened(80, 24);
		stdin.write('m');
		await vi.waitFor(() => expect(rowsOf(lastFrame()).at(-1)).toMatch(/Bookmark added: Paragraph 0/));
		stdin.write('m');
		await vi.waitFor(() => expect(rowsOf(lastFrame()).at(-1)).toMatch(/│  This place is bookmarked already$/));
		const status = rowsOf(lastFrame()).at(-1)!;
		expect(stringWidth(status)).toBeLessThanOrEqual(80);
		// The place first, as far as it fits.
		expect(status).toMatch(/^(page 1\/\d+ · )?0% /);
	});

	for (const [columns, rows] of [[80, 24], [100, 30], [200, 60]] as const) {
		it(`gives the reader the screen, in a centred column, at ${columns}×${rows}`, async () => {
			const {lastFrame, stdin} = await opened(columns, rows);
			const frame = rowsOf(lastFrame());
			// The list stepped aside.
			expect(lastFrame()).not.toContain('Library · 2 works');
			for (const line of frame) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
			// The text column: the measure (72) or the pane less its margins, centred in the pane.
			// The reader's pane: the screen less the sidebar's column (from 100 columns).
			const pane = columns >= 100 ? columns - Math.min(44, Math.max(26, Math.round(columns * 0.24))) : columns;
			const text = frame.map(line => line.slice(0, pane).trimEnd());
			const body = text.filter(line => line.includes('Paragraph'));
			const left = Math.min(...body.map(line => line.indexOf('Paragraph')));
			const measure = Math.min(72, pane - 4);
			for (const line of text.filter(line => /lamp|winters/.test(line))) expect(stringWidth(line) - left, line).toBeLessThanOrEqual(measure);
			expect(left).toBe(Math.max(2, Math.floor((pane - measure) / 2)));
			// Every row of the terminal: the page on all but the last, the status line on the last.
			expect(frame).toHaveLength(rows);
			// The status line: page x/y or %, and time left.
			const status = frame.at(-1)!;
			expect(status).toMatch(/%/);
			expect(status).toMatch(/left/);
			// L brings the list back beside the text, and takes it away again.
			stdin.write('L');
			await vi.waitFor(() => expect(lastFrame()).toContain('Library · 2 works'));
			stdin.write('L');
			await vi.waitFor(() => expect(lastFrame()).not.toContain('Library · 2 works'));
		});
	}

	it('says the new width on + and -', async () => {
		const {lastFrame, stdin} = await opened(200, 60);
		stdin.write('-');
		await vi.waitFor(() => expect(lastFrame()).toContain('Text width 68 columns'));
	});

	it('ends the work with a page of its own that names the next work, and > opens it', async () => {
		const {lastFrame, stdin} = await opened(100, 30);
		for (let page = 0; page < 20 && !(lastFrame() ?? '').includes('The end of'); page++) {
			const before = lastFrame();
			stdin.write(' ');
			await vi.waitFor(() => expect(lastFrame()).not.toBe(before));
		}

		const end = lastFrame() ?? '';
		expect(end).toContain('The end of The Lamp at Gull Point');
		expect(end).toContain('Complete in 1 chapter.');
		expect(end).toContain('Marked read.');
		expect(end).toContain('next work: Winter Tea for Two');
		// The first work of the list: no previous one is offered.
		expect(end).not.toContain('previous work');
		stdin.write('>');
		await vi.waitFor(() => expect(lastFrame()).toContain('Short tea.'), {timeout: 5000});
		// The last: the previous one is named, no next one offered.
		stdin.write(' ');
		await vi.waitFor(() => expect(lastFrame()).toContain('The end of Winter Tea for Two'));
		expect(lastFrame()).toContain('previous work: The Lamp at Gull Point');
		expect(lastFrame()).not.toContain('next work');
	});
});
