import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'dist/cli.js');
export const fixture = (...parts: string[]) => path.join(repoRoot, 'fixtures', ...parts);
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');

/** A cache and data folder of the test run's own, so tests never touch the user's. */
export const testHome = mkdtempSync(path.join(os.tmpdir(), 'ficread-home-'));
export const isolatedEnv = {XDG_CACHE_HOME: path.join(testHome, 'cache'), XDG_DATA_HOME: path.join(testHome, 'data')};

/** Runs the built ficread with no terminal attached, as a script would. */
export function runCli(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}) {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		cwd: options.cwd ?? repoRoot,
		env: {...process.env, NO_COLOR: '1', ...isolatedEnv, ...options.env},
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
