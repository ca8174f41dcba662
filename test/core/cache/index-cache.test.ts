import {mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
	cacheFileFor,
	cacheVersion,
	type CacheEntry,
	type IndexCache,
	loadIndexCache,
	lookup,
	saveIndexCache,
} from '../../../source/core/cache/index-cache.js';
import {readWork} from '../../../source/core/read-work.js';
import {scanLibrary} from '../../../source/core/scan/scan-library.js';
import {fingerprintText} from '../../../source/core/state/fingerprint.js';
import {workKey} from '../../../source/core/state/reading-state.js';
import {makeWork} from '../../helpers/make-work.js';
import {repoRoot} from '../parse/read-fixture.js';

const root = '/home/reader/fics';
let folder: string;
let file: string;

beforeEach(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'ficread-cache-'));
	file = cacheFileFor(folder, root);
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

function sampleCache(): IndexCache {
	return {
		version: cacheVersion,
		root,
		entries: {
			'a.txt': {
				size: 1234,
				// Real mtimes have a fractional part; it must survive the round trip exactly.
				mtimeMs: 1_712_345_678_901.2345,
				stateKey: 'id:42',
				meta: makeWork({
					path: 'a.txt',
					id: '42',
					title: 'A Title',
					authors: ['someone'],
					series: [{name: 'S', part: 2}],
					chapters: {posted: 3, total: null},
					words: 12_000,
					summary: 'Two\nlines.',
					toc: [{title: 'Chapter 1', paragraph: 0}],
					notes: ['crlf'],
					extra: {Kudos: '12'},
				}),
			},
			'deep/folder/b.TXT': {size: 10, mtimeMs: 1, stateKey: 'fp:0123456789abcdef', meta: makeWork({path: 'deep/folder/b.TXT'})},
			'binary.txt': {size: 50_000_000, mtimeMs: 2, skipped: 'binary file (NUL byte in the first 8 KiB)'},
		},
	};
}

describe('cacheFileFor', () => {
	it('names one file per library folder, inside the cache folder', () => {
		const name = cacheFileFor('/cache/ficread', root);
		expect(name).toMatch(/^\/cache\/ficread\/index-[0-9a-f]{16}\.json$/);
		expect(cacheFileFor('/cache/ficread', root)).toBe(name);
		expect(cacheFileFor('/cache/ficread', `${root}2`)).not.toBe(name);
	});
});

