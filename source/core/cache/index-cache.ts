/**
 * The index cache: what a scan learned about each file of one library folder,
 * keyed by relative path and checked against the file's size and mtime, so
 * that a warm start re-reads only the files that changed.
 *
 * It holds what a library keeps of each work (a `WorkListing`), laid out to
 * load fast: one row (an array) per file, and each metadata string once in a
 * string table that rows point into. Tags, fandoms and names repeat across
 * thousands of works, so the file is smaller, parses faster, and every work
 * that names a tag shares one copy of it in memory.
 *
 * The file is never trusted: one that is missing, unreadable, from another
 * ficread version, for another folder, or with any value of the wrong shape
 * is ignored as a whole (and rebuilt by the next save). Nothing here throws.
 */
import path from 'node:path';
import pkg from '../../../package.json' with {type: 'json'};
import {sortOrder} from '../sort-works.js';
import {workKey} from '../state/reading-state.js';
import type {WorkListing} from '../work.js';
import {besideIndex, readCacheFile, writeCacheFile} from './cache-file.js';
import * as read from './read-untrusted.js';

/** What is remembered of one file: a work, or why it is not one (so a 50 MB binary is not re-read at each start). */
export type CacheEntry = {size: number; mtimeMs: number} & ({listing: WorkListing; stateKey: string} | {skipped: string});

/** Keyed by path relative to the library folder, `/`-separated, as `walkFicFiles` gives it. */
export type CacheEntries = Map<string, CacheEntry>;

// Bump when a cache file's layout changes, or what a listing holds: the
// package version is part of the key too because the parser's output (hence
// every cached work) may change with any release, but builds between releases
// share it. 3: EPUB listings name their chapters (`toc`, `headings`), which a
// cache of 2 has none of for AO3 and FanFicFare books.
const SCHEMA = 3;

export const cacheVersion = `${SCHEMA}+${pkg.version}`;

/** `<cacheDir>/index-<hash>.json`: one cache per library folder, named by a hash so any path makes a valid file name. */
export function cacheFileFor(cacheDir: string, absoluteRoot: string): string {
	return path.join(cacheDir, `index-${fnv1a64(absoluteRoot)}.json`);
}

const fnvOffset = 0xcb_f2_9c_e4_84_22_23_25n;
const fnvPrime = 0x1_00_00_00_01_b3n;

/**
 * FNV-1a (64 bits) of the text's UTF-8, as 16 hex digits. A name, not a
 * secret: two folders whose paths gave the same name would each find the
 * other's cache and ignore it, as a cache names its folder. Not node:crypto,
 * which takes ~2 ms of every start to load before anything else needs it.
 */
function fnv1a64(text: string): string {
	let hash = fnvOffset;
	for (const byte of Buffer.from(text, 'utf8')) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * fnvPrime);
	return hash.toString(16).padStart(16, '0');
}

/** The entries in `file` if it is whole, of this version and for `absoluteRoot`; otherwise null. Never throws. */
export async function loadIndexCache(file: string, absoluteRoot: string): Promise<CacheEntries | null> {
	return readCacheFile(file, value => decode(value, absoluteRoot).entries);
}

/** A head (see `saveIndexHead`) and how many works its index holds (null from a head that does not say); null when unusable. */
export async function loadIndexHead(file: string, absoluteRoot: string): Promise<{entries: CacheEntries; works: number | null} | null> {
	return readCacheFile(file, value => decode(value, absoluteRoot));
}

/**
 * Writes the cache atomically. An entry that `loadIndexCache` would reject
 * is left out rather than written, so that one odd work cannot make every
 * later start cold. False when it could not write.
 */
export async function saveIndexCache(file: string, absoluteRoot: string, entries: CacheEntries): Promise<boolean> {
	return writeCacheFile(file, JSON.stringify(encode(absoluteRoot, writable(absoluteRoot, entries))));
}

/** `entries`, less any that `decode` would reject. */
function writable(absoluteRoot: string, entries: CacheEntries): CacheEntries {
	try {
		decode(encode(absoluteRoot, entries), absoluteRoot);
		return entries;
	} catch {
		// Rare (a parser bug): only then is each entry checked on its own.
		return new Map([...entries].filter(([relative, entry]) => isWritable(relative, entry)));
	}
}

/** `<cacheDir>/head-<hash>.json`, beside its index. */
export function headFileFor(indexFile: string): string {
	return besideIndex(indexFile, 'head');
}

/** The most works a first frame can show: a list row is two lines, and few terminals are 400 rows tall. */
export const headWorks = 200;

/**
 * Writes the head: the works that open the list (the first `headWorks` in
 * title order, the order ficread starts in), laid out like the index. At
 * 10,000 works the index takes ~110 ms to load and the head ~2 ms, so a warm
 * start draws its first frame from the head and loads the index after.
 * `loadIndexCache` reads it back. False when it could not write.
 */
export async function saveIndexHead(file: string, absoluteRoot: string, entries: CacheEntries): Promise<boolean> {
	const listed = [...entries].filter((pair): pair is [string, Extract<CacheEntry, {listing: WorkListing}>] => 'listing' in pair[1]);
	const first = sortOrder(listed.map(([, entry]) => entry.listing), 'title').slice(0, headWorks);
	// With the count of works, so that the first frame's heading counts the whole library.
	return writeCacheFile(file, JSON.stringify(encode(absoluteRoot, writable(absoluteRoot, new Map(first.map(index => listed[index]!))), listed.length)));
}

