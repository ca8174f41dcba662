import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import {makeWork} from '../helpers/make-work.js';

const works = [
	makeWork({path: 'a.txt', title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], words: 3120, tags: ['Lighthouses']}),
	makeWork({path: 'b.txt', title: 'Slow Burn in the Bakery', authors: ['flourdusted'], words: 74}),
];

const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('the search box while typing', () => {
	it('spans the whole screen, so a long query stays in sight, and goes back over the list after Tab', async () => {
		const {lastFrame, stdin} = render(<App root="lib" works={works} skipped={[]} columns={120} rows={30} readingWidth={null} />);
		const query = 'tag:lighthouses author:saltwater_scribe words:>100';
		stdin.write('/');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toMatch(/^\//));
		stdin.write(query);
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toContain(query));
		const frame = lines(lastFrame());
		// Wider than the list column (36 at 120 columns): the whole query and its count on one line of the screen.
		expect(frame[0]).toMatch(new RegExp(`^/${query} +\\d+ of 2$`));
		expect(stringWidth(frame[0]!)).toBeGreaterThan(100);
		// The list's rows start on the next line; the panes keep their height (the status bar is still last).
		expect(frame[1]).not.toContain('Library');
		expect(frame).toHaveLength(30);
		stdin.write('\t');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).not.toMatch(/ of 2$/));
		// Back over the list: the query is cut to the list's width there.
		expect(lines(lastFrame())[0]).toMatch(/^\/…/);
	});
});

describe('a query that cannot be read', () => {
	it('shows its whole problem over the list at 100×30, every known field named', async () => {
		const {lastFrame, stdin} = render(<App root="lib" works={works} skipped={[]} columns={100} rows={30} readingWidth={null} />);
		stdin.write('/');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toMatch(/^\//));
		stdin.write('foo:bar');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toContain('is not a field'));
		// The list column, left of the first rule, read as one text: the problem wraps there.
		const column = lines(lastFrame()).map(line => line.split('│')[0]!.trim()).join(' ');
		expect(column).toContain('foo: is not a field (title author fandom rel char tag warning summary rating status lang id words chapters is)');
	});

	// Regression: with more works than the pane holds, the problem's lines squeezed every row to one line at
	// 80×24: the titles went blank and the cursor with them.
	// At 90×25 (review) the problem wraps to a line more in the list as drawn than in its pane's full width.
	it.each([
		[80, 24],
		[90, 25],
	])('keeps each row whole, and the cursor on screen, when the problem takes room from a full list at %i×%i', async (columns, rows) => {
		const many = Array.from({length: 30}, (_, index) => makeWork({path: `w${index}.txt`, title: `Work number ${index}`, words: 100 + index}));
		const {lastFrame, stdin} = render(<App root="lib" works={many} skipped={[]} columns={columns} rows={rows} readingWidth={null} />);
		stdin.write('jjjjjjjjjj');
		stdin.write('/');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toMatch(/^\//));
		stdin.write('foo:bar');
		await vi.waitFor(() => expect(lines(lastFrame())[0]).toContain('is not a field'));
		const column = lines(lastFrame()).map(line => line.split('│')[0]!);
		const titles = column.filter(line => /Work number \d+/.test(line));
		// Each row a title line and a details line, the selected work's title among them.
		expect(titles.length).toBeGreaterThanOrEqual(5);
		for (const title of titles) expect(column[column.indexOf(title) + 1]).toMatch(/\d+w/);
		expect(column.some(line => line.startsWith('▸ Work number 10'))).toBe(true);
		expect(lines(lastFrame())).toHaveLength(rows);
	});
});
