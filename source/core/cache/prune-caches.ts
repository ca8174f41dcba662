/**
 * Removes the caches of libraries that ficread will not open again: each
 * library folder has its own index, head and details files, megabytes at
 * tens of thousands of works, and nothing else would ever remove those of a
 * folder that was deleted, moved or renamed.
 */
import {readdir, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {pathExists} from '../path-exists.js';
import {readRegularFileStart} from '../read-regular-file.js';
import {cacheFileFor} from './index-cache.js';

/**
 * Unused this long, a library's caches may go: a folder that is only missing
 * for a while (a drive not plugged in) keeps them, and one gone for good
 * frees them a month later.
 */
export const orphanAfterMs = 30 * 24 * 60 * 60 * 1000;

const cacheName = /^(index|head|details)-(.+)\.json$/;
// The folder's path is the first field after the version in every cache file.
const rootField = /^\{"version":"(?:[^"\\]|\\.)*","root":("(?:[^"\\]|\\.)*")/;
const rootFieldMaxBytes = 8192;

/**
 * In `cacheDir`, removes each library's cache files (`index-`, `head-`,
 * `details-` of one name) once none of them has been written for
 * `orphanAfterMs`, and they name a folder that no longer exists, or one this
 * ficread would file under another name (an older version's), or no folder
 * that can be read. Nothing else in the folder is touched. Never throws.
 */
export async function pruneOrphanedCaches(cacheDir: string, now = Date.now()): Promise<void> {
	try {
		for (const files of groupByLibrary(await readdir(cacheDir)).values()) {
			const paths = files.map(name => path.join(cacheDir, name));
			if (await isOrphaned(cacheDir, paths, now)) await Promise.all(paths.map(async file => rm(file, {force: true})));
		}
	} catch {
		// A cache folder that cannot be read or pruned now is pruned by a later save.
	}
}

/** Cache file names by the library name they share (`index-<name>.json`…). */
function groupByLibrary(names: readonly string[]): Map<string, string[]> {
	const libraries = new Map<string, string[]>();
	for (const name of names) {
		const library = cacheName.exec(name)?.[2];
		if (library === undefined) continue;
		libraries.set(library, [...(libraries.get(library) ?? []), name]);
	}

	return libraries;
}

async function isOrphaned(cacheDir: string, files: readonly string[], now: number): Promise<boolean> {
	const stats = await Promise.all(files.map(async file => stat(file)));
	// Anything but regular files under a cache's name is not a cache ficread wrote: left alone.
	if (stats.some(found => !found.isFile()) || now - Math.max(...stats.map(found => found.mtimeMs)) < orphanAfterMs) return false;
	for (const file of files) {
		// The first file that names a folder decides.
		const root = await rootOf(file);
		if (root === undefined) continue;
		// Only a folder known to be gone makes its cache an orphan; one that cannot be looked at now may be back.
		return cacheFileFor(cacheDir, root) !== path.join(cacheDir, `index-${cacheName.exec(path.basename(file))![2]}.json`) || !(await pathExists(root).catch(() => true));
	}

	return true;
}

/** The library folder a cache file was written for, from its first bytes; undefined when they do not say. */
async function rootOf(file: string): Promise<string | undefined> {
	try {
		const field = rootField.exec((await readRegularFileStart(file, rootFieldMaxBytes)).toString('utf8'))?.[1];
		const root: unknown = field === undefined ? undefined : JSON.parse(field);
		return typeof root === 'string' && path.isAbsolute(root) ? root : undefined;
	} catch {
		return undefined;
	}
}
