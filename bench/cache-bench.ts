/**
 * Index cache speed: how long a warm start spends loading the cache.
 *
 *   node --import tsx bench/cache-bench.ts
 *
 * For 10k and 50k synthetic works, saves an index cache, then loads it
 * several times and prints the median and best load (read + JSON.parse +
 * validation), its CPU time (on a shared machine, wall time alone misleads),
 * the read and parse alone for comparison, the median save and the file
 * size. The works are the search benchmark's; the index holds what a library
 * keeps of each (`WorkListing`): summaries and contents go to the details
 * cache, which a start does not read.
 */
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {cacheFileFor, type CacheEntries, loadIndexCache, saveIndexCache} from '../source/core/cache/index-cache.js';
import {listingOf} from '../source/core/work.js';
import {createRandom, generateWork} from './synthetic-library.js';

const sizes = [10_000, 50_000];
const runs = 5;
const root = '/home/reader/fanfiction';

/** A cache of `count` works, some of them skipped files, as a scan of a real library would leave it. */
function syntheticCache(count: number): CacheEntries {
	const random = createRandom(count);
	const entries: CacheEntries = new Map();
	for (let index = 0; index < count; index++) {
		// The generator leaves an empty folder name for fandoms without ASCII letters; the walk never gives `/x.txt`.
		const generated = generateWork(index);
		const work = {...generated, path: generated.path.replace(/^\//, '')};
		const size = work.words * 6;
		const mtimeMs = 1_600_000_000_000 + random() * 1e11;
		if (random() < 0.01) {
			entries.set(work.path, {size, mtimeMs, skipped: 'binary file (NUL byte in the first 8 KiB)'});
			continue;
		}
		entries.set(work.path, {size, mtimeMs, stateKey: `id:${work.id}`, listing: {...listingOf(work), headings: work.chapters?.posted ?? 1}});
	}
	return entries;
}

function median(values: number[]): number {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall and CPU milliseconds of `action`. */
async function time(action: () => Promise<unknown>): Promise<{wall: number; cpu: number}> {
	const start = performance.now();
	const cpuStart = process.cpuUsage();
	await action();
	const cpu = process.cpuUsage(cpuStart);
	return {wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000};
}

function column(value: number, width: number, digits = 0): string {
	return value.toFixed(digits).padStart(width);
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'ficread-cache-bench-'));
try {
	console.log('works    entries  file MB  load ms  best load ms  load CPU ms  read+parse ms  save ms  save CPU ms');
	for (const size of sizes) {
		const cache = syntheticCache(size);
		const file = cacheFileFor(folder, root);
		const saves: Array<{wall: number; cpu: number}> = [];
		const loads: Array<{wall: number; cpu: number}> = [];
		const parses: Array<{wall: number; cpu: number}> = [];
		for (let run = 0; run < runs; run++) {
			saves.push(await time(async () => saveIndexCache(file, root, cache)));
			loads.push(
				await time(async () => {
					const loaded = await loadIndexCache(file, root);
					if (loaded?.size !== size) throw new Error('the cache did not load whole');
				}),
			);
			parses.push(await time(async () => JSON.parse(await readFile(file, 'utf8'))));
		}
		const megabytes = (await stat(file)).size / 1e6;
		const wall = (times: Array<{wall: number}>) => median(times.map(t => t.wall));
		const cpu = (times: Array<{cpu: number}>) => median(times.map(t => t.cpu));
		console.log(
			`${column(size, 6)}  ${column(cache.size, 7)}  ${column(megabytes, 7, 1)}  ${column(wall(loads), 7)}  ${column(Math.min(...loads.map(t => t.wall)), 12)}  ${column(cpu(loads), 11)}  ${column(wall(parses), 13)}  ${column(wall(saves), 7)}  ${column(cpu(saves), 11)}`,
		);
	}
} finally {
	await rm(folder, {recursive: true, force: true});
}
