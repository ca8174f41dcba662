import {startScanWorkers} from '../scan/scan-workers.js';
import type {WorkDetails} from '../work.js';
import {createLibraryCache, knownSummaries} from './library-cache.js';
import {createLibraryScanner} from './library-scanner.js';
import {createLibraryStore, type LibrarySnapshot} from './library-store.js';
import {type LibraryWatcher, watchLibrary} from './watch-library.js';

export type {LibrarySnapshot} from './library-store.js';

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
	/**
	 * Stops scanning and watching, and saves what the scan learned so far:
	 * quitting early loses no work. Settles once every save, one under way
	 * included, is written.
	 */
	close(): Promise<void>;
	/**
	 * The listed works' summaries, by path, for the search: from the details
	 * cache and the works read since it was saved. Read on demand (the cache is
	 * megabytes), never for a first frame.
	 */
	summaries(): Promise<ReadonlyMap<string, string>>;
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
	/**
	 * The script scan threads run (dist/scan-worker.mjs, whose entry is
	 * scan-worker-entry.ts), to read files beside this thread; without one,
	 * every file is read on it.
	 */
	scanWorker?: string | URL | null;
};

// Each publish redraws the screen (~30 ms at 100×50): four a second show progress without slowing the scan.
const defaultPublishMs = 250;

/**
 * The library as it is on disk, kept current: the index cache makes a warm
 * start show the list at once; a scan then stats every file and re-reads only
 * those whose size or mtime changed; a watcher applies later changes. Only
 * metadata is kept for each work; bodies are read when a work is opened.
 * This puts together the store (library-store), the scanner
 * (library-scanner), the cache persistence (library-cache) and the watcher.
 */
export function createLiveLibrary(root: string, options: LiveLibraryOptions = {}): LiveLibrary {
	const store = createLibraryStore(options.publishEveryMs ?? defaultPublishMs);
	const workers = options.scanWorker ? startScanWorkers(options.scanWorker) : null;
	const scanner = createLibraryScanner(root, store, workers?.scanFile);
	const cache = options.cacheFile ? createLibraryCache(root, options.cacheFile, store, {keepDetails: options.keepDetails ?? false}) : null;
	const listedWaiters: Array<() => void> = [];
	let watcher: LibraryWatcher | undefined;
	let closed = false;

	return {
		snapshot: store.snapshot,
		subscribe: store.subscribe,
		async readCacheHead() {
			return (await cache?.readHead()) ?? false;
		},
		async readCache() {
			await cache?.readIndex();
		},
		async scan() {
			await scanner.scan();
			// The threads' heaps are of no use once the scan is done: the few files the watcher sees change are read on this thread.
			workers?.close();
			for (const settle of listedWaiters.splice(0)) settle();
			if (!closed) await cache?.save();
		},
		async listed() {
			await new Promise<void>(resolve => {
				listedWaiters.push(resolve);
			});
		},
		async watch() {
			if (closed) return;
			watcher = watchLibrary(
				root,
				async changes => {
					for (const relative of changes.removed) store.forget(relative);
					for (const relative of changes.changed) await scanner.refresh(relative);
					store.publish(true);
					await cache?.save();
				},
				{
					onError(message) {
						store.setNotice(message);
						store.publish(true);
					},
				},
			);
			await watcher.ready;
		},
		async close() {
			closed = true;
			scanner.stop();
			workers?.close();
			store.close();
			watcher?.close();
			await cache?.close();
		},
		async summaries() {
			return cache ? cache.summaries() : knownSummaries(store, () => undefined);
		},
		details(relative) {
			const found = store.details.get(relative);
			if (!found) throw new Error(`no details kept for ${relative}`);
			return found;
		},
	};
}
