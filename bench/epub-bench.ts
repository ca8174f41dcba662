/**
 * EPUB against text, and the built app against unzipping everything.
 *
 *   node --import tsx bench/epub-bench.ts [--sizes 1000,10000] [--quick] [--seed N] [--build] [--cli PATH]
 *
 * On the EPUB libraries of bench/epub-library.ts (AO3 EPUBs shaped as
 * calibre makes them) and their text twins (the same works as AO3 text
 * downloads, the same relative paths):
 *
 * - naive baseline, in this process: read every EPUB whole and inflate every
 *   entry with node:zlib (what a reader that "just unzips" pays before it has
 *   parsed anything); and, for scale, read every text twin whole;
 * - the built app (`dist/cli.js`, built when missing or with --build; or
 *   another build's `cli.js` with --cli, to time a branch not merged here), as a
 *   user runs it: `ficread DIR --list --json`, spawn to exit, cold (empty
 *   XDG_CACHE_HOME) and warm (the same cache again), for the EPUBs and for
 *   the text twins side by side (target: EPUB cold ≤ 3× text cold); a warm
 *   start in a pseudo-terminal until every work is listed; and the first
 *   page of the 400,000-word work, as EPUB and as text (Enter → first page).
 *
 * When the built app does not read EPUB (`--list` finds no EPUB works, e.g.
 * before the EPUB adapter is merged), the app rows are skipped with a note:
 * the generator and the baseline still run. --quick runs 1,000 works only.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {inflateRawSync} from 'node:zlib';
import {ensureEpubLibrary, type EpubLibrary} from './epub-library.js';
import {formatBytes} from './fic-folder.js';
import {argument, seed, sizes} from './bench-args.js';
import {KEYS, listedWorks, PtyApp, quitApp, statusLine, UI} from './pty-driver.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ownCli = path.join(repo, 'dist', 'cli.js');
const cli = path.resolve(argument('--cli') ?? ownCli);

const started = performance.now();

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;
const ms = (value: number) => (Number.isNaN(value) ? '—' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(0)} ms`);

function log(line: string): void {
	process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
}

type Row = {metric: string; epub: string; text: string; note: string};
const rows: Row[] = [];
const notes: string[] = [];

function filesBelow(dir: string, extension: string): string[] {
	return readdirSync(dir, {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile() && entry.name.endsWith(extension))
		.map(entry => path.join(entry.parentPath, entry.name));
}

/**
 * The naive reader: every local entry of every file inflated whole, walking
 * the local headers front to back (the generated EPUBs write their sizes
 * there). Returns the bytes produced.
 */
function inflateEverything(files: readonly string[]): number {
	let produced = 0;
	for (const file of files) {
		const zip = readFileSync(file);
		let offset = 0;
		while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04_03_4b_50) {
			const method = zip.readUInt16LE(offset + 8);
			const size = zip.readUInt32LE(offset + 18);
			const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
			const data = zip.subarray(start, start + size);
			produced += method === 8 ? inflateRawSync(data).length : data.length;
			offset = start + size;
		}
	}

	return produced;
}

function readEverything(files: readonly string[]): number {
	let bytes = 0;
	for (const file of files) bytes += new TextDecoder().decode(readFileSync(file)).length;
	return bytes;
}

function timed<T>(work: () => T): {value: T; ms: number} {
	const begin = performance.now();
	const value = work();
	return {value, ms: performance.now() - begin};
}

// ─── the app ────────────────────────────────────────────────────────────────

const scratch = mkdtempSync(path.join(tmpdir(), 'ficread-epub-bench-'));
let homes = 0;

function freshEnv(): NodeJS.ProcessEnv {
	const home = path.join(scratch, String(homes++));
	mkdirSync(home, {recursive: true});
	const env: NodeJS.ProcessEnv = {...process.env, XDG_CACHE_HOME: path.join(home, 'cache'), XDG_DATA_HOME: path.join(home, 'data'), XDG_STATE_HOME: path.join(home, 'state'), XDG_CONFIG_HOME: path.join(home, 'config')};
	delete env['FICREAD_STATE'];
	delete env['NODE_OPTIONS'];
	return env;
}

