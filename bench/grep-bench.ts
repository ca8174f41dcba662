/**
 * Full-text search: `ficread DIR --grep PHRASE --json` against
 * `rg -l -i -F PHRASE DIR` on the 10,000-work text library of
 * `fic-folder.ts` (page cache warmed by a first run of each), whole command
 * lines timed, best of three, with the number of works each finds. The
 * phrases: two that no file holds, one in about 6% of the files (one
 * paragraph of the generator's pool holds it), and one in about 70%. The
 * counts agree: the library's text is plain English, where case, quotes and
 * line breaks are all that folding changes. Skipped, with a note, when rg is
 * not installed.
 *
 * Last, the floor under any search in Node: the same folder walked and every
 * file read, one thread per core, nothing looked at (read-floor.mjs), next
 * to twice rg's fastest time.
 *
 * ficread runs with a cache folder of the bench's own, filled first by one
 * `--list` (a library the user has opened): `--grep` lists the works it
 * finds from it.
 *
 *   node --import tsx bench/grep-bench.ts
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {ensureFicFolder} from './fic-folder.js';

const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const readFloor = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read-floor.mjs');
const phrases = ['the lamp was', 'she said', 'letter lost the kitchen', 'teodor laughed'];

const env = {...process.env, XDG_CACHE_HOME: mkdtempSync(path.join(tmpdir(), 'ficread-grep-bench-'))};

/** The best time of `runs` runs of a command line, and what the last one printed. */
function bestOf(runs: number, command: string, args: string[]): {ms: number; stdout: string} {
	let best = Number.POSITIVE_INFINITY;
	let stdout = '';
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const result = spawnSync(command, args, {stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30, encoding: 'utf8', env});
		best = Math.min(best, performance.now() - start);
		stdout = result.stdout;
	}

	return {ms: best, stdout};
}

/** Runs the benchmark and prints its table. */
export function runGrepBench(): void {
	if (spawnSync('rg', ['--version']).status !== 0) {
		console.log('ripgrep is not installed: skipped (apt-get install ripgrep).');
		return;
	}

	const folder = ensureFicFolder(10_000, 1, line => console.log(line));
	bestOf(1, process.execPath, [cli, folder.dir, '--list', '--json']);
	console.log(`Load average at start: ${loadavg()[0]!.toFixed(2)}`);
	let fastestRg = Number.POSITIVE_INFINITY;
	for (const phrase of phrases) {
		const rg = bestOf(3, 'rg', ['-l', '-i', '-F', phrase, folder.dir]);
		const ficread = bestOf(3, process.execPath, [cli, folder.dir, '--grep', phrase, '--json']);
		const rgWorks = rg.stdout.split('\n').filter(Boolean).length;
		const ficreadWorks = ficread.stdout === '' ? 0 : (JSON.parse(ficread.stdout) as {works: unknown[]}).works.length;
		const times = `rg ${(rg.ms / 1000).toFixed(2)} s   ficread ${(ficread.ms / 1000).toFixed(2)} s   ${(ficread.ms / rg.ms).toFixed(1)}×`;
		console.log(`${JSON.stringify(phrase).padEnd(26)} ${times}   works: rg ${rgWorks}, ficread ${ficreadWorks}   (load ${loadavg()[0]!.toFixed(2)})`);
		fastestRg = Math.min(fastestRg, rg.ms);
	}

	// The 2× target's floor: no search in Node can take less than walking the folder and reading every byte.
	const floor = bestOf(3, process.execPath, [readFloor, folder.dir]);
	const budget = 2 * fastestRg;
	console.log(`Node's floor: walk and read every file, one thread per core, nothing searched (bench/read-floor.mjs): ${(floor.ms / 1000).toFixed(2)} s, ${(floor.ms / fastestRg).toFixed(1)}× rg's fastest (${(fastestRg / 1000).toFixed(2)} s); 2× that is ${(budget / 1000).toFixed(2)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runGrepBench();
