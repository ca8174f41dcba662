import {compareCodePoints} from '../compare-code-points.js';
import {markDuplicates} from '../scan/mark-duplicates.js';
import type {Skipped, WorkDetails} from '../work.js';
import type {LibraryWork} from './library-work.js';

/** What the library holds at one moment. */
export type LibrarySnapshot = {
	works: LibraryWork[];
	skipped: Skipped[];
	/**
	 * Files checked so far while a scan runs; null once it is done. While only
	 * the head of the index cache is in, `works` says how many works the whole
	 * index holds, so a first frame can count the library as it is.
	 */
	progress: {done: number; total: number; works?: number} | null;
	/** Why the folder is no longer followed for changes, once that happens. */
	notice: string | null;
};

/** What is known of one file: its size and mtime when it was looked at, and the work or why it is none. */
export type Entry = {size: number; mtimeMs: number; result: LibraryWork | Skipped};

/**
 * The library's entries in memory and what listens to them. Everything that
 * changes the library (the scanner, the cache loader, the watcher) goes
 * through here; the snapshot is rebuilt only when asked for after a change,
 * and listeners are told at most every `publishEveryMs`.
 */
export type LibraryStore = {
	readonly entries: ReadonlyMap<string, Entry>;
	/** Of every work when details are kept; otherwise of the works read since the caches were last saved. */
	readonly details: Map<string, WorkDetails>;
	/** Counts changes to the entries: whoever saves them remembers the count it saved. */
	readonly version: number;
	/** Records what a file is now; `workDetails` for a work that was read. */
	set(relative: string, entry: Entry, workDetails?: WorkDetails): void;
	forget(relative: string): void;
	/** Folders the walk could not enter, listed with the skipped files. */
	setWalkProblems(problems: Skipped[]): void;
	setProgress(progress: LibrarySnapshot['progress']): void;
	setNotice(notice: string): void;
	snapshot(): LibrarySnapshot;
	subscribe(listener: () => void): () => void;
	/** Tells the listeners, at once or (by default) throttled. */
	publish(now?: boolean): void;
	/** Stops telling anyone. */
	close(): void;
};

export function createLibraryStore(publishEveryMs: number): LibraryStore {
	const entries = new Map<string, Entry>();
	const details = new Map<string, WorkDetails>();
	const listeners = new Set<() => void>();
	let walkProblems: Skipped[] = [];
	let progress: LibrarySnapshot['progress'] = null;
	let notice: string | null = null;
	let current: LibrarySnapshot = {works: [], skipped: [], progress: null, notice: null};
	let version = 0;
	let dirty = true;
	// Whether works or skipped files changed since the last snapshot (not only the progress):
	// unchanged arrays let the UI skip re-sorting and re-indexing 10,000 works.
	let entriesChanged = true;
	let publishTimer: NodeJS.Timeout | undefined;
	let closed = false;

	function tell(): void {
		publishTimer = undefined;
		for (const listener of listeners) listener();
	}

	return {
		entries,
		details,
		get version() {
			return version;
		},
		set(relative, entry, workDetails) {
			if (workDetails) details.set(relative, workDetails);
			else details.delete(relative);
			entries.set(relative, entry);
			version++;
			entriesChanged = dirty = true;
		},
		forget(relative) {
			details.delete(relative);
			if (!entries.delete(relative)) return;
			version++;
			entriesChanged = dirty = true;
		},
		setWalkProblems(problems) {
			// Unchanged folder problems leave the works alone, so a warm start does not re-sort and re-index them.
			if (JSON.stringify(problems) !== JSON.stringify(walkProblems)) entriesChanged = true;
			walkProblems = problems;
			dirty = true;
		},
		setProgress(value) {
			progress = value;
			dirty = true;
		},
		setNotice(value) {
			notice = value;
			dirty = true;
		},
		snapshot() {
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
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		publish(now = false) {
			dirty = true;
			if (closed) return;
			if (now) {
				clearTimeout(publishTimer);
				tell();
				return;
			}

			publishTimer ??= setTimeout(tell, publishEveryMs);
		},
		close() {
			closed = true;
			clearTimeout(publishTimer);
		},
	};
}
