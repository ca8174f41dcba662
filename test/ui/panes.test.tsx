import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {findInText} from '../../source/core/find-in-text.js';
import {detailsOf} from '../../source/core/work.js';
import {App} from '../../source/ui/app.js';
import {keymap} from '../../source/ui/input/keymap.js';
import {helpLines} from '../../source/ui/lines/help-lines.js';
import {HelpOverlay} from '../../source/ui/panes/help-overlay.js';
import {ReaderPane} from '../../source/ui/panes/reader-pane.js';
import {SearchBox} from '../../source/ui/panes/search-box.js';
import {StatusBar} from '../../source/ui/panes/status-bar.js';
import {Sidebar} from '../../source/ui/panes/sidebar.js';
import {WorkList} from '../../source/ui/panes/work-list.js';
import {type AppState, initialState} from '../../source/ui/state/app-state.js';
import {readyReader} from '../../source/ui/state/reader-model.js';
import {update} from '../../source/ui/state/update.js';
import {countReads} from '../helpers/count-reads.js';
import {makeWork} from '../helpers/make-work.js';

const works = [
	makeWork({path: 'a.txt', title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], rating: 'General Audiences', words: 3120, chapters: {posted: 6, total: 6}, status: 'complete'}),
	makeWork({path: 'b.txt', title: 'Slow Burn in the Bakery', authors: ['flourdusted'], rating: 'Teen And Up Audiences', words: 74, chapters: {posted: 1, total: 1}, status: 'complete'}),
	makeWork({path: 'c.txt', title: 'Winter Tea for Two', authors: ['kettlebell'], rating: 'Explicit', words: 42, chapters: {posted: 3, total: null}, status: 'in-progress'}),
];

const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('WorkList', () => {
	// Regression (issue 16.12): from the head of the index, the heading counted only the works already in.
	it('counts the whole library in the heading while only the head of the index is in', () => {
		const state = {...initialState({works, columns: 120, rows: 12, sortedOrder: [0, 1, 2]}), scan: {done: 0, total: 0, works: 10_000}};
		const {lastFrame} = render(<WorkList state={state} width={34} height={10} />);
		expect(lines(lastFrame())[0]).toBe('Library · 10,000 works');
	});

	it('shows a window of two-line rows with the selection marked without colour', () => {
		const initial = initialState({works, columns: 120, rows: 12, sortedOrder: [0, 1, 2]});
		const state = {...initial, list: {...initial.list, selected: 1}};
		const {lastFrame} = render(<WorkList state={state} width={34} height={10} />);
		const frame = lines(lastFrame());
		expect(frame[0]).toBe('Library · 3 works');
		expect(frame[1]).toBe('  The Lamp at Gull Point');
		expect(frame[2]).toBe('  G · 3.1Kw · 6/6 · done · saltwa…');
		expect(frame[3]).toBe('▸ Slow Burn in the Bakery');
		expect(frame[6]).toBe('  E · 42w · 3/? · wip · kettlebell');
		for (const line of frame) expect(stringWidth(line)).toBeLessThanOrEqual(34);
	});

	it('shows the search box with the hit count and underlines matched title characters', () => {
		const initial = initialState({works, columns: 120, rows: 12, sortedOrder: [0, 1, 2]});
		const hits = [{index: 1, score: 0, matches: [{field: 'title' as const, value: works[1]!.title, indices: [[0, 3] as [number, number]]}]}];
		const state = {...initial, search: {...initial.search, editing: true, query: 'slow'}, list: {...initial.list, order: [1], hits}};
		const {lastFrame} = render(<WorkList state={state} width={40} height={10} />);
		const frame = lastFrame() ?? '';
		expect(lines(frame)[0]).toMatch(/^\/slow .*1 of 3$/);
		expect(frame).toContain('Slow Burn in the Bakery');
	});
});

