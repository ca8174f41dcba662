import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readdir, utimes, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {detailsFileFor} from '../../../source/core/cache/details-cache.js';
import {cacheFileFor, headFileFor, saveIndexCache, saveIndexHead} from '../../../source/core/cache/index-cache.js';
import {orphanAfterMs, pruneOrphanedCaches} from '../../../source/core/cache/prune-caches.js';
import {createLiveLibrary} from '../../../source/core/scan/live-library.js';

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
		expect(await listed()).toEqual(names.sort());
	});
});
