/**
 * The files the caches live in. A cache is an optimization, never a source
 * of truth: it is written atomically (a reader sees the old file or the new
 * one, never a mix) and read back as untrusted JSON.
 */
import {mkdir, stat, utimes} from 'node:fs/promises';
import path from 'node:path';
import {readRegularFile} from '../read-regular-file.js';
import {removeStaleTemps, writeAtomically} from '../write-atomically.js';

/**
 * The file of another cache of the same library, beside its index:
 * `<kind>-<hash>.json` for `index-<hash>.json` (`<kind>-<name>` beside an index
 * file of any other name).
 */
export function besideIndex(indexFile: string, kind: 'details' | 'head'): string {
	return path.join(path.dirname(indexFile), `${kind}-${path.basename(indexFile).replace(/^index-/, '')}`);
}

/**
 * What `decode` makes of the JSON in `file`, or null when the file is missing,
 * unreadable or not JSON, or `decode` throws (it rejects what it cannot trust).
 * Never throws.
 */
export async function readCacheFile<T>(file: string, decode: (value: unknown) => T): Promise<T | null> {
	try {
		return decode(JSON.parse(await readRegularFile(file, 'utf8')));
	} catch {
		return null;
	}
}

// The pruner (prune-caches.ts) counts a month unused: knowing to the day that a cache is in use is enough.
const markUsedEveryMs = 24 * 60 * 60 * 1000;

/**
 * Marks a cache that was just used (its modification time), at most once a
 * day, so that the pruner keeps the caches of a library in use even when
 * nothing in it changes. Never throws.
 */
export async function markCacheUsed(file: string, now = Date.now()): Promise<void> {
	try {
		if (now - (await stat(file)).mtimeMs >= markUsedEveryMs) await utimes(file, new Date(now), new Date(now));
	} catch {
		// Unmarked, a cache in use is at worst rebuilt after its folder was missing for a while.
	}
}

/** Writes `text` to `file` atomically, creating the folder. False when it could not: a cache that cannot be saved is not an error the user needs to see. */
export async function writeCacheFile(file: string, text: string): Promise<boolean> {
	try {
		// Private like the reading state: the caches list what the user reads.
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		// No fsync: a file torn by a crash fails validation and is rebuilt, so durability is not worth a sync of megabytes.
		await writeAtomically(file, text);
		return true;
	} catch {
		return false;
	}
}

/** Removes the temp files that processes killed while saving left of these caches. Never throws. */
export async function removeStaleCacheTemps(files: readonly string[]): Promise<void> {
	await Promise.all(files.map(async file => removeStaleTemps(file)));
}
