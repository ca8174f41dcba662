import {describe, expect, it} from 'vitest';
import {openLibraryPane, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import type {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

async function open(): Promise<TmuxPane> {
	return openLibraryPane(panes, fixture('library'), 10);
}

describe('the tag browser in a real terminal', () => {
	it('counts the labels, filters as you type, and Enter narrows the list to one', async () => {
		const pane = await open();
		await pane.type('#');
		const browser = await pane.waitFor('Labels of 10 works');
		// Slow Burn is carried by three works of the sample library.
		expect(browser).toMatch(/3 {2}tag {5}Slow Burn/);
		await pane.type('found fam');
		await pane.waitFor(/1 shown[\s\S]*2 {2}tag {5}Found Family/);
		await pane.press('Enter');
		const narrowed = await pane.waitFor(/tag:"Found Family"\s+2 of 10/);
		expect(narrowed).toContain('The Lamp at Gull Point');
		expect(narrowed).not.toContain('Slow Burn in the Bakery');

		// Ctrl-X over the narrowed list drops a label's works, with the term added to the query.
		await pane.type('#');
		await pane.waitFor('Labels of 2 works');
		await pane.type('lighthouses');
		await pane.waitFor('1 shown');
		await pane.press('C-x');
		// The search line shows the end of a query longer than it.
		const excluded = await pane.waitFor(/!tag:"Lighthouses"\s+1 of 10/);
		expect(excluded).toContain('Orbit of Small Moons');
	});
});
