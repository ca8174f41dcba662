import {mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cacheFileFor, cacheVersion, type CacheEntries, type CacheEntry, headFileFor, loadIndexCache, saveIndexCache} from '../../../source/core/cache/index-cache.js';
import {readWork} from '../../../source/core/read-work.js';
import {scanLibrary} from '../../../source/core/library/scan-library.js';
import {fingerprintText} from '../../../source/core/state/fingerprint.js';
import {workKey} from '../../../source/core/state/reading-state.js';
import {listingOf} from '../../../source/core/work.js';
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

function sampleCache(): CacheEntries {
	return new Map<string, CacheEntry>([
		[
			'a.txt',
			{
				size: 1234,
				// Real mtimes have a fractional part; it must survive the round trip exactly.
				mtimeMs: 1_712_345_678_901.2345,
				stateKey: 'id:42',
				listing: listingOf(
					makeWork({
						path: 'a.txt',
						id: '42',
						title: 'A Title',
						authors: ['someone'],
						tags: ['Angst', 'Fluff'],
						characters: ['Angst'],
						series: [{name: 'S', part: 2}],
						chapters: {posted: 3, total: null},
						words: 12_000,
						toc: [{title: 'Chapter 1', paragraph: 0}],
						notes: ['crlf'],
					}),
				),
			},
		],
		['deep/folder/b.TXT', {size: 10, mtimeMs: 1, stateKey: 'fp:0123456789abcdef', listing: listingOf(makeWork({path: 'deep/folder/b.TXT'}))}],
		['binary.txt', {size: 50_000_000, mtimeMs: 2, skipped: 'binary file (NUL byte in the first 8 KiB)'}],
	]);
}

describe('cacheFileFor', () => {
	it('names one file per library folder, inside the cache folder', () => {
		const name = cacheFileFor('/cache/ficread', root);
		expect(name).toMatch(/^\/cache\/ficread\/index-[0-9a-f]{16}\.json$/);
		expect(cacheFileFor('/cache/ficread', root)).toBe(name);
		expect(cacheFileFor('/cache/ficread', `${root}2`)).not.toBe(name);
	});

	it('names it by FNV-1a (64 bits) of the folder\'s path', () => {
		// The published test vectors of FNV-1a 64.
		expect(cacheFileFor('/c', 'a')).toBe('/c/index-af63dc4c8601ec8c.json');
		expect(cacheFileFor('/c', 'foobar')).toBe('/c/index-85944171f73967e8.json');
	});
});

