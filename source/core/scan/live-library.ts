import {lstat, stat} from 'node:fs/promises';
import path from 'node:path';
import {detailsFileFor, type DetailsEntries, loadDetailsCache, saveDetailsCache} from '../cache/details-cache.js';
import {type CacheEntries, type CacheEntry, headFileFor, headWorks, loadIndexCache, saveIndexCache, saveIndexHead} from '../cache/index-cache.js';
import {markCacheUsed} from '../cache/cache-file.js';
import {pruneOrphanedCaches} from '../cache/prune-caches.js';
import {watchLibrary, type LibraryWatcher} from '../cache/watch-library.js';
import {compareCodePoints} from '../compare-code-points.js';
import type {Skipped, WorkDetails} from '../work.js';
import {markDuplicates} from './mark-duplicates.js';
import {type LibraryWork, scanFile} from './scan-library.js';
import {describeFsError, walkFicFiles} from './walk-fic-files.js';

/** What the library holds at one moment. */
export type LibrarySnapshot = {
	works: LibraryWork[];
	skipped: Skipped[];
	/** Files checked so far while a scan runs; null once it is done. */
	progress: {done: number; total: number} | null;
	/** Why the folder is no longer followed for changes, once that happens. */
	notice: string | null;
};

export type LiveLibrary = {
	snapshot(): LibrarySnapshot;
	/** Called (throttled) whenever the snapshot changes. Returns the unsubscribe. */
	subscribe(listener: () => void): () => void;
	/**
	 * Takes in the head of the index cache (the works that open the list), so
	 * that a first frame can show them before the whole index is read. False,
	 * taking nothing, when there is none or it holds the whole list. Nothing is
	 * saved until `readCache` has run.
	 */
	readCacheHead(): Promise<boolean>;
	/** Takes in the index cache, unchecked, so a first frame can show the list at once. */
	readCache(): Promise<void>;
	/** Checks every file against the disk and reads the new and changed ones; then saves the cache. */
	scan(): Promise<void>;
	/**
	 * Settles when the scan running (or the next one) has checked every file,
	 * before it saves the cache: a first frame need not wait for the writing.
	 */
	listed(): Promise<void>;
	/** Follows changes in the folder from now on (once the promise settles); if that stops, `notice` says why. */
	watch(): Promise<void>;
	/** Stops scanning and watching, and saves what the scan learned so far: quitting early loses no work. */
	close(): Promise<void>;
	/** The rest of a listed work's metadata; only a library made with `keepDetails` has it for every work. */
	details(relative: string): WorkDetails;
};

export type LiveLibraryOptions = {
	/** The index cache; without one every start reads every file. */
	cacheFile?: string | null;
	/** How often a running scan shows what it has, at most. */
	publishEveryMs?: number;
	/**
	 * Keep every work's `WorkDetails` (for the commands that print them all).
	 * Otherwise they are kept only until the caches are saved: the reader
	 * reads them from the file of the one work it shows.
	 */
	keepDetails?: boolean;
};

type Entry = {size: number; mtimeMs: number; result: LibraryWork | Skipped};

// Each publish redraws the screen (~30 ms at 100×50): four a second show progress without slowing the scan.
const defaultPublishMs = 250;
const readConcurrency = 8;

/**
 * Why a fic name whose stat failed is skipped, or null when nothing is there
 * any more. A link that is there but leads nowhere is skipped, not gone.
 */
async function whyNotThere(absolute: string, error: unknown): Promise<string | null> {
	if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return describeFsError(error);
	try {
		await lstat(absolute);
		return 'unreadable: a broken link';
	} catch {
		return null;
	}
}

/**
 * The library as it is on disk, kept current: the index cache makes a warm
 * start show the list at once; a scan then stats every file and re-reads only
 * those whose size or mtime changed; a watcher applies later changes. Only
 * metadata is kept for each work; bodies are read when a work is opened.
 */
