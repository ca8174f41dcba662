/**
 * Full-text search: `ficread DIR --grep PHRASE --json` against
 * `rg -l -i -F PHRASE DIR` on the 10,000-work text library of
 * `fic-folder.ts` (page cache warmed by a first run of each), whole command
 * lines timed, best of three. Skipped, with a note, when rg is not installed.
 *
 *   node --import tsx bench/grep-bench.ts
 */
import {spawnSync} from 'node:child_process';
import {loadavg} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {ensureFicFolder} from './fic-folder.js';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const phrases = ['the lamp was', 'she said'];

function bestOf(runs: number, command: string, args: string[]): number {
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		spawnSync(command, args, {stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 30});
		best = Math.min(best, performance.now() - start);
	}

	return best;
}

/** Runs the benchmark and prints its table. */
export function runGrepBench(): void {
	if (spawnSync('rg', ['--version']).status !== 0) {
		console.log('ripgrep is not installed: skipped (apt-get install ripgrep).');
		return;
	}

	const folder = ensureFicFolder(10_000, 1, line => console.log(line));
	console.log(`Load average at start: ${loadavg()[0]!.toFixed(2)}`);
	for (const phrase of phrases) {
		const rg = bestOf(3, 'rg', ['-l', '-i', '-F', phrase, folder.dir]);
		const ficread = bestOf(3, process.execPath, [cli, folder.dir, '--grep', phrase, '--json']);
		console.log(`${JSON.stringify(phrase).padEnd(16)} rg ${(rg / 1000).toFixed(2)} s   ficread ${(ficread / 1000).toFixed(2)} s   ${(ficread / rg).toFixed(1)}×`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runGrepBench();