describe('saveIndexCache and loadIndexCache', () => {
	it('round-trips a cache', async () => {
		const cache = sampleCache();
		expect(await saveIndexCache(file, root, cache)).toBe(true);
		expect(await loadIndexCache(file, root)).toEqual(cache);
	});

	it('keeps each metadata string once, however many works name it', async () => {
		const works = Array.from({length: 50}, (_, index) => listingOf(makeWork({path: `w${index}.txt`, id: String(index), tags: ['Slow Burn', 'Angst'], fandoms: ['Original Work']})));
		await saveIndexCache(file, root, new Map(works.map(listing => [listing.path, {size: 1, mtimeMs: 1, stateKey: `id:${listing.id}`, listing}])));
		const text = await readFile(file, 'utf8');
		expect(text.split('Slow Burn')).toHaveLength(2);
		const loaded = [...(await loadIndexCache(file, root))!.values()].map(entry => ('listing' in entry ? entry.listing : undefined));
		expect(loaded[0]!.tags[0]).toBe(loaded[49]!.tags[0]);
	});

	it('creates the cache folder', async () => {
		const nested = cacheFileFor(path.join(folder, 'x', 'ficread'), root);
		expect(await saveIndexCache(nested, root, sampleCache())).toBe(true);
		expect(await loadIndexCache(nested, root)).toEqual(sampleCache());
	});

	it('gives null for a missing file', async () => {
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it.each([
		['an empty file', ''],
		['garbage', 'not json at all \u0000\u001B'],
		['JSON that is not an object', '[1,2,3]'],
		['a number too large for a double', `{"version":"${cacheVersion}","root":"${root}","strings":[],"works":[],"skipped":[["a.txt",1e999,1,"x"]]}`],
	])('gives null for %s', async (_name, text) => {
		await writeFile(file, text);
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('gives null for a truncated file, wherever it was cut', async () => {
		await saveIndexCache(file, root, sampleCache());
		const text = await readFile(file, 'utf8');
		for (let length = 0; length < text.length; length += 7) {
			await writeFile(file, text.slice(0, length));
			expect(await loadIndexCache(file, root)).toBeNull();
		}
	});

	it('gives null for a cache from another version', async () => {
		await saveIndexCache(file, root, sampleCache());
		const cache = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
		await writeFile(file, JSON.stringify({...cache, version: '1+0.0.1'}));
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('gives null for the cache of another folder', async () => {
		await saveIndexCache(file, root, sampleCache());
		expect(await loadIndexCache(file, '/home/reader/other')).toBeNull();
	});

	// Where each field sits in a work's row (see the layout in index-cache.ts).
	const at = {path: 0, size: 1, mtimeMs: 2, stateKey: 3, format: 4, id: 5, title: 6, authors: 7, tags: 14, series: 16, words: 19, notes: 23, headings: 24};
	type Layout = {strings: string[]; works: any[][]; skipped: any[][]} & Record<string, unknown>;
	const first = (layout: Layout) => layout.works[0]!;
	it.each<[string, (layout: Layout) => void]>([
		['a row one field short', layout => first(layout).pop()],
		['a row one field long', layout => first(layout).push(0)],
		['an extra top-level field', layout => (layout['more'] = 1)],
		['works that are an object', layout => Object.assign(layout, {works: {}})],
		['a string where a string index belongs', layout => (first(layout)[at.title] = 'A Title')],
		['a string index past the table', layout => (first(layout)[at.title] = layout.strings.length)],
		['a negative string index', layout => (first(layout)[at.title] = -1)],
		['a number where a list belongs', layout => (first(layout)[at.authors] = 5)],
		['a null in a list', layout => (first(layout)[at.authors] = [null])],
		['an unknown format', layout => (first(layout)[at.format] = 'docx')],
		['an unknown repair note', layout => (first(layout)[at.notes] = ['cosmic-rays'])],
		['a terminal escape in the string table', layout => (layout.strings[first(layout)[at.title]] = '\u001B]52;c;aGk=\u0007')],
		['a bidi override in an unused string', layout => layout.strings.push('\u202Eevil')],
		['a control in a skip reason', layout => (layout.skipped[0]![3] = 'x\u0007')],
		['a series of three items', layout => (first(layout)[at.series] = [[0, 1, 1]])],
		['a fractional word count', layout => (first(layout)[at.words] = 1.5)],
		['a negative heading count', layout => (first(layout)[at.headings] = -1)],
		['a negative size', layout => (first(layout)[at.size] = -1)],
		['a string mtime', layout => (first(layout)[at.mtimeMs] = '1')],
		['a state key that is not the Work ID', layout => (first(layout)[at.stateKey] = 'id:43')],
		['a malformed fingerprint key', layout => (layout.works[1]![at.stateKey] = 'fp:')],
		['a path that leaves the folder', layout => (first(layout)[at.path] = '../x.txt')],
		['an absolute path', layout => (layout.skipped[0]![0] = '/etc/x.txt')],
		['a hidden path', layout => (layout.skipped[0]![0] = '.git/x.txt')],
		['a path that is not a .txt', layout => (layout.skipped[0]![0] = 'cover.jpg')],
	])('gives null for valid JSON with %s', async (_name, corrupt) => {
		await saveIndexCache(file, root, sampleCache());
		const layout = JSON.parse(await readFile(file, 'utf8')) as Layout;
		corrupt(layout);
		await writeFile(file, JSON.stringify(layout));
		expect(await loadIndexCache(file, root)).toBeNull();
	});

	it('accepts what the scanner makes of the fixture library', async () => {
		const libraryRoot = path.join(repoRoot, 'fixtures/library');
		const library = await scanLibrary(libraryRoot);
		const entries: CacheEntries = new Map();
		for (const {meta, stateKey, size, mtimeMs} of library.works) entries.set(meta.path, {listing: {...meta, duplicateOf: null}, stateKey, size, mtimeMs});
		for (const {path: relative, reason} of library.skipped) entries.set(relative, {size: 0, mtimeMs: 0, skipped: reason});
		expect(library.works.length).toBeGreaterThan(5);
		await saveIndexCache(file, libraryRoot, entries);
		expect(await loadIndexCache(file, libraryRoot)).toEqual(entries);
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
		const entries: CacheEntries = new Map();
		inputs.forEach((bytes, index) => {
			const relative = `w${index}.txt`;
			const result = readWork(bytes, relative);
			entries.set(
				relative,
				result.ok
					? {size: bytes.length, mtimeMs: index, listing: listingOf(result.meta), stateKey: workKey(result.meta, fingerprintText(result.body.paragraphs.join('\n\n')))}
					: {size: bytes.length, mtimeMs: index, skipped: result.reason},
			);
		});
		expect(await saveIndexCache(file, root, entries)).toBe(true);
		expect([...((await loadIndexCache(file, root)) ?? new Map()).keys()].sort()).toEqual([...entries.keys()].sort());
	});

	it('leaves out, rather than writes, an entry the loader would reject', async () => {
		// A count JSON cannot hold (Infinity becomes null) must not spoil the whole file.
		const result = readWork(new TextEncoder().encode('Title: T\nChapters: 3/3\n\nText.'), 'huge.txt');
		expect(result.ok).toBe(true);
		const cache = sampleCache();
		if (result.ok) cache.set('huge.txt', {size: 1, mtimeMs: 1, listing: {...listingOf(result.meta), chapters: {posted: Number.POSITIVE_INFINITY, total: null}}, stateKey: 'fp:0123456789abcdef'});
		expect(await saveIndexCache(file, root, cache)).toBe(true);
		expect(await loadIndexCache(file, root)).toEqual(sampleCache());
	});

	it('writes atomically: concurrent readers always see a whole cache, and no temp file is left', async () => {
		const small = sampleCache();
		const big = sampleCache();
		for (let index = 0; index < 2000; index++) big.set(`many/w${index}.txt`, {size: index, mtimeMs: index, skipped: 'empty file'});
		await saveIndexCache(file, root, small);
		const loads: Array<Promise<CacheEntries | null>> = [];
		const saves: Array<Promise<boolean>> = [];
		for (let round = 0; round < 20; round++) {
			saves.push(saveIndexCache(file, root, round % 2 === 0 ? big : small));
			loads.push(loadIndexCache(file, root));
		}
		expect(await Promise.all(saves)).not.toContain(false);
		for (const loaded of await Promise.all(loads)) expect(loaded).not.toBeNull();
		expect(await readdir(folder)).toEqual([path.basename(file)]);
	});

	it('returns false, without throwing, when the cache folder cannot be made', async () => {
		// A file where the folder should be: fails for root too, unlike a permission bit.
		const blocker = path.join(folder, 'blocker');
		await writeFile(blocker, '');
		expect(await saveIndexCache(cacheFileFor(path.join(blocker, 'ficread'), root), root, sampleCache())).toBe(false);
	});

	it('returns false when a folder is in the way of the cache file', async () => {
		await saveIndexCache(`${file}/inside`, root, sampleCache());
		await expect(saveIndexCache(file, root, sampleCache())).resolves.toBe(false);
		expect(await readdir(folder)).toEqual([path.basename(file)]);
	});
});

describe('headFileFor', () => {
	it('names the head beside its index', () => {
		expect(headFileFor('/cache/ficread/index-0123456789abcdef.json')).toBe('/cache/ficread/head-0123456789abcdef.json');
		expect(headFileFor('/tmp/lib-cache.json')).toBe('/tmp/head-lib-cache.json');
	});
});