type ListRun = {ms: number; works: number; epubWorks: number; skipped: number};

/** `ficread DIR --list --json`, spawn to exit, through the file's own launcher as a user runs it. */
function list(dir: string, env: NodeJS.ProcessEnv): ListRun {
	const begin = performance.now();
	const result = spawnSync(cli, [dir, '--list', '--json'], {env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024});
	const elapsed = performance.now() - begin;
	if (result.status !== 0) throw new Error(`ficread --list exited with ${result.status ?? result.signal}: ${result.stderr.slice(0, 300)}`);
	const json = JSON.parse(result.stdout) as {works: Array<{path: string}>; skipped: unknown[]};
	return {ms: elapsed, works: json.works.length, epubWorks: json.works.filter(work => work.path.endsWith('.epub')).length, skipped: json.skipped.length};
}

/** Spawn → every work listed (no scan progress), in a 100×50 pty, with the cache `env` points at. */
async function warmStart(dir: string, env: NodeJS.ProcessEnv, expected: number): Promise<number> {
	const app = new PtyApp({command: cli, args: [dir], cols: 100, rows: 50, env, cwd: repo});
	try {
		const frame = await app.waitForFrame(next => listedWorks(next) === expected && !UI.scanning.test(next.lines.join('\n')), 120_000, app.startedAt);
		return frame.t - app.startedAt;
	} finally {
		await quitApp(app);
	}
}

/** Opens the only work of `dir` and times Enter → its first page. */
async function firstPage(dir: string): Promise<number> {
	const app = new PtyApp({command: cli, args: [dir], cols: 100, rows: 50, env: freshEnv(), cwd: repo});
	try {
		await app.waitForFrame(frame => listedWorks(frame) === 1 && statusLine(frame.lines).includes(UI.listHint), 60_000, app.startedAt);
		await new Promise(resolve => setTimeout(resolve, 200));
		const sent = app.send(KEYS.enter);
		const page = await app.waitForFrame(frame => UI.readerPosition.test(statusLine(frame.lines)) && !frame.lines.join('\n').includes(UI.opening), 30_000);
		const shown = page.t - sent;
		app.send(KEYS.esc);
		await app.waitForFrame(frame => statusLine(frame.lines).includes(UI.listHint), 10_000);
		return shown;
	} finally {
		await quitApp(app);
	}
}

async function appRows(library: EpubLibrary): Promise<void> {
	const label = `${library.size.toLocaleString('en-US')} works`;
	const reps = library.size > 2000 ? 1 : 3;
	const cold: Record<'epub' | 'text', ListRun[]> = {epub: [], text: []};
	const warm: Record<'epub' | 'text', number[]> = {epub: [], text: []};
	const pty: Record<'epub' | 'text', number[]> = {epub: [], text: []};
	for (let rep = 0; rep < reps; rep++) {
		for (const kind of ['epub', 'text'] as const) {
			const dir = kind === 'epub' ? library.epubDir : library.textDir;
			const env = freshEnv();
			const first = list(dir, env);
			cold[kind].push(first);
			warm[kind].push(list(dir, env).ms);
			pty[kind].push(await warmStart(dir, env, first.works));
			log(`  ${label} ${kind}: cold --list ${ms(first.ms)} (${first.works} works, ${first.skipped} skipped), warm --list ${ms(warm[kind].at(-1)!)}, warm start ${ms(pty[kind].at(-1)!)}`);
		}
	}

	const coldEpub = median(cold.epub.map(run => run.ms));
	const coldText = median(cold.text.map(run => run.ms));
	const ratio = coldEpub / coldText;
	const found = cold.epub[0]!;
	rows.push({metric: `${label}: cold scan, \`--list --json\` (n=${reps})`, epub: ms(coldEpub), text: ms(coldText), note: `EPUB/text ${ratio.toFixed(2)}× (target ≤ 3×: ${ratio <= 3 ? 'PASS' : 'MISS'}); ${found.epubWorks} of ${library.files} EPUBs listed, ${found.skipped} skipped`});
	rows.push({metric: `${label}: warm scan, \`--list --json\``, epub: ms(median(warm.epub)), text: ms(median(warm.text)), note: `EPUB/text ${(median(warm.epub) / median(warm.text)).toFixed(2)}×`});
	rows.push({metric: `${label}: warm start, spawn → all listed (pty)`, epub: ms(median(pty.epub)), text: ms(median(pty.text)), note: `EPUB/text ${(median(pty.epub) / median(pty.text)).toFixed(2)}×`});
}

