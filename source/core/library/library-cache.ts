/**
 * The library's cache persistence: the index (every file's listing), its
 * head (the works that open the list, for a first frame) and the details
 * (the rest of each work's metadata), read at start and written after a scan
 * or a change. Saves run one at a time; `close` waits for the one under way
 * and then saves what it missed, so a quit never abandons a save.
 */
import path from 'node:path';
import {markCacheUsed, removeStaleCacheTemps} from '../cache/cache-file.js';
import {detailsFileFor, type DetailsEntries, type DetailsEntry, loadDetailsCache, saveDetailsCache} from '../cache/details-cache.js';
import {type CacheEntries, type CacheEntry, headFileFor, headWorks, loadIndexCache, loadIndexHead, saveIndexCache, saveIndexHead} from '../cache/index-cache.js';
import {pruneOrphanedCaches} from '../cache/prune-caches.js';
import type {Skipped} from '../work.js';
import type {LibraryWork} from './library-work.js';
import type {Entry, LibraryStore} from './library-store.js';

export type LibraryCache = {
	/** Takes in the head of the index; false, taking nothing, when there is none or it holds the whole list. */
	readHead(): Promise<boolean>;
	/** Takes in the whole index, unchecked; a scan checks it. */
	readIndex(): Promise<void>;
	/** Writes what changed since the last save, after any save under way. */
	save(): Promise<void>;
	/** Saves for the last time: waits for a save under way, then writes what it did not. */
	close(): Promise<void>;
	/** Every listed work's summary that is known (see `knownSummaries`), by path. */
	summaries(): Promise<Map<string, string>>;
};

export type LibraryCacheOptions = {
	/** Keep every work's details in the store (for the commands that print them all). */
	keepDetails: boolean;
};

