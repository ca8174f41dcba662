import {describe, expect, it} from 'vitest';
import {openLibraryPane, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import type {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

async function open(): Promise<TmuxPane> {
	return openLibraryPane(panes, fixture('downloads'), 6);
}

/** The preview: the middle column, between the list's rule and the sidebar's. */
const preview = (screen: string) =>
	screen
		.split('\n')
		.map(line => line.split('│')[1] ?? '')
		.map(line => line.trim())
		.join(' ');

describe('the preview of an EPUB in a real terminal', () => {
	it('shows the first lines of a book read a part at a time, at 100×30, after its summary', async () => {
		const pane = await open();
		await pane.type('/ledger');
		await pane.press('Tab');
		const screen = await pane.waitFor(screen => preview(screen).includes('The night ferry carried'));
		expect(preview(screen)).toContain('The Long Ledger of Harrow Quay');
		expect(preview(screen)).toContain('A year on Harrow Quay, written down one');
		// The notes before the text are the author's, not the story's first lines.
		expect(preview(screen)).not.toContain('Chapter two is one very long day.');
		// Opening it reads the whole book, not the first part read for the preview: its second chapter is there.
		await pane.press('Enter');
		await pane.waitFor(/page 1\/\d+/);
		await pane.type(']');
		await pane.waitFor(/ch 1\/2/);
		await pane.type(']');
		await pane.waitFor(/ch 2\/2/);
	});

	it('shows the first lines of the work the cursor starts on, read while the folder was scanned', async () => {
		const pane = await open();
		const screen = await pane.waitFor(screen => preview(screen).includes('The library at Fennick Cross'));
		expect(screen).toMatch(/▸ A Field Guide to Quiet Roo/);
	});
});
