/**
 * The details cache: the part of each work's metadata that a library does not
 * keep (summary, contents, extra header labels; see `WorkDetails`), for the
 * commands that print whole works' metadata (`--list --json`) without reading
 * every file. A file beside the index cache, with its own size and mtime per
 * entry, so that each of the two stands or falls alone: a work whose details
 * are missing or stale is read again by whoever needs them.
 *
 * Never trusted, like the index cache; nothing here throws.
 */
import {UNKNOWN_PARAGRAPH, type WorkDetails} from '../work.js';
import {besideIndex, readCacheFile, writeCacheFile} from './cache-file.js';
import {cacheVersion} from './index-cache.js';
import * as read from './read-untrusted.js';

export type DetailsEntry = {size: number; mtimeMs: number; details: WorkDetails};

/** Keyed by path relative to the library folder, like the index cache. */
export type DetailsEntries = Map<string, DetailsEntry>;

/** `details-<hash>.json` beside `index-<hash>.json`. */
export function detailsFileFor(indexFile: string): string {
	return besideIndex(indexFile, 'details');
}

/** The entries in `file` if it is whole, of this version and for `absoluteRoot`; otherwise null. */
export async function loadDetailsCache(file: string, absoluteRoot: string): Promise<DetailsEntries | null> {
	return readCacheFile(file, value => decode(value, absoluteRoot));
}

/** Writes the cache atomically, leaving out an entry the loader would reject. False when it could not write. */
export async function saveDetailsCache(file: string, absoluteRoot: string, entries: DetailsEntries): Promise<boolean> {
	const rows: Record<string, unknown[]> = {};
	for (const [relative, entry] of entries) {
		const row = encodeEntry(entry);
		try {
			decodeEntry(relative, row);
			rows[relative] = row;
		} catch {
			// A work the loader would refuse would make the whole file useless.
		}
	}

	return writeCacheFile(file, JSON.stringify({version: cacheVersion, root: absoluteRoot, entries: rows}));
}

// --- Layout: {version, root, entries: {path: [size, mtimeMs, summary, [[title, paragraph], ...], extra]}}

function encodeEntry({size, mtimeMs, details}: DetailsEntry): unknown[] {
	return [size, mtimeMs, details.summary, details.toc.map(entry => [entry.title, entry.paragraph]), details.extra];
}

const tocEntry = (value: unknown) => {
	const [title, paragraph] = read.tuple(value, 2);
	return {title: read.safeText(title), paragraph: paragraph === UNKNOWN_PARAGRAPH ? UNKNOWN_PARAGRAPH : read.count(paragraph)};
};

function decodeEntry(relative: string, value: unknown): DetailsEntry {
	read.ficPath(relative);
	const [size, mtimeMs, summary, toc, extra] = read.tuple(value, 5);
	return {
		size: read.count(size),
		mtimeMs: read.finite(mtimeMs),
		details: {summary: read.nullOr(read.safeText)(summary), toc: read.listOf(tocEntry)(toc), extra: read.textRecord(extra)},
	};
}

function decode(value: unknown, root: string): DetailsEntries {
	const rows = read.record(read.cacheHead(value, cacheVersion, root, ['version', 'root', 'entries'])['entries']);
	const entries: DetailsEntries = new Map();
	for (const relative in rows) entries.set(relative, decodeEntry(relative, rows[relative]));
	return entries;
}
