/**
 * Compiles the bundled app with V8's code cache. Node 20 caches no compiled
 * code for ES modules (`module.enableCompileCache` is Node 22), so the app is
 * bundled as one script and compiled with `vm.Script`, which takes a cache: a
 * start then skips parsing and compiling most of 700 KB of JavaScript
 * (about 40 ms of every start on the machine the benchmark runs on).
 *
 * The cache is an optimization, never trusted: V8 checks it against its own
 * version, flags and the source, and one it rejects (or a missing or garbled
 * file) only means a normal compile and a new cache. Nothing here throws for
 * the cache's sake.
 *
 * The build leaves a first cache beside the app (from a run of the app to
 * its first screen on the fixture library, in a pseudo-terminal), so that a
 * first start, or one with an emptied cache folder, is not compiled from
 * nothing either; the user's own cache, written after such a start, also
 * holds what that user's run went on to compile.
 */
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync} from 'node:fs';
import path from 'node:path';
import {Script} from 'node:vm';
import {readRegularFileSync} from '../core/read-regular-file.js';
import {removeStaleTemps, writeAtomicallySync} from '../core/write-atomically.js';

export type CachedScript = {
	/** Runs the script; returns its completion value. */
	run(): unknown;
	/**
	 * Writes a cache of what has been compiled so far, if the user's was
	 * missing or rejected; otherwise marks the user's as just used (see
	 * `keptCaches`). Once.
	 */
	saveCache(): void;
	/** Whether V8 used the cache it was given. */
	readonly usedCache: boolean;
};

/**
 * `<cacheDir>/code-<build>-<node version>-<arch>.bin`. The build's content
 * hash is in the name because V8's own check compares the source's length,
 * not its text: a cache must never meet another build of the same length.
 * Two installs of one build share a cache; V8 keeps the file name of the
 * install that wrote it, so a stack trace may name the other install's
 * identical file (ficread's own messages quote no stack traces).
 */
export function codeCacheFile(cacheDir: string, buildHash: string): string {
	return path.join(cacheDir, `code-${buildHash}-${process.version}-${process.arch}.bin`);
}

/**
 * Compiles `file` with the cache in `cacheFile` when V8 accepts it. Without
 * that file, with the one the build made (`builtCacheFile`), if there is one;
 * the cache saved is then `cacheFile`'s.
 */
export function compileCached(file: string, cacheFile: string, builtCacheFile?: string): CachedScript {
	const source = readFileSync(file, 'utf8');
	const ownCache = readIfThere(cacheFile);
	const cachedData = ownCache ?? (builtCacheFile === undefined ? undefined : readIfThere(builtCacheFile));
	const script = new Script(source, {filename: file, cachedData});
	const usedCache = cachedData !== undefined && script.cachedDataRejected === false;
	const saveNeeded = !(usedCache && ownCache !== undefined);
	let done = false;
	return {
		usedCache,
		run: () => script.runInThisContext(),
		saveCache() {
			if (done) return;
			done = true;
			try {
				// Made as late as the caller chooses, so it holds the functions a run has compiled, not just the top level.
				if (saveNeeded) writeCache(cacheFile, script.createCachedData());
				else utimesSync(cacheFile, new Date(), new Date());
			} catch {
				// A cache that cannot be written costs the next start its speed-up, nothing else.
			}
		},
	};
}

function readIfThere(file: string): Buffer | undefined {
	try {
		// Not a plain read: a named pipe in its place would hang the start.
		return readRegularFileSync(file);
	} catch {
		return undefined;
	}
}

// Each is the size of the app. More than one, so that two ficreads of different builds used in turn (a global
// install and a checkout) do not each remove the other's cache and compile from nothing at every start. The
// ones kept are those of the builds run last: a run that uses its cache marks it as used (saveCache).
const keptCaches = 3;

/** Atomic, so a concurrent start reads the old file or the new one; all but the most recently used few caches in the folder are removed. */
function writeCache(cacheFile: string, data: Buffer): void {
	const folder = path.dirname(cacheFile);
	mkdirSync(folder, {recursive: true, mode: 0o700});
	writeAtomicallySync(cacheFile, data);
	// Not waited for (this may run in an exit handler): the temp files of a start killed while writing this.
	void removeStaleTemps(cacheFile);
	const caches = readdirSync(folder).filter(name => /^code-.*\.bin$/.test(name)).map(name => path.join(folder, name));
	const newestFirst = caches.map(file => ({file, written: writtenAt(file)})).sort((a, b) => b.written - a.written);
	for (const {file} of newestFirst.slice(keptCaches)) rmSync(file, {force: true});
}

/** When `file` was last written or used; 0 when it is gone (a concurrent save removed it). */
function writtenAt(file: string): number {
	return statSync(file, {throwIfNoEntry: false})?.mtimeMs ?? 0;
}
