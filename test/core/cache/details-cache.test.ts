import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {detailsFileFor, type DetailsEntries, type DetailsEntry, loadDetailsCache, saveDetailsCache} from '../../../source/core/cache/details-cache.js';
import {cacheFileFor} from '../../../source/core/cache/index-cache.js';
import {UNKNOWN_PARAGRAPH} from '../../../source/core/work.js';

const root = '/home/reader/fics';
let folder: string;
let file: string;

beforeEach(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'ficread-details-'));
	file = detailsFileFor(cacheFileFor(folder, root));
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

function sample(): DetailsEntries {
	return new Map<string, DetailsEntry>([
		['a.txt', {size: 10, mtimeMs: 1.5, details: {summary: 'Two\nlines.', toc: [{title: 'Chapter 1', paragraph: 0}], extra: {Kudos: '12'}}}],
		['b/c.txt', {size: 20, mtimeMs: 2, details: {summary: null, toc: [], extra: {}}}],
		// A listing that names chapters before reading them.
		['d.epub', {size: 30, mtimeMs: 3, details: {summary: null, toc: [{title: 'Chapter 1', paragraph: UNKNOWN_PARAGRAPH}], extra: {}}}],
	]);
}

describe('detailsFileFor', () => {
	it('sits beside the index cache, named after it', () => {
		expect(detailsFileFor('/cache/ficread/index-0123456789abcdef.json')).toBe('/cache/ficread/details-0123456789abcdef.json');
		// Never the index file itself, whatever it is called.
		expect(detailsFileFor('/tmp/lib-cache.json')).toBe('/tmp/details-lib-cache.json');
	});
});

describe('saveDetailsCache and loadDetailsCache', () => {
	it('round-trips the details', async () => {
		expect(await saveDetailsCache(file, root, sample())).toBe(true);
		expect(await loadDetailsCache(file, root)).toEqual(sample());
	});

	it('gives null for a missing file, another folder or another version', async () => {
		expect(await loadDetailsCache(file, root)).toBeNull();
		await saveDetailsCache(file, root, sample());
		expect(await loadDetailsCache(file, '/elsewhere')).toBeNull();
		const cache = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
		await writeFile(file, JSON.stringify({...cache, version: '1+0.0.1'}));
		expect(await loadDetailsCache(file, root)).toBeNull();
	});

	type Rows = Record<string, any[]>;
	it.each<[string, (rows: Rows) => void]>([
		['a terminal escape in a summary', rows => (rows['a.txt']![2] = 'x\u001B[2J')],
		['a C1 control in an extra label', rows => (rows['a.txt']![4] = {'\u009B2J': 'x'})],
		['a negative contents paragraph other than the unknown one', rows => (rows['a.txt']![3] = [['C', -2]])],
		['a row one field short', rows => rows['a.txt']!.pop()],
		['a path that leaves the folder', rows => (rows['../x.txt'] = rows['a.txt']!)],
	])('gives null for valid JSON with %s', async (_name, corrupt) => {
		await saveDetailsCache(file, root, sample());
		const cache = JSON.parse(await readFile(file, 'utf8')) as {entries: Rows};
		corrupt(cache.entries);
		await writeFile(file, JSON.stringify(cache));
		expect(await loadDetailsCache(file, root)).toBeNull();
	});

	it('leaves out, rather than writes, an entry the loader would reject', async () => {
		const entries = sample();
		entries.set('odd.txt', {size: 1, mtimeMs: 1, details: {summary: '\u001B]52;c;x\u0007', toc: [], extra: {}}});
		expect(await saveDetailsCache(file, root, entries)).toBe(true);
		expect(await loadDetailsCache(file, root)).toEqual(sample());
	});
});
