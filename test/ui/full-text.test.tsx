import React from 'react';
import chalk from 'chalk';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import {folderWith} from '../helpers/folder-with.js';
import {makeWork} from '../helpers/make-work.js';

const filler = (index: number) => `Paragraph ${index} of the lamp, which had been dark for eleven winters before anyone climbed the stairs again.`;
const lamp = [...Array.from({length: 40}, (_, index) => filler(index)), 'Maren set the tin down between them and said that the \u201Csalt road\u201D ran north of the harbour, past the last of the nets.', filler(41)].join('\n\n');
const works = [
	makeWork({path: 'lamp.txt', title: 'The Lamp at Gull Point', words: 800}),
	makeWork({path: 'tea.txt', title: 'Winter Tea for Two', words: 20}),
	makeWork({path: 'map.txt', title: 'A Map of Small Hours', words: 30}),
];
const files = {'lamp.txt': lamp, 'tea.txt': 'The kettle sang. Nobody mentioned a salt road.', 'map.txt': 'Streets ran into rivers.'};

async function app(columns: number, rows: number) {
	const root = await folderWith(files);
	const rendered = render(<App root={root} works={works} skipped={[]} columns={columns} rows={rows} readingWidth={null} />);
	// ink-testing-library's terminal is 100 columns wide; a frame of another width must be told so.
	Object.defineProperty(rendered.stdout, 'columns', {get: () => columns});
	Object.defineProperty(rendered.stdout, 'rows', {get: () => rows});
	rendered.stdout.emit('resize');
	await vi.waitFor(() => expect(rendered.lastFrame()).toContain('Library · 3 works'), patient);
	return rendered;
}

function fits(frame: string, columns: number, rows: number) {
	const lines = frame.split('\n');
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
}

const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

// The search runs on this thread in these tests, after a pause in typing: give it time on a busy machine.
const patient = {timeout: 5000};

const plain = (frame: string | undefined) => (frame ?? '').replaceAll(/\u001B\[[\d;]*m/g, '');

/** The app at 100×30 with the full-text search for `phrase` done. */
async function searched(phrase: string) {
	const rendered = await app(100, 30);
	rendered.stdin.write('f');
	await vi.waitFor(() => expect(plain(rendered.lastFrame())).toContain('Phrase:'), patient);
	rendered.stdin.write(phrase);
	await vi.waitFor(() => expect(plain(rendered.lastFrame())).toContain('done: searched 3 works'), patient);
	return rendered;
}

describe('the full-text search screen', () => {
	for (const [columns, rows] of [
		[80, 24],
		[100, 30],
	] as const) {
		it(`at ${columns}×${rows}: streams hits by work with a progress line, the phrase marked, and Enter reads the work there`, async () => {
			const {lastFrame, stdin} = await app(columns, rows);
			stdin.write('f');
			await vi.waitFor(() => expect(plain(lastFrame())).toContain('Full-text search: type a phrase'), patient);
			// Straight quotes and another case find the curly-quoted phrase.
			stdin.write('"SALT ROAD"');
			await vi.waitFor(() => expect(plain(lastFrame())).toContain('done: searched 3 works · 1 work, 1 hit'), patient);
			const frame = lastFrame() ?? '';
			fits(plain(frame), columns, rows);
			expect(plain(frame)).toContain('Phrase: "SALT ROAD"');
			expect(plain(frame)).toContain('The Lamp at Gull Point · 1 hit');
			expect(plain(frame)).toMatch(/▸ ¶41 {2}….*the \u201Csalt road\u201D ran/);
			// The phrase in the theme's colour (dark: bright yellow, underlined), on the highlighted line.
			expect(frame).toContain('\u001B[7m▸ ¶41');
			expect(frame).toContain('\u001B[4m\u001B[1m\u001B[93m\u201Csalt road\u201D\u001B[39m');
			expect(plain(frame)).toContain('Enter search');
			expect(plain(frame)).not.toContain('Winter Tea');

			stdin.write('\r');
			await vi.waitFor(() => expect(plain(lastFrame())).toContain('Enter read'), patient);
			stdin.write('\r');
			await vi.waitFor(() => expect(plain(lastFrame())).toContain('hit 1/1'), patient);
			const reader = plain(lastFrame());
			fits(reader, columns, rows);
			expect(reader).toContain('Maren set the tin down');
			expect(reader).toContain('\u201Csalt road\u201D');
			// The page starts at the hit's paragraph: the ones before it are not on screen.
			expect(reader).not.toContain('Paragraph 39 of the lamp');
		});
	}

	it('says when no work holds the phrase, and Esc goes back to the list', async () => {
		const {lastFrame, stdin} = await searched('lighthouse keeper');
		expect(plain(lastFrame())).toContain('done: searched 3 works · no hits');
		expect(plain(lastFrame())).toContain('No work holds this phrase.');
		stdin.write('\u001B');
		await vi.waitFor(() => expect(plain(lastFrame())).toContain('Library · 3 works'), patient);
		expect(plain(lastFrame())).not.toContain('Phrase:');
	});

	// Regression: "The Lamp at Gull Point · 42 hits" over 5 of them, and nothing said why the rest were missing.
	it('says when a work has more hits than it lists, and where the rest are', async () => {
		const {lastFrame} = await searched('of the lamp');
		expect(plain(lastFrame())).toContain('The Lamp at Gull Point · 20+ hits, the first 5 here (n in the work for more)');
		expect(plain(lastFrame()).match(/¶\d+/g)).toHaveLength(5);
	});
});
