import {readdirSync, statSync} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openFileSourceSync} from '../../../source/core/formats/file-source.js';
import {scanFile} from '../../../source/core/scan/scan-file.js';
import {startScanWorkers} from '../../../source/core/scan/scan-workers.js';
import {folderWith} from '../../helpers/folder-with.js';

const scanWorker = new URL('../../helpers/scan-worker-entry.mjs', import.meta.url);
const failingWorker = new URL('../../helpers/failing-worker.mjs', import.meta.url);
const stubWorker = new URL('../../helpers/stub-scan-worker.mjs', import.meta.url);

/** A folder of 60 works, more than are read on this thread before threads start; one without a Work ID, one empty. */
async function folder(): Promise<{dir: string; names: string[]}> {
	const texts: Record<string, string> = {'no-id.txt': 'A story with no header.\n', 'empty.txt': ''};
	for (let index = 0; index < 58; index++) texts[`work-${index}.txt`] = `Title: Work ${index}\nWork ID: ${1000 + index}\nAuthor: someone\n\nWork text:\n\nParagraph ${index}.\n`;
	return {dir: await folderWith(texts, 'ficread-scan-threads-'), names: Object.keys(texts)};
}

async function listingsOf(dir: string, names: string[], read: typeof scanFile) {
	return Promise.all(
		names.map(async name => {
			const info = await stat(path.join(dir, name));
			return read(dir, name, {size: info.size, mtimeMs: info.mtimeMs});
		}),
	);
}

/** Runs `use` with scan threads of `script`, closed after. */
async function withWorkers<T>(script: URL, use: (workers: ReturnType<typeof startScanWorkers>) => Promise<T>): Promise<T> {
	const workers = startScanWorkers(script, 2);
	try {
		return await use(workers);
	} finally {
		workers.close();
	}
}

describe('startScanWorkers', () => {
	it.each([
		['in threads', scanWorker],
		['on this thread when its threads cannot start', failingWorker],
	])('reads the listings scanFile reads on this thread: %s', async (_, script) => {
		const {dir, names} = await folder();
		const listings = await withWorkers(script, async workers => listingsOf(dir, names, workers.scanFile));
		expect(listings).toEqual(await listingsOf(dir, names, scanFile));
	}, 30_000);

	it('reads the first files on this thread, then hands each to a thread', async () => {
		const {dir, names} = await folder();
		const listings = await withWorkers(stubWorker, async workers => {
			const each = [];
			for (const name of names) each.push(...(await listingsOf(dir, [name], workers.scanFile)));
			return each;
		});
		const inThreads = listings.map(listing => 'reason' in listing && listing.reason === 'answered by a thread');
		expect(inThreads.indexOf(true)).toBe(24);
		expect(inThreads.slice(24).every(Boolean)).toBe(true);
	}, 30_000);

	it('reads on this thread what its threads held when closed, and what comes after', async () => {
		const {dir, names} = await folder();
		const workers = startScanWorkers(scanWorker, 2);
		const listings = listingsOf(dir, names, workers.scanFile);
		workers.close();
		expect(await listings).toEqual(await listingsOf(dir, names, scanFile));
		expect(await listingsOf(dir, names.slice(0, 3), workers.scanFile)).toEqual(await listingsOf(dir, names.slice(0, 3), scanFile));
	}, 30_000);
});

describe('openFileSourceSync', () => {
	// Every fixture, of every format (EPUB and MOBI are read a part at a time): the scan threads' reads must list each as the main thread's do.
	const root = path.join(import.meta.dirname, '../../../fixtures');
	const fixtures = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter(name => statSync(path.join(root, name)).isFile()).sort();

	it.each(fixtures)('lists %s as openFileSource does', async name => {
		const info = await stat(path.join(root, name));
		const identity = {size: info.size, mtimeMs: info.mtimeMs};
		expect(await scanFile(root, name, identity, openFileSourceSync)).toEqual(await scanFile(root, name, identity));
	});

	it('reads what openFileSource reads, and refuses what is not a regular file', async () => {
		const {dir} = await folder();
		const file = await openFileSourceSync(path.join(dir, 'work-1.txt'), 'work-1.txt');
		try {
			expect(Buffer.from(await file.read(7, 6)).toString()).toBe('Work 1');
			expect(file.size).toBe((await stat(path.join(dir, 'work-1.txt'))).size);
			expect((await file.read(file.size - 1, 10)).length).toBe(1);
		} finally {
			await file.close();
		}

		await expect(openFileSourceSync(dir, 'a folder')).rejects.toThrow();
	});
});