export function createLiveLibrary(root: string, options: LiveLibraryOptions = {}): LiveLibrary {
	const absoluteRoot = path.resolve(root);
	const publishEveryMs = options.publishEveryMs ?? defaultPublishMs;
	const keepDetails = options.keepDetails ?? false;
	const detailsFile = options.cacheFile ? detailsFileFor(options.cacheFile) : null;
	const headFile = options.cacheFile ? headFileFor(options.cacheFile) : null;
	const entries = new Map<string, Entry>();
	// Of every work with `keepDetails`; otherwise of the works read since the caches were last saved.
	const details = new Map<string, WorkDetails>();
	const listeners = new Set<() => void>();
	let walkProblems: Skipped[] = [];
	let progress: LibrarySnapshot['progress'] = null;
	let notice: string | null = null;
	let current: LibrarySnapshot = {works: [], skipped: [], progress: null, notice: null};
	let dirty = true;
	// Whether works or skipped files changed since the last snapshot (not only the progress):
	// unchanged arrays let the UI skip re-sorting and re-indexing 10,000 works.
	let entriesChanged = true;
	// Whether the entries differ from the index cache on disk; a warm start that finds nothing new writes nothing.
	let cacheStale = true;
	// Only the head is in: a save now would write a few hundred works over an index of thousands.
	let onlyHead = false;
	// Whether the head must be written even if the index need not be: it was missing or unreadable at start.
	let headStale = true;
	let publishTimer: NodeJS.Timeout | undefined;
	let watcher: LibraryWatcher | undefined;
	let closed = false;
	// Other libraries' caches are pruned once a run (see saveCache).
	let pruned = false;
	const listedWaiters: Array<() => void> = [];

	function snapshot(): LibrarySnapshot {
		if (!dirty) return current;
		dirty = false;
		if (!entriesChanged) {
			current = {...current, progress, notice};
			return current;
		}

		entriesChanged = false;
		const works: LibraryWork[] = [];
		const skipped: Skipped[] = [...walkProblems];
		for (const {result} of entries.values()) {
			if ('reason' in result) skipped.push(result);
			else works.push(result);
		}

		works.sort((a, b) => compareCodePoints(a.meta.path, b.meta.path));
		skipped.sort((a, b) => compareCodePoints(a.path, b.path));
		markDuplicates(works);
		current = {works, skipped, progress, notice};
		return current;
	}

	function changed(now = false): void {
		dirty = true;
		if (closed) return;
		if (now) {
			clearTimeout(publishTimer);
			publishTimer = undefined;
			for (const listener of listeners) listener();
			return;
		}

		publishTimer ??= setTimeout(() => {
			publishTimer = undefined;
			for (const listener of listeners) listener();
		}, publishEveryMs);
	}

	async function refresh(relative: string): Promise<void> {
		let info;
		try {
			info = await stat(path.join(root, relative));
		} catch (error) {
			const reason = await whyNotThere(path.join(root, relative), error);
			if (reason === null) forget(relative);
			else setEntry(relative, {size: -1, mtimeMs: -1, result: {path: relative, reason}});
			return;
		}

		if (!info.isFile()) {
			const reason = info.isDirectory() ? 'a link to a folder, not followed' : 'unreadable: not a regular file';
			setEntry(relative, {size: info.size, mtimeMs: info.mtimeMs, result: {path: relative, reason}});
			return;
		}

		// The cached entries are already here (readCache), so a file that does not match them is read.
		const known = entries.get(relative);
		if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return;
		const scanned = await scanFile(root, relative, info);
		// Only now, after the read: a snapshot or a save made while it ran must not count this file as done.
		if ('reason' in scanned) setEntry(relative, {size: info.size, mtimeMs: info.mtimeMs, result: scanned});
		else setEntry(relative, {size: info.size, mtimeMs: info.mtimeMs, result: scanned.work}, scanned.details);
	}

	/** Records what a file is now; `workDetails` for a work that was read. */
	function setEntry(relative: string, entry: Entry, workDetails?: WorkDetails): void {
		if (workDetails) details.set(relative, workDetails);
		else details.delete(relative);
		entries.set(relative, entry);
		cacheStale = entriesChanged = dirty = true;
	}

	function forget(relative: string): void {
		details.delete(relative);
		if (entries.delete(relative)) cacheStale = entriesChanged = true;
	}

	async function readCacheHead(): Promise<boolean> {
		const head = headFile ? await loadIndexCache(headFile, absoluteRoot) : null;
		// A head shorter than that is the whole list, and its index is as quick to read.
		if (!head || head.size < headWorks) return false;
		onlyHead = true;
		for (const [relative, entry] of head) entries.set(relative, {size: entry.size, mtimeMs: entry.mtimeMs, result: fromCache(relative, entry)});
		// Says "scanning" from the first frame: the rest of the list is on its way.
		progress = {done: 0, total: 0};
		entriesChanged = true;
		changed(true);
		return true;
	}

	async function readCache(): Promise<void> {
		try {
			await takeInIndex();
		} finally {
			onlyHead = false;
		}
	}

	async function takeInIndex(): Promise<void> {
		// Local, so the parsed file (megabytes of objects) is garbage once its entries are copied out.
		if (!options.cacheFile) return;
		const cache = await loadIndexCache(options.cacheFile, absoluteRoot);
		if (!cache) return;
		void markCacheUsed(options.cacheFile);
		const known = keepDetails && detailsFile ? await loadDetailsCache(detailsFile, absoluteRoot) : null;
		let whole = true;
		// Trusted only until `scan` checks each entry against the disk.
		for (const [relative, entry] of cache) {
			if (keepDetails && 'listing' in entry) {
				// A work is taken from the caches only with its details; without them it is read again.
				const found = known?.get(relative);
				if (found?.size !== entry.size || found.mtimeMs !== entry.mtimeMs) {
					whole = false;
					continue;
				}

				details.set(relative, found.details);
			}

			entries.set(relative, {size: entry.size, mtimeMs: entry.mtimeMs, result: fromCache(relative, entry)});
		}

		cacheStale = !whole;
		// A head read with this index was written with it.
		headStale = !onlyHead;
		entriesChanged = true;
		changed(true);
	}

	async function scan(): Promise<void> {
		// Set before the first await, so a first frame drawn meanwhile says "scanning", not "no fics".
		progress = {done: 0, total: 0};
		dirty = true;
		const {files, problems} = await walkFicFiles(root);
		// Unchanged folder problems leave the works alone, so a warm start does not re-sort and re-index them.
		if (JSON.stringify(problems) !== JSON.stringify(walkProblems)) entriesChanged = true;
		walkProblems = problems;
		const onDisk = new Set(files);
		for (const relative of entries.keys()) {
			if (!onDisk.has(relative)) forget(relative);
		}

		progress = {done: 0, total: files.length};
		changed(true);

		let next = 0;
		const worker = async () => {
			while (next < files.length && !closed) {
				const relative = files[next++]!;
				await refresh(relative);
				progress = {done: progress!.done + 1, total: files.length};
				changed();
			}
		};

		await Promise.all(Array.from({length: Math.min(readConcurrency, files.length)}, async () => worker()));
		progress = null;
		changed(true);
		for (const settle of listedWaiters.splice(0)) settle();
		if (!closed) await saveCache();
	}

	async function saveCache(): Promise<void> {
		if (!options.cacheFile || !detailsFile || !headFile || onlyHead || !(cacheStale || headStale)) return;
		const indexToo = cacheStale;
		cacheStale = false;
		headStale = false;
		const cache = toCache(entries);
		if (indexToo && (await saveIndexCache(options.cacheFile, absoluteRoot, cache)) && !pruned && !closed) {
			// Once, and not waited for: a gone network folder's root can take long to look at, and must not hold up a save or the exit.
			pruned = true;
			void pruneOrphanedCaches(path.dirname(options.cacheFile));
		}

		await saveIndexHead(headFile, absoluteRoot, cache);
		if (!indexToo) return;
		const saving = await detailsToSave();
		await saveDetailsCache(detailsFile, absoluteRoot, saving);
		if (keepDetails) return;
		for (const [relative, entry] of saving) {
			if (details.get(relative) === entry.details) details.delete(relative);
		}
	}

	/** Every listed work's details: those read since the last save, the rest from the details cache on disk. */
	async function detailsToSave(): Promise<DetailsEntries> {
		const listed = [...entries].filter(([, entry]) => !('reason' in entry.result));
		const onDisk = listed.some(([relative]) => !details.has(relative)) && detailsFile ? await loadDetailsCache(detailsFile, absoluteRoot) : null;
		const saving: DetailsEntries = new Map();
		for (const [relative, {size, mtimeMs}] of listed) {
			const read = details.get(relative);
			const old = onDisk?.get(relative);
			if (read) saving.set(relative, {size, mtimeMs, details: read});
			else if (old?.size === size && old.mtimeMs === mtimeMs) saving.set(relative, old);
			// Otherwise no details are known for it: left out, so whoever needs them reads the file.
		}

		return saving;
	}

	async function watch(): Promise<void> {
		if (closed) return;
		watcher = watchLibrary(
			root,
			async changes => {
				for (const relative of changes.removed) forget(relative);
				for (const relative of changes.changed) await refresh(relative);
				changed(true);
				await saveCache();
			},
			{
				onError(message) {
					notice = message;
					changed(true);
				},
			},
		);
		await watcher.ready;
	}

	return {
		snapshot,
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		readCacheHead,
		readCache,
		scan,
		async listed() {
			await new Promise<void>(resolve => {
				listedWaiters.push(resolve);
			});
		},
		watch,
		async close() {
			closed = true;
			clearTimeout(publishTimer);
			watcher?.close();
			await saveCache();
		},
		details(relative) {
			const found = details.get(relative);
			if (!found) throw new Error(`no details kept for ${relative}`);
			return found;
		},
	};
}

function fromCache(relative: string, entry: CacheEntry): LibraryWork | Skipped {
	if ('skipped' in entry) return {path: relative, reason: entry.skipped};
	return {meta: entry.listing, stateKey: entry.stateKey, size: entry.size, mtimeMs: entry.mtimeMs};
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
