import {mkdtemp, readFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cliPath, fixture, runCli} from '../helpers/run-cli.js';
import {shellQuote, TmuxPane} from '../helpers/tmux.js';

const panes: TmuxPane[] = [];

afterEach(async () => {
	await Promise.all(panes.splice(0).map(async pane => pane.kill()));
});

describe('spoiler-safe mode in a real terminal', () => {
	it('starts with --spoiler-safe showing no warning; z shows it, and the choice is remembered', async () => {
		const statePath = path.join(await mkdtemp(path.join(os.tmpdir(), 'ficread-state-')), 'state.json');
		const command = `exec ${shellQuote(process.execPath)} ${shellQuote(cliPath)} --spoiler-safe ${shellQuote(fixture('library'))} --state ${shellQuote(statePath)}`;
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