describe('SearchBox', () => {
	it('shows the query problem in place of the count', () => {
		const {lastFrame} = render(<SearchBox query='words:>abc' error="words needs a number" hits={3} total={3} active width={50} />);
		expect(lastFrame()).toContain('/words:>abc');
		expect(lastFrame()).toContain('words needs a number');
	});

	// Regression: a long problem wrapped the line onto three, pushed the list down and hid the query.
	it('stays one line at any width, with the query in view', () => {
		const error = 'words: expects a number like >10000, <5k or 1000..5000';
		for (const width of [20, 35, 60]) {
			const frame = lines(render(<SearchBox query='words:>abc' error={error} hits={3} total={3} active width={width} />).lastFrame());
			expect(frame).toHaveLength(1);
			expect(stringWidth(frame[0]!)).toBeLessThanOrEqual(width);
			expect(frame[0]).toContain(width < 30 ? '…' : '/words:>abc');
			expect(frame[0]).toContain('words:');
		}

		// A short query leaves the count whole, even where the line is narrow.
		expect(lines(render(<SearchBox query='tag:angst' error={null} hits={12} total={10_000} active width={24} />).lastFrame())[0]).toMatch(/^\/tag:angst .* 12 of 10000$/);
		const long = lines(render(<SearchBox query={'tag:'.padEnd(60, 'x') + '漢字end'} error={null} hits={3} total={3} active width={30} />).lastFrame());
		expect(long).toHaveLength(1);
		expect(long[0]).toMatch(/^\/….*漢字end /);
		expect(stringWidth(long[0]!)).toBeLessThanOrEqual(30);
	});
});

