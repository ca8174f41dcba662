import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {ficreadCommand, newStatePath, panesKilledAfterEach} from '../helpers/ficread-pane.js';
import {fixture, runCli} from '../helpers/run-cli.js';
import {TmuxPane} from '../helpers/tmux.js';

const panes = panesKilledAfterEach();

describe('spoiler-safe mode in a real terminal', () => {
	it('starts with --spoiler-safe showing no warning; z shows it, and the choice is remembered', async () => {
		const statePath = await newStatePath();
		const command = `exec ${ficreadCommand('--spoiler-safe', fixture('library'), '--state', statePath)}`;
		const pane = await TmuxPane.start(command, {columns: 200, rows: 60});
		panes.push(pane);
		await pane.waitFor(screen => screen.includes('Library ·') && !screen.includes('Scanning'));
		await pane.type('/clockmaker');
		// Tab keeps the result and the list (Enter would open the work).
		await pane.press('Tab');
		const hidden = await pane.waitFor('hidden (z to show)');
		expect(hidden).toContain("The Clockmaker's Apprentice");
		expect(hidden).not.toContain('Major Character Death');
		await pane.type('z');
		await pane.waitFor('Major Character Death');
		await pane.type('q');
		expect(await pane.waitForExit()).toBe(0);
		const saved = JSON.parse(await readFile(statePath, 'utf8'));
		expect(saved.settings).toMatchObject({spoilerSafe: false, spoilerLevel: 'warnings'});
	});

	it('takes the flag with --list, whose table shows no warnings', () => {
		const {stdout, code} = runCli([fixture('library'), '--list', '--spoiler-safe']);
		expect(code).toBe(0);
		expect(stdout).toContain("The Clockmaker's Apprentice");
		expect(stdout).not.toContain('Major Character Death');
	});
});
