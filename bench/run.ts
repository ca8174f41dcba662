// `npm run bench`: every benchmark, each next to its naive baseline, on this machine.
// Pass --quick to run the app benchmark on the small libraries only.
import {spawnSync} from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');

const benches: Array<{title: string; file: string; args?: string[]}> = [
	{title: 'Search engine against plain fuse.js (issue: search)', file: 'search-bench.ts'},
	{title: 'Pager: first page and page flips against wrapping the whole text (issue: reader)', file: 'pager-bench.ts'},
	{title: 'Index cache load and save', file: 'cache-bench.ts'},
	{title: 'The built ficread in a real pseudo-terminal (issues: reader, scale)', file: 'app-bench.ts', args: quick ? ['--quick'] : []},
	{title: 'EPUB against text: scans, warm start, first page, and unzipping everything (issue: formats)', file: 'epub-bench.ts', args: quick ? ['--quick'] : []},
];

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`ficread bench · ${new Date().toISOString()} · ${os.cpus().length} × ${cpu} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`);
console.log(`load average at start: ${os.loadavg().map(load => load.toFixed(2)).join(' ')}\n`);

let failed = 0;
for (const bench of benches) {
	console.log(`\n=== ${bench.title}\n`);
	const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, bench.file), ...(bench.args ?? [])], {stdio: 'inherit'});
	if (result.status !== 0) {
		failed++;
		console.log(`(${bench.file} exited with ${result.status ?? result.signal})`);
	}
}

process.exitCode = failed === 0 ? 0 : 1;
