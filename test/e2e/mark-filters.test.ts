import {cpSync} from 'node:fs';
import {mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyState, type StateFile, updateWork, withMark} from '../../source/core/state/reading-state.js';
import {openLibraryPane, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import type {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

/**
 * The sample library as a reader left it: Winter Tea saved for later, Slow
 * Burn read, the Clockmaker being read with a bookmark, and the Lamp read to
 * the end of the four chapters posted then (its file now has six).
 */
function readingState(): StateFile {
	let state = updateWork(emptyState(), 'id:51000004', work => ({...work, mark: 'later', markBeforeLater: 'unread'}), 1);
	state = updateWork(state, 'id:51000002', work => ({...withMark(work, 'read'), position: {paragraph: 3, char: 0}, progress: 1, postedWhenRead: 1}), 1);
	state = updateWork(state, 'id:51000005', work => ({
		...withMark(work, 'reading'),
		position: {paragraph: 2, char: 0},
		progress: 0.4,
		postedWhenRead: 1,
		bookmarks: [{id: 'b1', position: {paragraph: 2, char: 0}, createdAt: 1, excerpt: 'The clock'}],
	}), 1);
	return updateWork(state, 'id:51000001', work => ({...withMark(work, 'read'), position: {paragraph: 30, char: 0}, chapter: 4, progress: 1, postedWhenRead: 4}), 1);
}

/** The built app on a copy of the sample library, with `readingState` as its state file. */
async function open(): Promise<TmuxPane> {
	const home = await mkdtemp(path.join(os.tmpdir(), 'ficread-marks-'));
	const library = path.join(home, 'library');
	cpSync(fixture('library'), library, {recursive: true});
	const statePath = path.join(home, 'state.json');
	await writeFile(statePath, JSON.stringify(readingState()));
	return openLibraryPane(panes, library, 10, statePath);
}

/**
 * The titles the list shows, top to bottom: its column is left of the first
 * `│`, two lines per work (title, then details) under the search line.
 */
function listedTitles(screen: string): string[] {
	const column = screen.split('\n').slice(1).map(line => line.split('│')[0]!);
	const titles: string[] = [];
	for (let line = 0; line < column.length && column[line]!.trim() !== ''; line += 2) titles.push(column[line]!.slice(2).trim());
	return titles;
}

/** Whether the list shows exactly the works whose titles start with `expected` (titles are cut to the column). */
const lists = (expected: string[]) => (screen: string) => {
	const titles = listedTitles(screen);
	return titles.length === expected.length && titles.every((title, index) => title.startsWith(expected[index]!));
};

/** Types `query` in a cleared search box and waits for the count and the list it gives. */
async function search(pane: TmuxPane, query: string, expected: string[]): Promise<string> {
	await pane.press('C-u');
	await pane.type(query);
	return pane.waitFor(screen => screen.split('\n')[0]!.includes(`${expected.length} of 10`) && screen.startsWith(`/${query}`) && lists(expected)(screen));
}

describe('is: filters in a real terminal', () => {
	it('lists the works by their mark, bookmarks and new chapters', async () => {
		const pane = await open();
		await pane.type('/');
		await pane.waitFor('type to search');
		// The Lamp was read to its end before two more chapters came: it is being read again, as its row's mark says.
		await search(pane, 'is:reading', ["The Clockmaker's Apprentice", 'The Lamp at Gull Point']);
		await search(pane, 'is:read', ['Slow Burn in the Bakery']);
		await search(pane, 'is:later', ['Winter Tea for Two']);
		await search(pane, 'is:bookmarked', ["The Clockmaker's Apprentice"]);
		await search(pane, 'is:unread', ['A Map of Small Hours', 'An Old Download', 'notes-from-the-train', 'Orbit of Small Moons', 'Thirteen Drabbles', 'Zoë and the Café']);
		await search(pane, 'is:new', ['The Lamp at Gull Point']);
		// A filter ranks its works alike: they come in the list's order, and follow it when it changes.
		await search(pane, 'is:unread', ['A Map of Small Hours', 'An Old Download', 'notes-from-the-train', 'Orbit of Small Moons', 'Thirteen Drabbles', 'Zoë and the Café']);
		await pane.press('Tab');
		await pane.type('S');
		await pane.waitFor(screen => screen.includes('Sorted by title, reversed') && lists(['Zoë and the Café', 'Thirteen Drabbles', 'Orbit of Small Moons', 'notes-from-the-train', 'An Old Download', 'A Map of Small Hours'])(screen));
		await pane.type('/');
		// A flag combines with words like any other term.
		await search(pane, 'is:read bakery', ['Slow Burn in the Bakery']);
	});

	it('refuses an unknown field, naming every known one', async () => {
		const pane = await open();
		await pane.type('/foo:bar');
		await pane.waitFor('foo: is not a field');
		// The search and status lines are too short for it at 100 columns: the list column has it whole, wrapped.
		const column = (screen: string) => screen.split('\n').map(line => line.split('│')[0]!.trim()).join(' ');
		await pane.waitFor(screen => column(screen).includes('foo: is not a field (title author fandom rel char tag warning summary rating status lang id words chapters is)'));
	});
});

describe('chapters posted since a work was read, in a real terminal', () => {
	it('shows `+2 new` in the row, is found by is:new, and opens at the first new chapter', async () => {
		const pane = await open();
		const list = await pane.waitFor('The Lamp at Gull Point');
		const row = list.split('\n').findIndex(line => line.includes('The Lamp at Gull Point'));
		// The row under the title: being read again (◐, not ✓), and how many chapters are new.
		const details = list.split('\n')[row + 1]!.split('│')[0]!;
		expect(details).toContain('◐');
		expect(details).toContain('+2 new');
		expect(details).not.toContain('✓');

		await pane.type('/');
		await search(pane, 'is:new', ['The Lamp at Gull Point']);
		await pane.press('Enter');
		const reading = await pane.waitFor(/ch 5\/6/);
		expect(reading).toContain('Chapter 5: Low Tide');
		expect(reading).toContain('2 new chapters since you last');
		// The page opens on the new chapter's heading, not on the old text.
		expect(reading).not.toContain('Chapter 4');
	});
});
