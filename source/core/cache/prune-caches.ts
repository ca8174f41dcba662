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
 * Unused this long, a library's caches may go. A library in use marks its
 * index as used (`markCacheUsed`) even when nothing in it changes, so a
 * folder that is only missing for a while (a drive not plugged in) keeps its
 * caches for this long, and one gone for good frees them after it.
 */
export const orphanAfterMs = 30 * 24 * 60 * 60 * 1000;

const cacheName = /^(index|head|details)-(.+)\.json$/;
// Every cache file ficread writes begins with its version, then the folder's path.
const cacheStart = '{"version":';
const rootField = /^\{"version":"(?:[^"\\]|\\.)*","root":("(?:[^"\\]|\\.)*")/;
const rootFieldMaxBytes = 8192;

/**
 * In `cacheDir`, removes each library's cache files (`index-`, `head-`,
 * `details-` of one name) once none of them has been written or used for
 * `orphanAfterMs`, and they name a folder that no longer exists, or one this
 * ficread would file under another name (an older version's), or none at
 * all (not a cache ficread wrote). Nothing else in the folder is touched. Never throws.
 */
export async function pruneOrphanedCaches(cacheDir: string, now = Date.now()): Promise<void> {
	let names: string[];
	try {
		names = await readdir(cacheDir);
	} catch {
		// A cache folder that cannot be read now is pruned by a later run.
		return;
	}

	for (const [library, files] of groupByLibrary(names)) {
		const paths = files.map(name => path.join(cacheDir, name));
		try {
			const lastUsed = await lastWrite(paths);
			if (lastUsed === undefined || now - lastUsed < orphanAfterMs || !(await isOrphaned(cacheDir, library, paths))) continue;
			// Another ficread may have written them meanwhile (their folder is back).
			if ((await lastWrite(paths)) === lastUsed) await Promise.all(paths.map(async file => rm(file, {force: true})));
		} catch {
			// Removed by another ficread meanwhile, or not removable now: a later run looks again.
		}
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

/** When any of `files` was last written or marked used; undefined when one is not a regular file (not a cache ficread wrote: left alone). */
async function lastWrite(files: readonly string[]): Promise<number | undefined> {
	const found = await Promise.all(files.map(async file => stat(file)));
	return found.every(each => each.isFile()) ? Math.max(...found.map(each => each.mtimeMs)) : undefined;
}

/** Whether the cache files of `library` (the name they share) belong to no folder this ficread would file them under. */
async function isOrphaned(cacheDir: string, library: string, files: readonly string[]): Promise<boolean> {
	for (const file of files) {
		// The first file that names a folder decides.
		const root = await rootOf(file);
		if (root === undefined) continue;
		if (root === null) return false;
		// Only a folder known to be gone makes its cache an orphan; one that cannot be looked at now may be back.
		return cacheFileFor(cacheDir, root) !== path.join(cacheDir, `index-${library}.json`) || !(await pathExists(root).catch(() => true));
	}

	return true;
}

/**
 * The library folder a cache file was written for, from its first bytes;
 * null when it begins as a cache does but they do not say (a path too long
 * to read there: kept, to be safe); undefined when it is no cache at all.
 */
async function rootOf(file: string): Promise<string | null | undefined> {
	let start: string;
	try {
		start = (await readRegularFileStart(file, rootFieldMaxBytes)).toString('utf8');
	} catch {
		return undefined;
	}

	const field = rootField.exec(start)?.[1];
	if (field === undefined) return start.startsWith(cacheStart) ? null : undefined;
	try {
		const root: unknown = JSON.parse(field);
		return typeof root === 'string' && path.isAbsolute(root) ? root : undefined;
	} catch {
		// An escape JSON does not have: not written by ficread.
		return undefined;
	}
}
