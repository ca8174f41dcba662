import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';
import {cliPath} from './run-cli.js';
import {shellQuote, type TmuxPane} from './tmux.js';

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
