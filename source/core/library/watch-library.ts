/**
 * Watches a library folder while ficread runs and reports which fics
 * appeared, changed or disappeared, so the list follows the folder without
 * a restart.
 *
 * Events are only hints: they are collected for a short while, then each
 * path is looked at on disk and the report says what is there now. This is
 * what makes the same code right on every platform, whose events differ
 * (Linux names each file, macOS may name only a folder, editors save by
 * renaming) and arrive in bursts (a download writes a file in many pieces).
 */
import {type Dirent, type FSWatcher, watch} from 'node:fs';
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {errorCode} from '../path-exists.js';
import {describeWatchError, isFolder, kindOf} from './watched-path.js';
import {isFicName} from '../formats/registry.js';
import {nameFromBytes, onDisk} from '../scan/name-bytes.js';
import {isFicEntry} from '../scan/walk-fic-files.js';

export type LibraryChanges = {
	/** Fics that exist and are new or may have changed: compare size and mtime before re-reading. */
	changed: string[];
	/** Fics that no longer exist. */
	removed: string[];
};

export type WatchOptions = {
	/** How long to wait for a burst of events to end before reporting. Default 150 ms. */
	debounceMs?: number;
	/** Told once, in one line, when watching stopped for good (the folder was removed, the system's watch limit was reached). */
	onError?: (message: string) => void;
	/**
	 * One recursive `fs.watch` on the root instead of one watcher per folder.
	 * Default: true on macOS and Windows, where it is native. Node 20 emulates
	 * it on Linux with one inotify watch per file, hidden ones included, set
	 * up synchronously: 0.6 to 1.4 s of frozen event loop for 10,000 files
	 * (measured), where watching each folder takes 51 watches and no pause.
	 */
	recursive?: boolean;
};

export type LibraryWatcher = {
	/** Resolves once every folder is watched; a change made earlier may go unreported. Never rejects. */
	ready: Promise<void>;
	/** Stops watching and reporting; the watcher then keeps nothing alive. */
	close(): void;
};

/** Paths relative to the root, `/`-separated, with what is on disk now. */
type Settled = Map<string, 'changed' | 'removed'>;

const DEFAULT_DEBOUNCE_MS = 150;
// A file written for minutes (a slow download) still shows up now and then, not only at the end.
const MAX_WAIT_MS = 1000;
const HIDDEN = /(?:^|\/)\./;
/** What Node puts for each byte of a name that is not UTF-8 when it hands the name over as a string. */
const LOSSY = '\uFFFD';

/**
 * Reports changes to the `*.txt` files below `root` with the rules of
 * `walkFicFiles`: hidden files and folders are skipped, symlinked folders
 * are not entered. Paths are relative and `/`-separated. A folder that
 * appears reports every fic in it as changed; one that disappears (deleted,
 * moved away, put in the trash) reports every fic it held as removed.
 */
