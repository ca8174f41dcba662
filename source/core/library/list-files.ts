import {stat} from 'node:fs/promises';
import path from 'node:path';
import {type DetailsEntries, detailsFileFor, loadDetailsCache} from '../cache/details-cache.js';
import {type CacheEntries, loadIndexCache} from '../cache/index-cache.js';
import {markDuplicates} from '../scan/mark-duplicates.js';
import {onDisk} from '../scan/name-bytes.js';
import {scanFile} from '../scan/scan-file.js';
import {describeFileError} from '../scan/walk-fic-files.js';
import type {Skipped, WorkListing} from '../work.js';
import {readEach} from './read-each.js';
import type {Library} from './scan-library.js';

/** A library's index and details caches, as read (null where one could not be). */
export type ListingCaches = {index: CacheEntries | null; details: DetailsEntries | null};

/** Reads a library's caches for `listFiles`; none without a cache file. */
export async function loadListingCaches(root: string, cacheFile: string | null): Promise<ListingCaches> {
	if (cacheFile === null) return {index: null, details: null};
	const absoluteRoot = path.resolve(root);
	const [index, details] = await Promise.all([loadIndexCache(cacheFile, absoluteRoot), loadDetailsCache(detailsFileFor(cacheFile), absoluteRoot)]);
	return {index, details};
}

/**
 * The listing of some files of a library, with every work's details: from
 * the caches for a file that has not changed (same size and time), else
 * read. For a command that needs only a few works of a large library
 * (`--grep`): the caches are read, not written. Copies are told apart among
 * these files and the other copies the index knows.
 */
export async function listFiles(root: string, relatives: readonly string[], {index, details: known}: ListingCaches): Promise<Library> {
	const library: Library = {works: [], skipped: []};
	if (relatives.length === 0) return library;
	const list = async (relative: string): Promise<Library['works'][number] | Skipped> => {
		let info;
		try {
			info = await stat(onDisk(root, relative));
		} catch (error) {
			return {path: relative, reason: describeFileError(onDisk(root, relative), error)};
		}

		const same = (entry: {size: number; mtimeMs: number} | undefined) => entry?.size === info.size && entry.mtimeMs === info.mtimeMs;
		const cached = index?.get(relative);
		const details = known?.get(relative);
		if (cached && same(cached)) {
			if ('skipped' in cached) return {path: relative, reason: cached.skipped};
			if (details && same(details)) return {meta: cached.listing, stateKey: cached.stateKey, size: cached.size, mtimeMs: cached.mtimeMs, details: details.details};
		}

		const scanned = await scanFile(root, relative, info);
		return 'reason' in scanned ? scanned : {...scanned.work, details: scanned.details};
	};

	const listed: Array<Library['works'][number] | Skipped> = [];
	await readEach(relatives, async (relative, index) => {
		listed[index] = await list(relative);
	});
	for (const entry of listed) {
		if ('reason' in entry) library.skipped.push(entry);
		else library.works.push(entry);
	}

	markDuplicates([...library.works, ...(await copiesElsewhere(root, library.works, new Set(relatives), index))]);
	return library;
}

/**
 * The other copies of these works that the index knows (same Work ID) and
 * that have not changed since: with them, the copy the list shows as the
 * work is the same here as there. A copy the index does not know (no cache
 * yet, or a new file) is not looked for: that would mean listing the whole
 * library.
 */
async function copiesElsewhere(root: string, works: Library['works'], listed: ReadonlySet<string>, index: CacheEntries | null): Promise<Array<{meta: WorkListing; mtimeMs: number}>> {
	const ids = new Set(works.map(work => work.meta.id).filter(id => id !== null));
	const copies: Array<{meta: WorkListing; mtimeMs: number}> = [];
	if (index === null || ids.size === 0) return copies;
	for (const [relative, entry] of index) {
		if (listed.has(relative) || !('listing' in entry) || entry.listing.id === null || !ids.has(entry.listing.id)) continue;
		const info = await stat(onDisk(root, relative)).catch(() => null);
		if (info?.size === entry.size && info.mtimeMs === entry.mtimeMs) copies.push({meta: {...entry.listing}, mtimeMs: entry.mtimeMs});
	}

	return copies;
}
