import {describe, expect, it} from 'vitest';
import {ficreadCommand, newStatePath, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture} from '../helpers/run-cli.js';
import {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

/** The rows of a captured screen (tmux ends the last one with a newline too). */
const rowsOf = (screen: string) => screen.replace(/\n$/, '').split('\n');
const statusOnLastRow = (page: RegExp, rows: number) => (screen: string) => rowsOf(screen).length === rows && page.test(rowsOf(screen).at(-1)!);

// Ink 6.8 clears the whole terminal before every frame after one as tall as the terminal, with a `CSI 3 J`
// that in tmux erases the shell's scrollback; the build's fix to Ink (ink-full-height) redraws such frames
// line by line. These fail if a new Ink loses the fix, or the layout the last row.
describe('every row of the terminal, in a real terminal', () => {
	for (const [columns, rows] of [[80, 24], [200, 60]] as const) {
		it(`puts the status line on the last row at ${columns}×${rows}, and keeps the shell's scrollback through flips, resizes and exit`, async () => {
			const state = await newStatePath();
			// Lines for the shell's scrollback first, as a user's terminal has.
			const command = `seq 1 300; ${ficreadCommand(fixture('library'), '--state', state)}`;
			const pane = await TmuxPane.start(command, {columns, rows});
			panes.push(pane);
			await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
			const scrollback = Number(await pane.paneValue('history_size'));
			expect(scrollback).toBeGreaterThanOrEqual(300 - rows);

			await pane.type('/lamp gull');
			await pane.press('Enter', 'Enter');
			await pane.waitFor(statusOnLastRow(/page 1\/\d+/, rows));
			// Later frames: those stock Ink draws by clearing the terminal.
			await pane.press('Space', 'Space');
			const third = rowsOf(await pane.waitFor(statusOnLastRow(/page 3\/\d+/, rows)));
			// The page above it, down to the row before the status line.
			expect(third[0]).toContain('The Lamp at Gull Point');
			expect(await pane.paneValue('history_size')).toBe(String(scrollback));

			// Smaller (Ink's frame of the old size is taller than the terminal for a moment), then back.
			await pane.resize(columns, rows - 6);
			await pane.waitFor(statusOnLastRow(/page \d+\/\d+/, rows - 6));
			await pane.resize(columns, rows);
			await pane.waitFor(statusOnLastRow(/page \d+\/\d+/, rows));
			expect(await pane.paneValue('history_size')).toBe(String(scrollback));

			await pane.press('Escape');
			await pane.waitFor('↑/↓ move');
			await pane.type('q');
			expect(await pane.waitForExit()).toBe(0);
			// The shell's screen as it was: the alternate screen left, nothing of ficread's frames on it.
			expect(await pane.paneValue('alternate_on')).toBe('0');
			const after = await pane.screen();
			expect(after).toContain('300');
			expect(after).not.toContain('Gull Point');
			// As many lines or more (a line the shell writes after the exit may push one more up).
			expect(Number(await pane.paneValue('history_size'))).toBeGreaterThanOrEqual(scrollback);
		}, 60_000);
	}
});
