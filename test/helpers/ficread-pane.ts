import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';
import {cliPath} from './run-cli.js';
import {shellQuote, TmuxPane} from './tmux.js';

/** A reading-state file of its own (not written yet), in a new temporary folder: the test starts with no state. */
export async function newStatePath(): Promise<string> {
	return path.join(await mkdtemp(path.join(os.tmpdir(), 'ficread-state-')), 'state.json');
}

/** The shell words that run the built ficread with `args`, each quoted, for `TmuxPane.start`. */
export function ficreadCommand(...args: string[]): string {
	return [process.execPath, cliPath, ...args].map(value => shellQuote(value)).join(' ');
}

/** The panes a test file starts, killed after each of its tests: call once, at the top of the file. */
export function panesKilledAfterEach(): TmuxPane[] {
	const panes: TmuxPane[] = [];
	afterEach(async () => {
		await Promise.all(panes.splice(0).map(async pane => pane.kill()));
	});
	return panes;
}

/**
 * The built ficread on `folder` in a 100×30 pane (kept in `panes`), once the
 * scan has listed `works` works; a new state file unless one is given.
 */
export async function openLibraryPane(panes: TmuxPane[], folder: string, works: number, statePath?: string): Promise<TmuxPane> {
	const command = `exec ${ficreadCommand(folder, '--state', statePath ?? (await newStatePath()))}`;
	const pane = await TmuxPane.start(command, {columns: 100, rows: 30});
	panes.push(pane);
	await pane.waitFor(screen => screen.includes(`Library · ${works} works`) && !screen.includes('Scanning'));
	return pane;
}
