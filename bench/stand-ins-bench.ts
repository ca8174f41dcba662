/**
 * What each stand-in (ARCHITECTURE.md) saves, one at a time.
 *
 *   node --import tsx bench/stand-ins-bench.ts [--rounds N] [--builds all,plain,NAME…] [--starts-only] [--other LABEL=CLI] [--size COLSxROWS]
 *
 * Builds ficread with every stand-in, with none (--plain), and with all but
 * one for each (--without NAME) into bench/out/builds/, then runs them in
 * turn, round after round (so that a busy moment of the machine falls on
 * all of them alike), in a 100×50 pseudo-terminal on a small library (the
 * fixture library, a work with a Cyrillic and a Japanese title, and the
 * bench's 400,000-word work):
 * - a warm start to the first frame: wall time, and the app's time on a CPU
 *   (all threads, from /proc schedstat: it does not grow while the app waits
 *   for a CPU, as wall time does on a busy machine);
 * - the big work opened (Enter → first page), then 20 page flips: per flip,
 *   wall time p50 and time on a CPU.
 * Prints the medians per build and each stand-in's saving: the build
 * without it less the build with all. --builds picks builds (a stand-in's
 * name is the build without it); --starts-only times the first frame only;
 * --other adds a build made elsewhere (another checkout's dist/cli.js); --size COLSxROWS sets the
 * terminal (100x50 unless given). Bytes per flip: all the app wrote during the flips, over their number.
 */
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {bigWorkQuery, benchOutDir, ensureFicFolder} from './fic-folder.js';
import {delay, type Frame, hasText, KEYS, PtyApp, statusLine, UI} from './pty-driver.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const rounds = Number(argument('--rounds') ?? 7);
const startsOnly = process.argv.includes('--starts-only');
const flips = 20;
const names = ['string-width', 'emoji-regex', 'ink-output', 'yoga-wasm', 'ink-text-caches', 'ink-full-height'];
const [columns, rows] = (argument('--size') ?? '100x50').split('x').map(Number) as [number, number];
const chosen = argument('--builds')?.split(',') ?? ['all', 'plain', ...names];
const builds = chosen.map(name => (name === 'all' ? {label: 'all', args: []} : name === 'plain' ? {label: 'plain', args: ['--plain']} : {label: `without ${name}`, args: ['--without', name]}));

function log(line: string): void {
	process.stderr.write(`${line}\n`);
}

const other = argument('--other')?.split('=') as [string, string] | undefined;
if (other) builds.push({label: other[0], args: []});

function buildAll(): Map<string, string> {
	const clis = new Map<string, string>();
	if (other) clis.set(other[0], path.resolve(other[1]));
	for (const {label, args} of builds) {
		if (clis.has(label)) continue;
		const outdir = path.join(benchOutDir, 'builds', label.replaceAll(' ', '-'));
		execFileSync(process.execPath, ['scripts/build.js', ...args, '--outdir', outdir], {cwd: repo, stdio: 'inherit'});
		clis.set(label, path.join(outdir, 'cli.js'));
	}

	return clis;
}