describe('saveIndexCache and loadIndexCache', () => {
	it('round-trips a cache', async () => {
		const cache = sampleCache();
		expect(await saveIndexCache(file, cache)).toBe(true);
		expect(await loadIndexCache(file, root)).toEqual(cache);
	});

	it('creates the cache folder', async () => {
		const nested = cacheFileFor(path.join(folder, 'x', 'ficread'), root);
		expect(await saveIndexCache(nested, sampleCache())).toBe(true);
		expect(await loadIndexCache(nested, root)).toEqual(sampleCache());
	});

	it('gives null for a missing file', async () => {
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it.each([
		['an empty file', ''],
		['garbage', 'not json at all \u0000\u001B'],
		['JSON that is not an object', '[1,2,3]'],
		['a number too large for a double', `{"version":"${cacheVersion}","root":"${root}","entries":{"a.txt":{"size":1e999,"mtimeMs":1,"skipped":"x"}}}`],
	])('gives null for %s', async (_name, text) => {
		await writeFile(file, text);
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('gives null for a truncated file, wherever it was cut', async () => {
		await saveIndexCache(file, sampleCache());
		const text = await readFile(file, 'utf8');
		for (let length = 0; length < text.length; length += 7) {
			await writeFile(file, text.slice(0, length));
			expect(await loadIndexCache(file, root)).toBeNull();
		}
	});

	it('gives null for a cache from another version', async () => {
		await saveIndexCache(file, {...sampleCache(), version: '1+0.0.1'});
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('gives null for the cache of another folder', async () => {
		await saveIndexCache(file, sampleCache());
		expect(await loadIndexCache(file, '/home/reader/other')).toBeNull();
	});

	type Entries = Record<string, Record<string, any>>;
	it.each<[string, (entries: Entries, cache: Record<string, unknown>) => void]>([
		['a missing meta field', entries => delete entries['a.txt']!['meta'].title],
		['an extra meta field', entries => (entries['a.txt']!['meta'].secret = 'x')],
		['an extra entry field', entries => (entries['binary.txt']!['meta'] = makeWork())],
		['an extra top-level field', (_entries, cache) => (cache['more'] = 1)],
		['a number where a string belongs', entries => (entries['a.txt']!['meta'].title = 5)],
		['a string where a list belongs', entries => (entries['a.txt']!['meta'].tags = 'Angst')],
		['a null in a list', entries => (entries['a.txt']!['meta'].authors = [null])],
		['an unknown format', entries => (entries['a.txt']!['meta'].format = 'epub')],
		['an unknown repair note', entries => (entries['a.txt']!['meta'].notes = ['cosmic-rays'])],
		['a terminal escape in a title', entries => (entries['a.txt']!['meta'].title = '\u001B]52;c;aGk=\u0007')],
		['a bidi override in a tag', entries => (entries['a.txt']!['meta'].tags = ['\u202Eevil'])],
		['a C1 control in an extra label', entries => (entries['a.txt']!['meta'].extra = {'\u009B2J': 'x'})],
		['a control in a skip reason', entries => (entries['binary.txt']!['skipped'] = 'x\u0007')],
		['an extra field in a series', entries => (entries['a.txt']!['meta'].series = [{name: 'S', part: 1, x: 1}])],
		['a fractional word count', entries => (entries['a.txt']!['meta'].words = 1.5)],
		['a negative toc paragraph', entries => (entries['a.txt']!['meta'].toc = [{title: 'C', paragraph: -1}])],
		['a negative size', entries => (entries['a.txt']!['size'] = -1)],
		['a string mtime', entries => (entries['a.txt']!['mtimeMs'] = '1')],
		['a meta path that is not its key', entries => (entries['a.txt']!['meta'].path = 'b.txt')],
		['a state key that is not the Work ID', entries => (entries['a.txt']!['stateKey'] = 'id:43')],
		['a malformed fingerprint key', entries => (entries['deep/folder/b.TXT']!['stateKey'] = 'fp:')],
		['an entry that is neither a work nor a skip', entries => (entries['x.txt'] = {size: 1, mtimeMs: 1})],
		['a path that leaves the folder', entries => (entries['../x.txt'] = {size: 1, mtimeMs: 1, skipped: 'x'})],
		['an absolute path', entries => (entries['/etc/x.txt'] = {size: 1, mtimeMs: 1, skipped: 'x'})],
		['a hidden path', entries => (entries['.git/x.txt'] = {size: 1, mtimeMs: 1, skipped: 'x'})],
		['a path that is not a .txt', entries => (entries['cover.jpg'] = {size: 1, mtimeMs: 1, skipped: 'x'})],
		['entries that are a list', (_entries, cache) => (cache['entries'] = [])],
	])('gives null for valid JSON with %s', async (_name, corrupt) => {
		await saveIndexCache(file, sampleCache());
		const cache = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
		corrupt(cache['entries'] as Entries, cache);
		await writeFile(file, JSON.stringify(cache));
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('accepts what the scanner makes of the fixture library', async () => {
		const libraryRoot = path.join(repoRoot, 'fixtures/library');
		const library = await scanLibrary(libraryRoot);
		const entries: Record<string, CacheEntry> = {};
		for (const {meta, stateKey, size, mtimeMs} of library.works) entries[meta.path] = {meta, stateKey, size, mtimeMs};
		for (const {path: relative, reason} of library.skipped) entries[relative] = {size: 0, mtimeMs: 0, skipped: reason};
		const cache: IndexCache = {version: cacheVersion, root: libraryRoot, entries};
		expect(library.works.length).toBeGreaterThan(5);
		await saveIndexCache(file, cache);
		expect(await loadIndexCache(file, libraryRoot)).toEqual(cache);
	});

	it('accepts whatever the parser makes of arbitrary bytes', async () => {
		// Were the checks stricter than the parser, such a library would be re-read at every start.
		const inputs = fc.sample(
			fc.oneof(
				fc.uint8Array({maxLength: 600}),
				fc.string({unit: 'binary', maxLength: 400}).map(text => new TextEncoder().encode(text)),
				fc
					.array(fc.constantFrom('Title: \u001B[2Jx', 'Work ID: 7', 'Author: a, b', 'Chapters: 1,024/?', 'Series: Part 2 of \u202Ex', 'Kudos: 5', 'Summary:', 'Chapter 1', '\t', '\r\n', '\n\n', 'caf\u00C3\u00A9', 'x\u0085y'), {maxLength: 40})
					.map(pieces => new TextEncoder().encode(pieces.join('\n'))),
			),
			{numRuns: 600, seed: 7},
		);
		const entries: Record<string, CacheEntry> = {};
		inputs.forEach((bytes, index) => {
			const relative = `w${index}.txt`;
			const result = readWork(bytes, relative);
			entries[relative] = result.ok
				? {size: bytes.length, mtimeMs: index, meta: result.meta, stateKey: workKey(result.meta, fingerprintText(result.body.paragraphs.join('\n\n')))}
				: {size: bytes.length, mtimeMs: index, skipped: result.reason};
		});
		expect(await saveIndexCache(file, {version: cacheVersion, root, entries})).toBe(true);
		expect(Object.keys((await loadIndexCache(file, root))?.entries ?? {})).toEqual(Object.keys(entries));
	});

	it('leaves out, rather than writes, an entry the loader would reject', async () => {
		// A count JSON cannot hold (Infinity becomes null) must not spoil the whole file.
		const result = readWork(new TextEncoder().encode('Title: T\nChapters: 3/3\n\nText.'), 'huge.txt');
		expect(result.ok).toBe(true);
		const cache = sampleCache();
		if (result.ok) cache.entries['huge.txt'] = {size: 1, mtimeMs: 1, meta: {...result.meta, chapters: {posted: Number.POSITIVE_INFINITY, total: null}}, stateKey: 'fp:0123456789abcdef'};
		expect(await saveIndexCache(file, cache)).toBe(true);
		expect(await loadIndexCache(file, root)).toEqual(sampleCache());
	});

	it('writes atomically: concurrent readers always see a whole cache, and no temp file is left', async () => {
		const small = sampleCache();
		const big = sampleCache();
		for (let index = 0; index < 2000; index++) big.entries[`many/w${index}.txt`] = {size: index, mtimeMs: index, skipped: 'empty file'};
		await saveIndexCache(file, small);
		const loads: Array<Promise<IndexCache | null>> = [];
		const saves: Array<Promise<boolean>> = [];
		for (let round = 0; round < 20; round++) {
			saves.push(saveIndexCache(file, round % 2 === 0 ? big : small));
			loads.push(loadIndexCache(file, root));
		}
		expect(await Promise.all(saves)).not.toContain(false);
		for (const loaded of await Promise.all(loads)) expect(loaded).not.toBeNull();
		expect(await readdir(folder)).toEqual([path.basename(file)]);
	});

	it('removes temp files left by a killed process, but not a fresh one', async () => {
		const stale = `${file}.999999.abcdef.tmp`;
		const fresh = `${file}.999998.abcdef.tmp`;
		await writeFile(stale, '{"partial');
		await writeFile(fresh, '{"partial');
		const hourAgo = new Date(Date.now() - 3_600_000);
		await utimes(stale, hourAgo, hourAgo);
		await saveIndexCache(file, sampleCache());
		expect((await readdir(folder)).sort()).toEqual([path.basename(file), path.basename(fresh)].sort());
	});

	it('returns false, without throwing, when the cache folder cannot be made', async () => {
		// A file where the folder should be: fails for root too, unlike a permission bit.
		const blocker = path.join(folder, 'blocker');
		await writeFile(blocker, '');
		expect(await saveIndexCache(cacheFileFor(path.join(blocker, 'ficread'), root), sampleCache())).toBe(false);
	});

	it('returns false when a folder is in the way of the cache file', async () => {
		await saveIndexCache(`${file}/inside`, sampleCache());
		await expect(saveIndexCache(file, sampleCache())).resolves.toBe(false);
		expect(await readdir(folder)).toEqual([path.basename(file)]);
	});
});

describe('lookup', () => {
	const cache = sampleCache();

	it('hits only when size and mtime are both equal', () => {
		expect(lookup(cache, 'a.txt', 1234, 1_712_345_678_901.2345)).toBe(cache.entries['a.txt']);
		expect(lookup(cache, 'a.txt', 1235, 1_712_345_678_901.2345)).toBeUndefined();
		expect(lookup(cache, 'a.txt', 1234, 1_712_345_678_901.2344)).toBeUndefined();
		expect(lookup(cache, 'a.txt', 1234, 1_712_345_678_901)).toBeUndefined();
	});

	it('misses a path it does not hold, including names of Object.prototype', () => {
		expect(lookup(cache, 'c.txt', 1, 1)).toBeUndefined();
		expect(lookup(cache, 'constructor', 1, 1)).toBeUndefined();
		expect(lookup(cache, '__proto__', 1, 1)).toBeUndefined();
	});

	it('finds a skipped file, so that it is not read again', () => {
		expect(lookup(cache, 'binary.txt', 50_000_000, 2)).toEqual({size: 50_000_000, mtimeMs: 2, skipped: 'binary file (NUL byte in the first 8 KiB)'});
	});
});
