// `npm run bench`: every benchmark, each next to its naive baseline, on this machine.
//
//   npm run bench [-- --quick] [-- --only app,pager,search,cache] [-- --compare] [-- --stand-ins] [-- --seeds DIR]
//
// --quick runs the app benchmark on the small libraries only. --compare runs the app benchmark on
// the shipped build and then on the build without stand-ins (scripts/build.js --plain), and prints
// the two side by side: what the stand-ins (ARCHITECTURE.md) save. --stand-ins adds the stand-ins
// benchmark: every build without one stand-in, against the build with all and with none.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const quick = process.argv.includes('--quick');
const compare = process.argv.includes('--compare');
const standIns = process.argv.includes('--stand-ins');
const only = argument('--only')?.split(',');
const seeds = argument('--seeds');
const appArgs = [...(quick ? ['--quick'] : []), ...(seeds ? ['--seeds', seeds] : [])];
const plainDir = path.join(here, 'out', 'plain');

const benches: Array<{name: string; title: string; file: string; args?: string[]}> = [
	{name: 'search', title: 'Search engine against plain fuse.js (issue: search)', file: 'search-bench.ts'},
	{name: 'relevance', title: 'Search relevance against fzf on a labelled set (issue 18)', file: 'relevance-bench.ts'},
	{name: 'pager', title: 'Pager: first page and page flips against wrapping the whole text (issue: reader)', file: 'pager-bench.ts'},
	{name: 'cache', title: 'Index cache load and save', file: 'cache-bench.ts'},
	{name: 'grep', title: 'Full-text search (--grep) against ripgrep (issue 18)', file: 'grep-bench.ts'},
	{name: 'app', title: 'The built ficread in a real pseudo-terminal (issues: reader, scale)', file: 'app-bench.ts', args: [...appArgs, '--label', 'stand-ins']},
	{name: 'epub', title: 'EPUB against text: scans, warm start, first page, and unzipping everything (issue: formats)', file: 'epub-bench.ts', args: quick ? ['--quick'] : []},
	{name: 'epub-adapter', title: 'EPUB adapter in process: listing, first part and the rest of the 400,000-word AO3 EPUB (issue: formats)', file: 'epub-adapter-bench.ts'},
	...(standIns ? [{name: 'stand-ins', title: 'Each stand-in, left out one at a time (warm start, first page, page flips)', file: 'stand-ins-bench.ts'}] : []),
	...(compare ? [{name: 'app', title: 'The same, built without stand-ins (scripts/build.js --plain)', file: 'app-bench.ts', args: [...appArgs, '--cli', path.join(plainDir, 'cli.js'), '--label', 'plain']}] : []),
];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`ficread bench · ${new Date().toISOString()} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`);
console.log(`load average at start: ${os.loadavg().map(load => load.toFixed(2)).join(' ')}\n`);

execFileSync(process.execPath, ['scripts/build.js'], {cwd: repo, stdio: 'inherit'});
if (compare) execFileSync(process.execPath, ['scripts/build.js', '--plain', '--outdir', plainDir], {cwd: repo, stdio: 'inherit'});

let failed = 0;
for (const bench of benches.filter(bench => !only || only.includes(bench.name) || bench.name === 'stand-ins')) {
	console.log(`\n=== ${bench.title}\n`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, bench.file), ...(bench.args ?? [])], {stdio: 'inherit'});
	if (result.status !== 0) {
		failed++;
		console.log(`(${bench.file} exited with ${result.status ?? result.signal})`);
	}
}

if (compare && (!only || only.includes('app'))) printSideBySide();
process.exitCode = failed === 0 ? 0 : 1;

/** The app benchmark's rows for both builds, side by side. */
function printSideBySide(): void {
	type Run = {table: Array<{metric: string; measured: string}>; loadStart: number[]; loadEnd: number[]};
	const read = (label: string) => JSON.parse(readFileSync(path.join(here, 'out', `app-bench-${label}.json`), 'utf8')) as Run;
	const withThem = read('stand-ins');
	const plain = read('plain');
	const load = (run: Run) => `load ${run.loadStart[0]!.toFixed(1)} → ${run.loadEnd[0]!.toFixed(1)}`;
	console.log(`\n=== Side by side: with stand-ins (${load(withThem)}) and without (${load(plain)})\n`);
	const rows = withThem.table.map(row => [row.metric, row.measured, plain.table.find(other => other.metric === row.metric)?.measured ?? '—']);
	const widths = [0, 1, 2].map(column => Math.max(...rows.filter(row => !row[0]!.startsWith('▸')).map(row => [...row[column]!].length), 10));
	console.log(['metric'.padEnd(widths[0]!), 'stand-ins'.padStart(widths[1]!), 'plain'.padStart(widths[2]!)].join('  '));
	for (const [metric, measured, without] of rows) {
		if (metric!.startsWith('▸')) console.log(metric);
		else console.log([metric!.padEnd(widths[0]!), measured!.padStart(widths[1]!), without!.padStart(widths[2]!)].join('  '));
	}
}