// ─── main ───────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
	const libraries = sizes.map(size => ensureEpubLibrary(size, seed, log));
	for (const library of libraries) {
		const label = `${library.size.toLocaleString('en-US')} works`;
		log(`${label}: EPUB ${formatBytes(library.epubBytes)}, text ${formatBytes(library.textBytes)}${library.generated ? '' : ' (cached)'}`);
		const epubs = filesBelow(library.epubDir, '.epub');
		const texts = filesBelow(library.textDir, '.txt');
		// Once untimed, so that both are read from the page cache.
		inflateEverything(epubs);
		readEverything(texts);
		const inflated = timed(() => inflateEverything(epubs));
		const read = timed(() => readEverything(texts));
		rows.push({metric: `${label}: generated (${library.files.toLocaleString('en-US')} files each; ${library.splitWorks} EPUBs with a split chapter)`, epub: formatBytes(library.epubBytes), text: formatBytes(library.textBytes), note: library.generated ? `in ${ms(library.generateMs)}` : 'cached'});
		rows.push({metric: `${label}: naive baseline: inflate every entry / read every file whole`, epub: ms(inflated.ms), text: ms(read.ms), note: `${formatBytes(inflated.value)} inflated; ${(inflated.value / 2 ** 20 / (inflated.ms / 1000)).toFixed(0)} MB/s`});
	}

	if (cli === ownCli && (!existsSync(cli) || process.argv.includes('--build'))) {
		log('building dist/cli.js …');
		execFileSync(process.execPath, ['scripts/build.js'], {cwd: repo, stdio: 'inherit'});
	}

	const probe = list(libraries[0]!.bigEpubDir, freshEnv());
	if (probe.epubWorks === 0) {
		notes.push(`the built ficread (${path.relative(repo, cli)}) lists no EPUB (${probe.skipped} skipped): it cannot read EPUB yet, so the app rows are skipped; the generator and the naive baseline ran`);
	} else {
		for (const library of libraries) await appRows(library);
		const big = libraries[0]!;
		const epubPage = [await firstPage(big.bigEpubDir), await firstPage(big.bigEpubDir), await firstPage(big.bigEpubDir)];
		const textPage = [await firstPage(big.bigTextDir), await firstPage(big.bigTextDir), await firstPage(big.bigTextDir)];
		rows.push({metric: '400,000-word work: Enter → first page (pty, n=3)', epub: ms(median(epubPage)), text: ms(median(textPage)), note: `100 chapters; runs ${epubPage.map(ms).join(', ')} / ${textPage.map(ms).join(', ')}`});
	}

	const widths = [Math.max(...rows.map(row => row.metric.length), 6), Math.max(...rows.map(row => row.epub.length), 4), Math.max(...rows.map(row => row.text.length), 4)];
	console.log(`\n${'metric'.padEnd(widths[0]!)}  ${'EPUB'.padStart(widths[1]!)}  ${'text'.padStart(widths[2]!)}  note`);
	console.log(`${'─'.repeat(widths[0]!)}  ${'─'.repeat(widths[1]!)}  ${'─'.repeat(widths[2]!)}  ${'─'.repeat(4)}`);
	for (const row of rows) console.log(`${row.metric.padEnd(widths[0]!)}  ${row.epub.padStart(widths[1]!)}  ${row.text.padStart(widths[2]!)}  ${row.note}`);
	if (notes.length > 0) console.log(`\nNotes:\n${notes.map(note => `- ${note}`).join('\n')}`);
	console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s`);
}

try {
	await main();
} finally {
	rmSync(scratch, {recursive: true, force: true});
}