/** The fixture library, a work titled in Cyrillic and Japanese (no emoji), and the bench's big work. */
function library(): string {
	const dir = path.join(benchOutDir, 'stand-ins-library');
	rmSync(dir, {recursive: true, force: true});
	cpSync(path.join(repo, 'fixtures', 'library'), dir, {recursive: true});
	writeFileSync(path.join(dir, 'zapiski.txt'), 'Title: Записки о полёте · 夜の図書館\nAuthor: пишущая\nFandom: 図書館戦争\n\nText of the work.\n');
	const big = ensureFicFolder(1000, 1, log);
	cpSync(path.join(big.dir, 'zz-outliers', 'zephyrquill-almanac.txt'), path.join(dir, 'zephyrquill-almanac.txt'));
	return dir;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const runMs = (app: PtyApp) => app.schedMs()?.run ?? Number.NaN;

type Sample = {firstFrame: number; firstFrameCpu: number; firstPage: number; flip: number; flipCpu: number; flipBytes: number};

async function measure(cli: string, dir: string, cache: string): Promise<Sample> {
	const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: cache, XDG_DATA_HOME: path.join(cache, 'data'), XDG_STATE_HOME: path.join(cache, 'state')};
	delete env['NODE_OPTIONS'];
	const app = new PtyApp({command: cli, args: [dir], cols: columns, rows, env, cwd: repo});
	try {
		const first = await app.waitForFrame(frame => hasText(frame.lines), 30_000, app.startedAt);
		const firstFrameCpu = runMs(app);
		if (startsOnly) return {firstFrame: first.t - app.startedAt, firstFrameCpu, firstPage: Number.NaN, flip: Number.NaN, flipCpu: Number.NaN, flipBytes: Number.NaN};
		await app.waitForFrame(frame => UI.libraryTitle.test(frame.lines.join('\n')), 30_000, app.startedAt);
		await delay(300);
		app.send(KEYS.search);
		for (const key of bigWorkQuery) app.send(key);
		await app.waitForFrame(frame => frame.lines.some(line => line.includes(`/${bigWorkQuery}`)) && /\b1 of /.test(frame.lines.join('\n')), 10_000);
		app.send(KEYS.enter);
		const isOpen = (frame: Frame) => UI.readerPosition.test(statusLine(frame.lines)) && !frame.lines.join('\n').includes(UI.opening);
		// Enter in the search box goes to the list, or (as the run before left it) resumes the work at once.
		const listed = await app.waitForFrame(frame => statusLine(frame.lines).includes(UI.listHint) || isOpen(frame), 10_000);
		if (isOpen(listed)) app.send(KEYS.esc);
		await app.waitForFrame(frame => statusLine(frame.lines).includes(UI.listHint), 10_000);
		await delay(100);
		const sent = app.send(KEYS.enter);
		const page = await app.waitForFrame(isOpen, 10_000);
		await app.waitForFrame(frame => UI.readerPosition.exec(statusLine(frame.lines))?.[2] !== undefined, 20_000, sent);
		await delay(100);
		const walls: number[] = [];
		const cpuBefore = runMs(app);
		const chunksBefore = app.chunks.length;
		for (let index = 0; index < flips; index++) {
			const before = statusLine(app.lastFrame!.lines);
			const at = app.send(KEYS.pageDown);
			const frame = await app.waitForFrame(next => statusLine(next.lines) !== before, 10_000);
			walls.push(frame.t - at);
			await delay(50);
		}

		// All the app wrote while flipping, a flip's share: what a terminal (or an ssh link) has to take.
		const flipBytes = app.chunks.slice(chunksBefore).reduce((sum, chunk) => sum + Buffer.byteLength(chunk.text), 0) / flips;

		return {firstFrame: first.t - app.startedAt, firstFrameCpu, firstPage: page.t - sent, flip: median(walls), flipCpu: (runMs(app) - cpuBefore) / flips, flipBytes};
	} finally {
		app.send(KEYS.esc);
		app.send(KEYS.quit);
		if (!(await app.waitForExit(3000))) await app.kill();
	}
}

const clis = buildAll();
const dir = library();
const scratch = mkdtempSync(path.join(tmpdir(), 'ficread-stand-ins-'));
const samples = new Map<string, Sample[]>(builds.map(({label}) => [label, []]));
const caches = new Map(builds.map(({label}, index) => [label, path.join(scratch, String(index))]));
const loadStart = loadavg()[0]!;
try {
	for (const {label} of builds) {
		mkdirSync(caches.get(label)!, {recursive: true});
		// The first run writes the index and the code cache: the runs timed are warm.
		await measure(clis.get(label)!, dir, caches.get(label)!);
	}

	for (let round = 0; round < rounds; round++) {
		// Each round in another order, so that no build always follows the same one.
		const order = builds.map((_, index) => builds[(index + round) % builds.length]!);
		for (const {label} of order) samples.get(label)!.push(await measure(clis.get(label)!, dir, caches.get(label)!));
		log(`round ${round + 1} of ${rounds} done, load ${loadavg()[0]!.toFixed(1)}`);
	}
} finally {
	rmSync(scratch, {recursive: true, force: true});
}

const summary = new Map([...samples].map(([label, runs]) => [label, {
	firstFrame: median(runs.map(run => run.firstFrame)),
	firstFrameCpu: median(runs.map(run => run.firstFrameCpu)),
	firstPage: median(runs.map(run => run.firstPage)),
	flip: median(runs.map(run => run.flip)),
	flipCpu: median(runs.map(run => run.flipCpu)),
	flipBytes: median(runs.map(run => run.flipBytes)),
}]));
const all = summary.get('all')!;
const cell = (value: number, base?: number) => `${value.toFixed(1)}${base === undefined ? '' : ` (${value - base >= 0 ? '+' : ''}${(value - base).toFixed(1)})`}`;
console.log(`\nMedians of ${rounds} rounds (ms; in brackets: more than with all stand-ins, i.e. what that stand-in saves). Load ${loadStart.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end.\n`);
console.log(`${columns}×${rows} terminal`);
console.log(['build', 'first frame', 'its CPU', 'first page', 'flip p50', 'flip CPU', 'bytes/flip'].join(' | '));
for (const [label, values] of summary) {
	const base = label === 'all' ? undefined : all;
	console.log([label, cell(values.firstFrame, base?.firstFrame), cell(values.firstFrameCpu, base?.firstFrameCpu), cell(values.firstPage, base?.firstPage), cell(values.flip, base?.flip), cell(values.flipCpu, base?.flipCpu), cell(values.flipBytes, base?.flipBytes)].join(' | '));
}
