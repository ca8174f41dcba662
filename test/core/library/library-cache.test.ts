import {spawnSync} from 'node:child_process';
import {mkdir, mkdtemp, readdir, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {headFileFor, loadIndexCache} from '../../../source/core/cache/index-cache.js';
import {createLiveLibrary, type LiveLibrary} from '../../../source/core/library/live-library.js';
import {scanLibrary} from '../../../source/core/library/scan-library.js';
import {sortOrder} from '../../../source/core/sort-works.js';

const fic = (n: number) => `Title: Work ${n}\nWork ID: ${n}\nAuthor: a\nChapters: 1/1\n\nThe body of work ${n}.\n`;

/** A library folder of `count` works and an empty cache folder of its own. */
async function generated(count: number) {
	const base = await mkdtemp(path.join(os.tmpdir(), 'ficread-converge-'));
	const root = path.join(base, 'library');
	const cacheDir = path.join(base, 'cache');
	await mkdir(root);
	await mkdir(cacheDir);
	await Promise.all(Array.from({length: count}, async (_, n) => writeFile(path.join(root, `work-${String(n).padStart(4, '0')}.txt`), fic(n))));
	return {root, cacheDir, cacheFile: path.join(cacheDir, 'index-test.json')};
}

/** Resolves once the running scan has checked at least `done` files. */
async function scanned(library: LiveLibrary, done: number): Promise<void> {
	await new Promise<void>(resolve => {
		const stop = library.subscribe(() => {
			if ((library.snapshot().progress?.done ?? 0) >= done) {
				stop();
				resolve();
			}
		});
	});
}

/** A process id that no process has any more. */
function deadPid(): number {
	return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('the library caches', () => {
	// Regression: quitting mid-scan, then again as soon as the list was whole, abandoned the save begun after the
	// scan; the index kept only what the first run had read, so every later start read the rest again.
	it('converge when each run quits early: mid-scan, then as soon as the list is whole', async () => {
		const {root, cacheDir, cacheFile} = await generated(300);
		const first = createLiveLibrary(root, {cacheFile, publishEveryMs: 1});
		await first.readCache();
		const scanning = first.scan();
		await scanned(first, 40);
		await first.close();
		await scanning;
		const partial = (await loadIndexCache(cacheFile, root))?.size ?? 0;
		expect(partial).toBeGreaterThan(0);
		expect(partial).toBeLessThan(300);

		const second = createLiveLibrary(root, {cacheFile, publishEveryMs: 1});
		await second.readCache();
		void second.scan();
		await second.listed();
		// The save after the scan has begun: a quit now must wait for it, not leave it half done.
		await second.close();
		expect((await loadIndexCache(cacheFile, root))?.size).toBe(300);
		expect((await loadIndexCache(headFileFor(cacheFile), root))?.size).toBe(200);
		expect((await readdir(cacheDir)).filter(name => name.endsWith('.tmp'))).toEqual([]);

		// Converged: a third start finds every file in the index and writes nothing.
		const written = (await stat(cacheFile)).mtimeMs;
		const third = createLiveLibrary(root, {cacheFile});
		await third.readCache();
		expect(third.snapshot().works).toHaveLength(300);
		await third.scan();
		await third.close();
		expect((await stat(cacheFile)).mtimeMs).toBe(written);
	});

	it('saves once more at close what changed while a save was under way', async () => {
		const {root, cacheFile} = await generated(20);
		const library = createLiveLibrary(root, {cacheFile, publishEveryMs: 1});
		await library.readCache();
		void library.scan();
		await library.listed();
		await library.watch();
		const seen = new Promise<void>(resolve => {
			const stop = library.subscribe(() => {
				if (library.snapshot().works.length === 21) {
					stop();
					resolve();
				}
			});
		});
		await writeFile(path.join(root, 'new.txt'), fic(999));
		await seen;
		await library.close();
		expect((await loadIndexCache(cacheFile, root))?.size).toBe(21);
	});

	// Regression: each run killed while saving left a temp file of a whole cache, and nothing ever removed it.
	it('removes at start the temp files a killed process left, and no live one', async () => {
		const {root, cacheDir, cacheFile} = await generated(3);
		const dead = `${path.basename(cacheFile)}.${deadPid()}.1a2b.tmp`;
		const deadHead = `${path.basename(headFileFor(cacheFile))}.${deadPid()}.3c4d.tmp`;
		// The parent of this test runner lives, and its file is new: a save under way in another ficread.
		const live = `${path.basename(cacheFile)}.${process.ppid}.5e6f.tmp`;
		for (const name of [dead, deadHead, live]) await writeFile(path.join(cacheDir, name), '{"partial');
		const library = createLiveLibrary(root, {cacheFile});
		await library.readCache();
		await library.close();
		await expect.poll(async () => (await readdir(cacheDir)).filter(name => name.endsWith('.tmp'))).toEqual([live]);
	});

	// Regression (issue 16.12): a warm start of a big library said "200 works" until the whole index was in.
	it('start warm from the head, which counts the whole library and opens its list in title order', async () => {
		const {root, cacheFile} = await generated(260);
		await scanLibrary(root, {cacheFile});
		const library = createLiveLibrary(root, {cacheFile});
		expect(await library.readCacheHead()).toBe(true);
		const head = library.snapshot();
		expect(head.works).toHaveLength(200);
		expect(head.progress).toEqual({done: 0, total: 0, works: 260});
		await library.readCache();
		const whole = library.snapshot();
		expect(whole.progress).toEqual({done: 0, total: 0});
		// The rows the first frame showed stay where they were: the cursor on one of them does not move.
		const titleOrder = (works: typeof whole.works) => sortOrder(works.map(work => work.meta), 'title').map(index => works[index]!.meta.path);
		expect(titleOrder(whole.works).slice(0, 200)).toEqual(titleOrder(head.works));
		await library.close();
	});
});

