import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it, vi} from 'vitest';
import {markCacheUsed} from '../../../source/core/cache/cache-file.js';
import {detailsFileFor} from '../../../source/core/cache/details-cache.js';
import {cacheFileFor, headFileFor, saveIndexCache, saveIndexHead} from '../../../source/core/cache/index-cache.js';
import {orphanAfterMs, pruneOrphanedCaches} from '../../../source/core/cache/prune-caches.js';
import {createLiveLibrary} from '../../../source/core/library/live-library.js';

let scratch: string;
let cacheDir: string;
const now = Date.now();
const aMonthAgo = now - orphanAfterMs - 60_000;

beforeEach(async () => {
	scratch = await mkdtemp(path.join(os.tmpdir(), 'ficread-prune-'));
	cacheDir = path.join(scratch, 'cache');
	await mkdir(cacheDir);
});

/** A library's three cache files, as ficread writes them for `root`, last written at `written`. */
async function cachesFor(root: string, written: number, indexFile = cacheFileFor(cacheDir, root)): Promise<string[]> {
	await saveIndexCache(indexFile, root, new Map());
	await saveIndexHead(headFileFor(indexFile), root, new Map());
	await writeFile(detailsFileFor(indexFile), '{}');
	const files = [indexFile, headFileFor(indexFile), detailsFileFor(indexFile)];
	for (const file of files) await utimes(file, new Date(written), new Date(written));
	return files.map(file => path.basename(file));
}

const listed = async () => (await readdir(cacheDir)).sort();

describe('pruneOrphanedCaches', () => {
	it("removes a month-old library's caches once its folder is gone, and keeps those of folders that are there", async () => {
		const kept = await cachesFor(scratch, aMonthAgo);
		await cachesFor(path.join(scratch, 'deleted-library'), aMonthAgo);
		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual(kept.sort());
	});

	it("keeps a gone folder's caches for a month after they were last written (a drive may be plugged back in)", async () => {
		const kept = await cachesFor(path.join(scratch, 'on-a-drive-not-plugged-in'), now - orphanAfterMs + 60_000);
		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual(kept.sort());
	});

	it('removes month-old caches filed under a name this version would not give their folder, or naming no folder', async () => {
		const kept = await cachesFor(scratch, aMonthAgo);
		// An older version named caches by SHA-256.
		await cachesFor(scratch, aMonthAgo, path.join(cacheDir, `index-${'ab'.repeat(32)}.json`));
		for (const [name, text] of [['index-garbled.json', 'not json'], ['head-relative.json', '{"version":"2+0.1.0","root":"relative/path","works":[]}']] as const) {
			await writeFile(path.join(cacheDir, name), text);
			await utimes(path.join(cacheDir, name), new Date(aMonthAgo), new Date(aMonthAgo));
		}

		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual(kept.sort());
	});

	it('touches nothing but cache files: code caches, temporary files, named pipes and other files stay', async () => {
		const others = ['code-0123-v20.0.0-x64.bin', 'index-gone.json.123.abcdef.tmp', 'notes.txt', 'index-pipe.json'];
		for (const name of others.slice(0, 3)) await writeFile(path.join(cacheDir, name), 'x');
		execFileSync('mkfifo', [path.join(cacheDir, 'index-pipe.json')]);
		for (const name of others) await utimes(path.join(cacheDir, name), new Date(aMonthAgo), new Date(aMonthAgo));
		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual(others.sort());
	});

	it('does not throw for a cache folder that is not there', async () => {
		await expect(pruneOrphanedCaches(path.join(scratch, 'missing'), now)).resolves.toBeUndefined();
	});

	it("runs when a library saves its index, so a gone folder's caches go without being asked", async () => {
		const library = path.join(scratch, 'library');
		await mkdir(library);
		await writeFile(path.join(library, 'one.txt'), 'Title: One\nAuthor: someone\n\nSome text.\n');
		await cachesFor(path.join(scratch, 'deleted-library'), aMonthAgo);
		const live = createLiveLibrary(library, {cacheFile: cacheFileFor(cacheDir, library)});
		try {
			await live.readCache();
			// A scan settles once the caches are saved.
			await live.scan();
		} finally {
			await live.close();
		}

		const names = [cacheFileFor(cacheDir, library)].flatMap(file => [file, headFileFor(file), detailsFileFor(file)].map(each => path.basename(each)));
		// Not waited for by the save: a gone network folder could take long to look at.
		await vi.waitFor(async () => expect(await listed()).toEqual(names.sort()));
	});

	// Regression (review): an unchanged library is never written, so its caches aged while in use, and went the first time its drive was out.
	it('keeps the caches of a library in use, however long unchanged, while its folder is missing for a while', async () => {
		const library = path.join(scratch, 'on-a-drive');
		await mkdir(library);
		const kept = await cachesFor(library, aMonthAgo);
		const live = createLiveLibrary(library, {cacheFile: cacheFileFor(cacheDir, library)});
		await live.readCache();
		await live.close();
		await vi.waitFor(async () => expect(now - (await stat(cacheFileFor(cacheDir, library))).mtimeMs).toBeLessThan(orphanAfterMs));
		await rm(library, {recursive: true});
		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual(kept.sort());
	});

	// Review: a Windows path long enough, its backslashes doubled in JSON, does not fit in the bytes read.
	it("keeps a cache whose folder's path is too long to read from its first bytes", async () => {
		const file = path.join(cacheDir, 'index-0123456789abcdef.json');
		await writeFile(file, `{"version":"2+0.1.0","root":"/${'a'.repeat(9000)}","strings":[]}`);
		await utimes(file, new Date(aMonthAgo), new Date(aMonthAgo));
		await pruneOrphanedCaches(cacheDir, now);
		expect(await listed()).toEqual([path.basename(file)]);
	});
});

describe('markCacheUsed', () => {
	it('marks a cache used at most once a day', async () => {
		const file = path.join(cacheDir, 'index-0123456789abcdef.json');
		await writeFile(file, '{}');
		const hoursAgo = (hours: number) => new Date(now - hours * 60 * 60 * 1000);
		await utimes(file, hoursAgo(23), hoursAgo(23));
		await markCacheUsed(file, now);
		expect((await stat(file)).mtimeMs).toBeCloseTo(hoursAgo(23).getTime(), -1);
		await utimes(file, hoursAgo(25), hoursAgo(25));
		await markCacheUsed(file, now);
		expect((await stat(file)).mtimeMs).toBeCloseTo(now, -1);
	});

	it('does not throw for a cache that is not there', async () => {
		await expect(markCacheUsed(path.join(cacheDir, 'gone.json'))).resolves.toBeUndefined();
	});
});