describe('Sidebar', () => {
	it('shows the metadata in AO3 order, wrapped, and scrolls', () => {
		const work = makeWork({
			title: 'The Lamp at Gull Point',
			rating: 'General Audiences',
			warnings: ['No Archive Warnings Apply'],
			fandoms: ['Original Work'],
			relationships: ['Maren/Ilse (Original Work)'],
			tags: ['Slow Burn', 'Lighthouses', 'Found Family'],
			words: 30_000,
			summary: 'Two women, one lens, and eleven winters of dark.',
			path: 'the-lamp.txt',
			notes: ['mojibake-repaired'],
		});
		const {lastFrame} = render(<Sidebar works={[]} work={work} details={detailsOf(work)} matches={[{field: 'tags', value: 'Slow Burn', indices: [[0, 3]]}]} width={30} height={60} top={0} />);
		const text = lastFrame() ?? '';
		const order = ['Rating', 'Warning', 'Fandom', 'Relationship', 'Additional Tags ◂ match', 'Words', 'Reading time', 'Summary', 'File', 'Repairs'].map(label => text.indexOf(label));
		expect(order.every(index => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('about 2 h');
		for (const line of lines(text)) expect(stringWidth(line)).toBeLessThanOrEqual(30);
		const scrolled = render(<Sidebar works={[]} work={work} details={detailsOf(work)} matches={[]} width={30} height={5} top={4} />).lastFrame() ?? '';
		expect(scrolled).not.toContain('Title');
		expect(scrolled).toContain('↓ more (J/K)');
	});
});

describe('ReaderPane', () => {
	it('shows the title, the chapter and one page of wrapped text', () => {
		const body = {paragraphs: ['Chapter 1: Salt', 'The lamp had been dark for eleven winters when Maren climbed the stairs.', 'Every step rang like a bell.']};
		const work = makeWork({title: 'The Lamp', toc: [{title: 'Chapter 1: Salt', paragraph: 0}]});
		const reader = readyReader(0, body, detailsOf(work), 30, true, {paragraph: 1, char: 0});
		const {lastFrame} = render(<ReaderPane reader={reader} work={work} width={34} height={8} textWidth={30} textHeight={5} focused />);
		const frame = lines(lastFrame());
		expect(frame[0]).toBe('  The Lamp · Chapter 1: Salt');
		expect(frame[2]).toBe('  The lamp had been dark for');
		expect(frame.slice(2, 7).every(line => stringWidth(line) <= 32)).toBe(true);
		expect(lastFrame()).toContain('Every step rang like a bell.');
	});
});

describe('ReaderLine', () => {
	// Regression: every line drawn filtered all the hits of the work, O(lines × hits) for a common word.
	it('draws a page of hits without reading every hit of the work', () => {
		const body = {paragraphs: Array.from({length: 5000}, (_, index) => `Line ${index}: the lamp, the stair, the bell and the sea.`)};
		const hits = findInText(body, 'the');
		const counted = countReads(hits);
		const reader = {...readyReader(0, body, detailsOf(makeWork()), 40, true, {paragraph: 2500, char: 0}), find: {query: 'the', editing: false, hits: counted.items, current: 10_000}};
		const {lastFrame} = render(<ReaderPane reader={reader} work={makeWork({title: 'Lamp'})} width={44} height={12} textWidth={40} textHeight={10} focused />);
		expect(lastFrame()).toContain('Line 2500: the lamp, the stair, the bell');
		expect(hits.length).toBe(20_000);
		expect(counted.reads()).toBeLessThan(500);
	});
});

describe('HelpOverlay', () => {
	it('lists every binding of the keymap, one context a block', () => {
		const {lastFrame} = render(<HelpOverlay width={100} height={140} top={0} />);
		for (const binding of keymap) expect(lastFrame()).toContain(binding.description);
	});

	// Regression: descriptions were cut (`List bookmarks (Enter jumps, d delet…`) and ran one column into the next.
	it('never cuts a description at 80 columns or more: it wraps under itself', () => {
		for (const width of [80, 100, 200]) {
			const text = helpLines(width).map(line => line.text).join(' ').replaceAll(/\s+/g, ' ');
			for (const binding of keymap) expect(text, `${width}: ${binding.description}`).toContain(binding.description);
			for (const line of helpLines(width)) expect(stringWidth(line.text)).toBeLessThanOrEqual(width - 4);
		}
	});

	it('opens at the keys of the screen it was called from, and scrolls', () => {
		const reading: AppState = {...initialState({works, columns: 80, rows: 24, sortedOrder: [0, 1, 2]}), focus: 'reader'};
		const fromList = update(initialState({works, columns: 80, rows: 24, sortedOrder: [0, 1, 2]}), {type: 'key', name: '?', now: 1});
		const top = (state: AppState) => (state.overlay?.kind === 'help' ? state.overlay.top : -1);
		expect(helpLines(80)[top(fromList)]).toEqual({text: 'Work list', heading: true});
		const fromReader = update(reading, {type: 'key', name: '?', now: 1});
		expect(helpLines(80)[top(fromReader)]).toEqual({text: 'Reader', heading: true});
		expect(top(update(fromReader, {type: 'key', name: 'j', now: 1}))).toBeGreaterThan(top(fromReader));
	});
});

describe('App frames at fixed sizes', () => {
	const app = (columns: number, rows: number) =>
		render(<App root="lib" works={works} skipped={[]} columns={columns} rows={rows} readingWidth={null} />);

	it('shows list, preview of the selected work and sidebar at 120×30', () => {
		const frame = app(120, 30).lastFrame() ?? '';
		expect(frame).toContain('Library · 3 works');
		expect(frame).toContain('by flourdusted');
		expect(frame).toMatch(/Summary\s/);
		expect(frame).toContain('Rating');
		// Every row of the terminal, the status bar on the last.
		expect(lines(frame)).toHaveLength(30);
	});

	it('drops the sidebar at 80×24 and shows only the list at 50×20', () => {
		expect(app(80, 24).lastFrame()).not.toContain('Rating');
		const narrow = app(50, 20).lastFrame() ?? '';
		expect(narrow).toContain('Library · 3 works');
		expect(narrow).not.toContain('Select a work');
	});

	it('hides the sidebar column with i at 120×30 and shows it again', async () => {
		const {lastFrame, stdin} = app(120, 30);
		expect(lastFrame()).toContain('Rating');
		stdin.write('i');
		await vi.waitFor(() => expect(lastFrame()).not.toContain('Rating'));
		stdin.write('i');
		await vi.waitFor(() => expect(lastFrame()).toContain('Rating'));
	});

	// Regression: the reducer wrapped the sidebar column one character wider than the pane did, so J stopped short of the end.
	it('scrolls the sidebar column to its last line', async () => {
		// Words of 13 letters: two fit on a line 27 wide, one on a line 26 wide.
		const work = makeWork({path: 'long.txt', title: 'Long', tags: ['abcdefghijklm '.repeat(40).trim()], encoding: 'windows-1252'});
		const {lastFrame, stdin} = render(<App root="lib" works={[work]} skipped={[]} columns={120} rows={20} readingWidth={null} />);
		await vi.waitFor(() => expect(lastFrame()).toContain('↓ more'));
		stdin.write('J'.repeat(40));
		await vi.waitFor(() => expect(lastFrame()).toContain('windows-1252'));
		expect(lastFrame()).not.toContain('↓ more');
	});

	// Regression: J and K scrolled the sidebar under the help, which showed once the help closed.
	it('leaves the sidebar under an overlay alone', async () => {
		const work = makeWork({path: 'long.txt', title: 'Long', tags: ['abcdefghijklm '.repeat(40).trim()]});
		const {lastFrame, stdin} = render(<App root="lib" works={[work]} skipped={[]} columns={120} rows={20} readingWidth={null} />);
		await vi.waitFor(() => expect(lastFrame()).toContain('↓ more'));
		const before = lastFrame();
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('ficread keys'));
		stdin.write('JJJJ');
		stdin.write('q');
		await vi.waitFor(() => expect(lastFrame()).not.toContain('ficread keys'));
		expect(lastFrame()).toBe(before);
	});

	// Regression: under the help the status bar offered "Enter go", and Enter does nothing there.
	it('offers in the status bar only keys that do something under the help', async () => {
		const {lastFrame, stdin} = app(120, 30);
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('ficread keys'));
		const status = lines(lastFrame()).at(-1);
		expect(status).toContain('Esc close');
		expect(status).not.toContain('Enter');
	});

	// Regression: at 40 columns the help's title wrapped to a second row, which its first key line was drawn
	// over ("Work listl)"): every row below the border is the title, then whole key lines.
	it('keeps the help’s title to one row on a narrow screen', async () => {
		const {lastFrame, stdin} = app(40, 12);
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('ficread keys'));
		const rows = lines(lastFrame());
		const top = rows.findIndex(row => row.includes('╭'));
		expect(rows[top + 1]).toMatch(/^│ ficread keys \(\? or Esc to close, [^│]*…\s*│$/);
		expect(rows[top + 2]).toMatch(/^│ Work list\s+│$/);
	});

	it('says the terminal is too small under 40×10', () => {
		expect((app(39, 20).lastFrame() ?? '').replace(/\s+/g, ' ')).toContain('Terminal too small (39×20); ficread needs 40×10.');
		expect(app(39, 20).lastFrame()).toContain('q quit');
	});

	it('greets an empty library with where it looked', () => {
		const {lastFrame} = render(<App root="/tmp/empty" works={[]} skipped={[{path: 'x.txt', reason: 'empty file'}]} columns={80} rows={20} readingWidth={null} />);
		expect(lastFrame()).toContain('No fics found');
		expect(lastFrame()).toContain('/tmp/empty');
		expect(lastFrame()).toContain('1 file was skipped');
	});
});