// --- Layout ---------------------------------------------------------------
// {version, root, strings: [...], works: [row, ...], skipped: [[path, size, mtimeMs, reason], ...]}, and in a
// head, `count`: how many works its index holds.
// A row lists a work's fields in the order below; metadata strings are
// indices into `strings`.

type Row = unknown[];

const rowLength = 25;

function encode(root: string, entries: CacheEntries, count?: number) {
	const strings: string[] = [];
	const indices = new Map<string, number>();
	const ref = (text: string): number => {
		let index = indices.get(text);
		if (index === undefined) {
			index = strings.push(text) - 1;
			indices.set(text, index);
		}

		return index;
	};

	const refOrNull = (text: string | null) => (text === null ? null : ref(text));
	const refs = (texts: readonly string[]) => texts.map(text => ref(text));
	const works: Row[] = [];
	const skipped: Row[] = [];
	for (const [relative, entry] of entries) {
		const {size, mtimeMs} = entry;
		if ('skipped' in entry) {
			skipped.push([relative, size, mtimeMs, entry.skipped]);
			continue;
		}

		const work = entry.listing;
		works.push([
			relative,
			size,
			mtimeMs,
			entry.stateKey,
			work.format,
			work.id,
			ref(work.title),
			refs(work.authors),
			refOrNull(work.rating),
			refs(work.warnings),
			refs(work.categories),
			refs(work.fandoms),
			refs(work.relationships),
			refs(work.characters),
			refs(work.tags),
			refOrNull(work.language),
			work.series.map(series => [ref(series.name), series.part]),
			work.status,
			work.chapters && [work.chapters.posted, work.chapters.total],
			work.words,
			refOrNull(work.published),
			refOrNull(work.updated),
			work.encoding,
			work.notes,
			work.headings,
		] satisfies Row);
	}

	return {version: cacheVersion, root, strings, works, skipped, count};
}

function decode(value: unknown, root: string): {entries: CacheEntries; works: number | null} {
	const file = read.cacheHead(value, cacheVersion, root, ['version', 'root', 'strings', 'works', 'skipped', 'count']);
	// Checked once each, however many works name them.
	const strings = read.listOf(read.safeText)(file['strings']);
	const text = (value: unknown): string => strings[read.count(value)] ?? read.reject();
	const texts = read.listOf(text);
	const nullableText = read.nullOr(text);
	const series = read.listOf(value => {
		const [name, part] = read.tuple(value, 2);
		return {name: text(name), part: read.nullOr(read.count)(part)};
	});
	const chapters = read.nullOr(value => {
		const [posted, total] = read.tuple(value, 2);
		return {posted: read.count(posted), total: read.nullOr(read.count)(total)};
	});
	const notes = read.listOf(read.repairNote);

	const entries: CacheEntries = new Map();
	for (const row of read.listOf(value => read.tuple(value, rowLength))(file['works'])) {
		const relative = read.ficPath(row[0]);
		const listing: WorkListing = {
			path: relative,
			format: read.format(row[4]),
			id: read.nullOr(read.safeText)(row[5]),
			title: text(row[6]),
			authors: texts(row[7]),
			rating: nullableText(row[8]),
			warnings: texts(row[9]),
			categories: texts(row[10]),
			fandoms: texts(row[11]),
			relationships: texts(row[12]),
			characters: texts(row[13]),
			tags: texts(row[14]),
			language: nullableText(row[15]),
			series: series(row[16]),
			status: read.status(row[17]),
			chapters: chapters(row[18]),
			words: read.count(row[19]),
			published: nullableText(row[20]),
			updated: nullableText(row[21]),
			encoding: read.encoding(row[22]),
			notes: notes(row[23]),
			// Not a file's own fact: the library marks duplicates afresh from all its works.
			duplicateOf: null,
			headings: read.count(row[24]),
		};
		const stateKey = stateKeyOf(listing, row[3]);
		entries.set(relative, {size: read.count(row[1]), mtimeMs: read.finite(row[2]), listing, stateKey});
	}

	for (const row of read.listOf(value => read.tuple(value, 4))(file['skipped'])) {
		entries.set(read.ficPath(row[0]), {size: read.count(row[1]), mtimeMs: read.finite(row[2]), skipped: read.safeText(row[3])});
	}

	return {entries, works: file['count'] === undefined ? null : read.count(file['count'])};
}

// `workKey`'s fingerprint form; a malformed key would file reading progress under no work, or another one.
const FINGERPRINT_KEY = /^fp:[0-9a-f]{16}$/;

/** The reading-state key of a cached work: its Work ID's, or a well-formed fingerprint when it has none. */
function stateKeyOf(listing: WorkListing, value: unknown): string {
	const key = read.anyText(value);
	const valid = listing.id === null ? FINGERPRINT_KEY.test(key) : key === workKey(listing, '');
	return valid ? key : read.reject();
}

/** Whether `decode` would take this entry back: written otherwise, it would make every later start cold. */
function isWritable(relative: string, entry: CacheEntry): boolean {
	try {
		decode(encode('', new Map([[relative, entry]])), '');
		return true;
	} catch {
		return false;
	}
}