export function createLibraryCache(root: string, indexFile: string, store: LibraryStore, {keepDetails}: LibraryCacheOptions): LibraryCache {
	const absoluteRoot = path.resolve(root);
	const detailsFile = detailsFileFor(indexFile);
	const headFile = headFileFor(indexFile);
	// The store's version that the index on disk holds; null until one is known to match.
	let savedVersion: number | null = null;
	// Only the head is in: a save now would write a few hundred works over an index of thousands.
	let onlyHead = false;
	// Whether the head must be written even if the index need not be: it was missing or unreadable at start.
	let headStale = true;
	let closing = false;
	// Other libraries' caches are pruned once a run (see saveNow).
	let pruned = false;
	let queue: Promise<void> = Promise.resolve();

	async function readHead(): Promise<boolean> {
		const head = await loadIndexHead(headFile, absoluteRoot);
		// A head shorter than that is the whole list, and its index is as quick to read.
		if (!head || head.entries.size < headWorks) return false;
		onlyHead = true;
		for (const [relative, entry] of head.entries) store.set(relative, toEntry(relative, entry));
		// Says "scanning" from the first frame: the rest of the list is on its way.
		store.setProgress(head.works === null ? {done: 0, total: 0} : {done: 0, total: 0, works: head.works});
		store.publish(true);
		return true;
	}

	async function readIndex(): Promise<void> {
		try {
			await takeInIndex();
		} finally {
			// The works are in, or the index could not be read: either way the head's count no longer stands.
			if (onlyHead) store.setProgress({done: 0, total: 0});
			onlyHead = false;
			// Temp files of a process killed while saving hold whole caches; a start that writes nothing must still remove them.
			void removeStaleCacheTemps([indexFile, headFile, detailsFile]);
		}
	}

	async function takeInIndex(): Promise<void> {
		// Local, so the parsed file (megabytes of objects) is garbage once its entries are copied out.
		const cache = await loadIndexCache(indexFile, absoluteRoot);
		if (!cache) return;
		void markCacheUsed(indexFile);
		const known = keepDetails ? await loadDetailsCache(detailsFile, absoluteRoot) : null;
		let whole = true;
		// Trusted only until a scan checks each entry against the disk.
		for (const [relative, entry] of cache) {
			if (keepDetails && 'listing' in entry) {
				// A work is taken from the caches only with its details; without them it is read again.
				const found = known?.get(relative);
				if (found?.size !== entry.size || found.mtimeMs !== entry.mtimeMs) {
					whole = false;
					continue;
				}

				store.set(relative, toEntry(relative, entry), found.details);
				continue;
			}

			store.set(relative, toEntry(relative, entry));
		}

		savedVersion = whole ? store.version : null;
		// A head read with this index was written with it.
		headStale = !onlyHead;
		store.publish(true);
	}

	async function saveNow(): Promise<void> {
		const version = store.version;
		if (onlyHead || (version === savedVersion && !headStale)) return;
		const indexToo = version !== savedVersion;
		headStale = false;
		const cache = toCache(store.entries);
		if (indexToo) {
			if (!(await saveIndexCache(indexFile, absoluteRoot, cache))) return;
			savedVersion = version;
			if (!pruned && !closing) {
				// Once, and not waited for: a gone network folder's root can take long to look at, and must not hold up a save or the exit.
				pruned = true;
				void pruneOrphanedCaches(path.dirname(indexFile));
			}
		}

		await saveIndexHead(headFile, absoluteRoot, cache);
		if (!indexToo) return;
		const saving = await detailsToSave();
		await saveDetailsCache(detailsFile, absoluteRoot, saving);
		if (keepDetails) return;
		for (const [relative, entry] of saving) {
			if (store.details.get(relative) === entry.details) store.details.delete(relative);
		}
	}

	/** Every listed work's details: those read since the last save, the rest from the details cache on disk. */
	async function detailsToSave(): Promise<DetailsEntries> {
		const listed = [...store.entries].filter(([, entry]) => !('reason' in entry.result));
		const onDisk = listed.some(([relative]) => !store.details.has(relative)) ? await loadDetailsCache(detailsFile, absoluteRoot) : null;
		const saving: DetailsEntries = new Map();
		for (const [relative, {size, mtimeMs}] of listed) {
			const read = store.details.get(relative);
			const old = onDisk?.get(relative);
			if (read) saving.set(relative, {size, mtimeMs, details: read});
			else if (old?.size === size && old.mtimeMs === mtimeMs) saving.set(relative, old);
			// Otherwise no details are known for it: left out, so whoever needs them reads the file.
		}

		return saving;
	}

	async function summaries(): Promise<Map<string, string>> {
		const onDisk = await loadDetailsCache(detailsFile, absoluteRoot);
		return knownSummaries(store, relative => onDisk?.get(relative));
	}

	function save(): Promise<void> {
		// In turn: a save that found nothing to do while another was writing would let a quit abandon that one.
		const run = queue.then(saveNow);
		queue = run.catch(() => undefined);
		return run;
	}

	return {
		readHead,
		readIndex,
		save,
		summaries,
		async close() {
			closing = true;
			await save();
		},
	};
}

/**
 * The summaries of the listed works: of those read since the last save from
 * memory, of the rest from the details cache when its entry is of the same
 * file (size and mtime); a work with neither has none known. Only the text is
 * kept, not the contents, which are most of a details entry.
 */
export function knownSummaries(store: LibraryStore, cached: (relative: string) => DetailsEntry | undefined): Map<string, string> {
	const found = new Map<string, string>();
	for (const [relative, {size, mtimeMs, result}] of store.entries) {
		if ('reason' in result) continue;
		const old = cached(relative);
		const summary = store.details.get(relative)?.summary ?? (old?.size === size && old.mtimeMs === mtimeMs ? old.details.summary : null);
		if (summary) found.set(relative, summary);
	}

	return found;
}

function toEntry(relative: string, entry: CacheEntry): Entry {
	const result: LibraryWork | Skipped = 'skipped' in entry ? {path: relative, reason: entry.skipped} : {meta: entry.listing, stateKey: entry.stateKey, size: entry.size, mtimeMs: entry.mtimeMs};
	return {size: entry.size, mtimeMs: entry.mtimeMs, result};
}

function toCache(entries: ReadonlyMap<string, Entry>): CacheEntries {
	const cache: CacheEntries = new Map();
	for (const [relative, {size, mtimeMs, result}] of entries) {
		// A file that could not even be stat'ed is not worth remembering.
		if (size < 0) continue;
		cache.set(relative, 'reason' in result ? {size, mtimeMs, skipped: result.reason} : {size, mtimeMs, listing: result.meta, stateKey: result.stateKey});
	}

	return cache;
}
