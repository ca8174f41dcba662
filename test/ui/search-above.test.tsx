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
});