export function watchLibrary(root: string, onChange: (changes: LibraryChanges) => void, options: WatchOptions = {}): LibraryWatcher {
	const absoluteRoot = path.resolve(root);
	const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
	const recursive = options.recursive ?? (process.platform === 'darwin' || process.platform === 'win32');

	let closed = false;
	let timer: NodeJS.Timeout | undefined;
	let firstEventAt = 0;
	let pending = new Set<string>();
	// Flushes run one at a time, after the first walk, so each starts from what the previous one learned.
	let queue: Promise<void> = Promise.resolve();
	let rootWatcher: FSWatcher | undefined;
	/** Every fic below the root, so that a folder which disappears can say what it held. */
	const knownFics = new Set<string>();
	/** Every folder below the root ('' is the root), with its watcher when each folder has one. */
	const folders = new Map<string, FSWatcher | undefined>();

	// Byte-safe: a name that is not UTF-8 is kept with its bytes escaped (see name-bytes.ts).
	const absolute = (relative: string): string | Buffer => onDisk(absoluteRoot, relative);
	const join = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);
	const isUnder = (relative: string, folder: string): boolean => folder === '' || relative === folder || relative.startsWith(`${folder}/`);

	function stop(): void {
		closed = true;
		clearTimeout(timer);
		rootWatcher?.close();
		for (const watcher of folders.values()) watcher?.close();
		folders.clear();
	}

	function fail(message: string): void {
		if (closed) return;
		stop();
		options.onError?.(`ficread stopped watching ${absoluteRoot} for changes: ${message}`);
	}

	function run(task: () => Promise<void>): void {
		queue = queue.then(task).catch((error: unknown) => {
			fail(error instanceof Error ? error.message : String(error));
		});
	}

	function hint(relative: string): void {
		if (closed || HIDDEN.test(relative)) return;
		pending.add(relative);
		const now = Date.now();
		if (timer === undefined) firstEventAt = now;
		clearTimeout(timer);
		timer = setTimeout(
			() => {
				timer = undefined;
				run(flush);
			},
			Math.min(debounceMs, Math.max(0, firstEventAt + Math.max(debounceMs, MAX_WAIT_MS) - now)),
		);
	}

	/** Records a folder, and watches it unless the root's watcher covers it. False when watching must stop. */
	function watchFolder(folder: string): boolean {
		if (recursive) {
			folders.set(folder, undefined);
			return true;
		}
		let watcher: FSWatcher;
		try {
			// Names as bytes: as a string, one that is not UTF-8 would come with U+FFFD in it, naming no file.
			watcher = watch(absolute(folder), {encoding: 'buffer'}, (_event, name) => {
				// No name: something changed in the folder, say which is not known.
				hint(name === null ? folder : join(folder, nameFromBytes(name)));
			});
		} catch (error) {
			const code = errorCode(error);
			// A subfolder gone or unreadable: the walk skips it too, and its parent reports it if it comes back.
			if (folder !== '' && (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM')) return true;
			fail(describeWatchError(code, error));
			return false;
		}
		watcher.on('error', error => {
			fail(describeWatchError(errorCode(error), error));
		});
		folders.set(folder, watcher);
		return true;
	}

	/** Watches `folder` and everything below it, adding the fics found to `found`. False when watching must stop. */
	async function walk(folder: string, found: Set<string>): Promise<boolean> {
		// Watch first, then list: a fic created in between is then both listed and reported, never neither.
		if (closed || !watchFolder(folder)) return false;
		let entries: Array<Dirent<Buffer>>;
		try {
			entries = await readdir(absolute(folder), {withFileTypes: true, encoding: 'buffer'});
		} catch {
			return !closed;
		}
		for (const entry of entries) {
			const name = nameFromBytes(entry.name);
			if (name.startsWith('.')) continue;
			const child = join(folder, name);
			if (entry.isDirectory()) {
				if (!(await walk(child, found))) return false;
			} else if (isFicEntry({name, isDirectory: () => false})) {
				found.add(child);
			}
		}
		return !closed;
	}

	/** Forgets what was known at or below `relative`, marking its fics removed. */
	function forget(relative: string, settled: Settled): void {
		if (knownFics.delete(relative)) settled.set(relative, 'removed');
		// Only a folder has anything below it; skipping the scan keeps a burst of new files from being quadratic.
		if (relative !== '' && !folders.has(relative)) return;
		for (const fic of knownFics) {
			if (isUnder(fic, relative)) {
				knownFics.delete(fic);
				settled.set(fic, 'removed');
			}
		}
		for (const [folder, watcher] of folders) {
			if (isUnder(folder, relative)) {
				watcher?.close();
				folders.delete(folder);
			}
		}
	}

	/** Looks again at the whole of `folder`: it may be new, or replaced, and its old watchers dead with the old folder. */
	async function rewalk(folder: string, settled: Settled): Promise<void> {
		forget(folder, settled);
		const found = new Set<string>();
		if (!(await walk(folder, found))) return;
		for (const fic of found) {
			knownFics.add(fic);
			settled.set(fic, 'changed');
		}
	}

	/** Settles one hinted path by what is on disk now. */
	async function settle(relative: string, settled: Settled): Promise<void> {
		// A name Node could only give as a lossy string (the recursive watcher's) names no file: the
		// folder it is in, listed by bytes, says what is there. That folder is the one up to the first loss.
		const lossAt = relative.indexOf(LOSSY);
		if (lossAt !== -1) {
			const folder = relative.slice(0, Math.max(0, relative.lastIndexOf('/', lossAt)));
			if (folders.has(folder)) {
				await rewalk(folder, settled);
				return;
			}
		}
		// The root is a folder, `flush` saw to it, even if it is a symlink, which `kindOf` would not follow.
		const kind = relative === '' ? 'folder' : await kindOf(absolute(relative));
		if (kind === 'folder') {
			await rewalk(relative, settled);
			return;
		}
		forget(relative, settled);
		if (kind === 'file' && isFicName(relative)) {
			knownFics.add(relative);
			settled.set(relative, 'changed');
		} else if (isFicName(relative)) {
			// Even if it was never known: it may have come and gone before the first walk saw it.
			settled.set(relative, 'removed');
		}
	}

	async function flush(): Promise<void> {
		const hinted = [...pending].sort();
		pending = new Set();
		const settled: Settled = new Map();
		if (!(await isFolder(absoluteRoot))) {
			forget('', settled);
			report(settled);
			fail('the folder was removed or renamed');
			return;
		}
		for (const relative of hinted) {
			if (closed) return;
			await settle(relative, settled);
		}
		report(settled);
	}

	function report(settled: Settled): void {
		if (closed || settled.size === 0) return;
		const changes: LibraryChanges = {changed: [], removed: []};
		for (const [relative, what] of [...settled].sort(([a], [b]) => (a < b ? -1 : 1))) changes[what].push(relative);
		onChange(changes);
	}

	if (recursive) {
		try {
			rootWatcher = watch(absoluteRoot, {recursive: true}, (_event, name) => {
				hint(name === null ? '' : path.sep === '\\' ? name.replaceAll('\\', '/') : name);
			});
			rootWatcher.on('error', error => {
				fail(describeWatchError(errorCode(error), error));
			});
		} catch (error) {
			fail(describeWatchError(errorCode(error), error));
		}
	}
	run(async () => {
		const found = new Set<string>();
		if (!(await isFolder(absoluteRoot))) fail('the folder does not exist');
		else if (await walk('', found)) for (const fic of found) knownFics.add(fic);
	});
	const ready = queue;

	return {
		ready,
		close: stop,
	};
}