describe('StatusBar', () => {
	const base = () => initialState({works, columns: 100, rows: 20, sortedOrder: works.map((_, index) => index)});

	it('says a scan with no file count yet is on, without a meaningless 0/0', () => {
		const {lastFrame} = render(<StatusBar state={{...base(), scan: {done: 0, total: 0}}} work={undefined} />);
		expect(lastFrame()).toContain('Scanning…');
		expect(lastFrame()).not.toContain('0/0');
	});

	it('counts the files a scan has checked', () => {
		const {lastFrame} = render(<StatusBar state={{...base(), scan: {done: 1200, total: 10_002}}} work={undefined} />);
		expect(lastFrame()).toContain('Scanning 1,200/10,002 files');
	});

	it('shows all of a query problem while the search box has the keyboard, then the keys', () => {
		const error = 'words: expects a number like >10000, <5k or 1000..5000';
		const {lastFrame} = render(<StatusBar state={{...base(), search: {...base().search, editing: true, query: 'words:>abc', error}}} work={undefined} />);
		expect(lastFrame()?.startsWith(`${error}  │  `)).toBe(true);
		expect(lastFrame()).toContain('Esc');
		expect(render(<StatusBar state={{...base(), search: {...base().search, query: 'words:>abc', error}}} work={undefined} />).lastFrame()).not.toContain(error);
	});
});
