import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {ficreadCommand, newStatePath, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

async function open(statePath: string, {columns = 100, rows = 30} = {}): Promise<TmuxPane> {
	const command = `exec ${ficreadCommand(fixture('library'), '--state', statePath)}`;
	const pane = await TmuxPane.start(command, {columns, rows});
	panes.push(pane);
	await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
	return pane;
}


describe('the reading view in a real terminal', () => {
	it('gives the open work the screen, with its place and time left, and L brings the list back', async () => {
		const pane = await open(await newStatePath());
		await pane.type('/lamp gull');
		await pane.press('Enter', 'Enter');
		const reading = await pane.waitFor(/page \d+\/\d+ · \d+% · ch 1\/6 · .*left/);
		expect(reading).not.toContain('Library ·');
		// The list, with the search that found the work, beside the text; then aside again.
		await pane.type('L');
		await pane.waitFor('/lamp gull');
		await pane.type('L');
		await pane.waitFor(screen => !screen.includes('/lamp gull'));
	});

	it('starts again on the work last read, and Enter resumes it on the same page', async () => {
		const statePath = await newStatePath();
		const first = await open(statePath);
		await first.type('/lamp gull');
		await first.press('Enter', 'Enter');
		await first.waitFor(/page 1\//);
		await first.press('Space', 'Space');
		await first.waitFor(/page 3\//);
		await first.type('-');
		const narrowed = await first.waitFor(/Text width \d+ columns/);
		const width = Number(/Text width (\d+) columns/.exec(narrowed)![1]);
		await first.press('Escape', 'Escape');
		await first.waitFor('↑/↓ move');
		await first.type('s');
		await first.waitFor('Sorted by author');
		await first.type('q');
		expect(await first.waitForExit()).toBe(0);
		const saved = JSON.parse(await readFile(statePath, 'utf8'));
		expect(saved.settings).toMatchObject({width});

		const again = await open(statePath);
		const screen = await again.waitFor('Enter resumes The Lamp at Gull Point');
		expect(screen).toContain('Library · 10 works · by auth');
		expect(screen).toMatch(/▸ The Lamp at Gull Point/);
		await again.press('Enter');
		await again.waitFor(/page 3\//);
	});

	it('ends a work with a page of its own and marks it read', async () => {
		const statePath = await newStatePath();
		const pane = await open(statePath, {columns: 80, rows: 24});
		await pane.type('/slow burn');
		await pane.press('Enter', 'Enter');
		await pane.waitFor(/\d+%/);
		for (let page = 0; page < 30; page++) {
			if ((await pane.screen()).includes('The end of')) break;
			await pane.press('Space');
		}

		const end = await pane.waitFor('The end of Slow Burn in the Bakery');
		expect(end).toContain('Marked read.');
		expect(end).toContain('q  back to the list');
		await pane.press('Escape');
		await pane.waitFor(/✓ · /);
	});
});
