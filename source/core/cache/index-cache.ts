/**
 * The index cache: what a scan learned about each file of one library folder,
 * keyed by relative path and checked against the file's size and mtime, so
 * that a warm start re-reads only the files that changed.
 *
 * The cache is an optimization, never a source of truth: a file that is
 * missing, unreadable, from another ficread version, for another folder, or
 * with any entry of the wrong shape is ignored as a whole (and rebuilt by the
 * next save). Nothing here throws to the caller.
 */
import {createHash, randomBytes} from 'node:crypto';
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import pkg from '../../../package.json' with {type: 'json'};
import {workKey} from '../state/reading-state.js';
import type {Encoding, RepairNote, WorkFormat, WorkMeta, WorkStatus} from '../work.js';

/** What is remembered of one file: a work, or why it is not one (so a 50 MB binary is not re-read at each start). */
export type CacheEntry = {size: number; mtimeMs: number} & ({meta: WorkMeta; stateKey: string} | {skipped: string});

export type IndexCache = {
	/** `cacheVersion` of the ficread that wrote it. */
	version: string;
	/** The absolute library folder the entries are relative to. */
	root: string;
	/** Keyed by path relative to `root`, `/`-separated, as `walkFicFiles` gives it. */
	entries: Record<string, CacheEntry>;
};

// Bump when the cache's own layout changes. The package version is part of
// the key too because the parser's output (hence every cached WorkMeta) may
// change with any release.
const SCHEMA = 1;

export const cacheVersion = `${SCHEMA}+${pkg.version}`;

/** `<cacheDir>/index-<hash>.json`: one cache per library folder, named by a hash so any path makes a valid file name. */
export function cacheFileFor(cacheDir: string, absoluteRoot: string): string {
	const hash = createHash('sha256').update(absoluteRoot, 'utf8').digest('hex').slice(0, 16);
	return path.join(cacheDir, `index-${hash}.json`);
}

/** The cache in `file` if it is whole, of this version and for `absoluteRoot`; otherwise null. Never throws. */
export async function loadIndexCache(file: string, absoluteRoot: string): Promise<IndexCache | null> {
	try {
		const value: unknown = JSON.parse(await readFile(file, 'utf8'));
		return isIndexCache(value, absoluteRoot) ? value : null;
	} catch {
		return null;
	}
}

/**
 * Writes the cache atomically (a reader sees the old file or the new one,
 * never a mix), creating the folder. Entries that `loadIndexCache` would
 * reject are left out rather than written, so that one odd work cannot make
 * every later start cold. Returns false when it could not write: a cache
 * that cannot be saved is not an error the user needs to see.
 */
export async function saveIndexCache(file: string, cache: IndexCache): Promise<boolean> {
	try {
		const entries = Object.fromEntries(Object.entries(cache.entries).filter(([relative, entry]) => isCacheEntry(relative, entry)));
		const text = JSON.stringify({version: cache.version, root: cache.root, entries} satisfies IndexCache);
		// Private like the reading state: the cache lists what the user reads.
		await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
		await removeStaleTemps(file);
		await writeAtomically(file, text);
		return true;
	} catch {
		return false;
	}
}

/** The entry for a file only when its size and mtime are exactly those recorded, i.e. it has not changed since. */
export function lookup(cache: IndexCache, relativePath: string, size: number, mtimeMs: number): CacheEntry | undefined {
	// `hasOwn` so that a name such as `constructor` never reads Object.prototype.
	const entry = Object.hasOwn(cache.entries, relativePath) ? cache.entries[relativePath] : undefined;
	return entry !== undefined && entry.size === size && entry.mtimeMs === mtimeMs ? entry : undefined;
}

/**
 * Unlike the reading state's writer, no fsync: a file torn by a crash fails
 * validation and is rebuilt, so durability is not worth a sync of megabytes.
 */
async function writeAtomically(file: string, text: string): Promise<void> {
	const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		await writeFile(temp, text, {flag: 'wx', mode: 0o600});
		await rename(temp, file);
	} catch (error) {
		await rm(temp, {force: true});
		throw error;
	}
}

// Older than any save could take, so a temp file this old belongs to a process killed while writing.
const STALE_TEMP_MS = 60_000;

/** Removes temp files of `file` left by killed processes; each holds a whole cache, megabytes that nothing else would remove. */
async function removeStaleTemps(file: string): Promise<void> {
	const folder = path.dirname(file);
	const prefix = `${path.basename(file)}.`;
	for (const name of await readdir(folder)) {
		if (!name.startsWith(prefix) || !/^\d+\.[0-9a-f]+\.tmp$/.test(name.slice(prefix.length))) continue;
		const temp = path.join(folder, name);
		try {
			if (Date.now() - (await stat(temp)).mtimeMs > STALE_TEMP_MS) await rm(temp, {force: true});
		} catch {
			// Removed by another process meanwhile, or not removable: not worth failing the save for.
		}
	}
}

// --- Validation -----------------------------------------------------------
// Every field of every entry is checked, because a cached work goes straight
// to the list, the sidebar and `--json` without passing the parser again.

type Check = (value: unknown) => boolean;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What the text pipeline removes from every WorkMeta string (see `work.ts`):
 * controls other than LF, DEL, C1 and bidi overrides. A cache holding one
 * could move the cursor or disguise text on the user's terminal.
 */
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const isText: Check = value => typeof value === 'string' && !UNSAFE.test(value);
const isNullableText: Check = value => value === null || isText(value);
const isCount: Check = value => Number.isInteger(value) && (value as number) >= 0;
const listOf = (check: Check): Check => value => Array.isArray(value) && value.every(check);

/** A check for the members of a string union; the `Record` makes the compiler list every member. */
const oneOf =
	(members: Record<string, true>): Check =>
	value =>
		typeof value === 'string' && Object.hasOwn(members, value);

/** How many fields `value` has; counted rather than listed, to allocate nothing per object. */
function fieldCount(value: object): number {
	let count = 0;
	// Cache objects are plain (object literals or JSON.parse), with no enumerable inherited field for `in` to see.
	for (const _field in value) count++;
	return count;
}

/** An object with exactly the fields of `checks`, each passing its check: an extra field would leak into `--json`. */
function shape<T>(checks: {[Field in keyof T]-?: Check}): (value: unknown) => value is T {
	const fields = Object.entries<Check>(checks);
	return (value): value is T => {
		if (!isRecord(value) || fieldCount(value) !== fields.length) return false;
		for (const [field, check] of fields) {
			if (!check(value[field])) return false;
		}
		return true;
	};
}

/** Header labels and their values, as `extra` holds them. */
function isTextRecord(value: unknown): boolean {
	if (!isRecord(value)) return false;
	for (const label in value) {
		if (!isText(label) || !isText(value[label])) return false;
	}
	return true;
}

const formats: Record<WorkFormat, true> = {'ao3-text': true, 'fff-text': true, 'plain-text': true};
const encodings: Record<Encoding, true> = {'utf-8': true, 'utf-8-bom': true, 'utf-16le': true, 'utf-16be': true, 'windows-1252': true};
const statuses: Record<WorkStatus, true> = {complete: true, 'in-progress': true, unknown: true};
const repairNotes: Record<RepairNote, true> = {
	'mojibake-repaired': true,
	'c1-mapped': true,
	'controls-removed': true,
	'escapes-removed': true,
	'bidi-removed': true,
	crlf: true,
	cr: true,
	'tabs-expanded': true,
};

// Counts are integers but may exceed 2^53: the parser reads `Chapters:` digits as they are.
const isChapters = shape<NonNullable<WorkMeta['chapters']>>({posted: isCount, total: value => value === null || isCount(value)});
const isSeries = shape<WorkMeta['series'][number]>({name: isText, part: value => value === null || isCount(value)});
const isTocEntry = shape<WorkMeta['toc'][number]>({title: isText, paragraph: isCount});

// A mapped type over `keyof WorkMeta`, so a field added to WorkMeta does not compile until it is checked here.
const isWorkMeta = shape<WorkMeta>({
	// File names are not sanitized (the UI passes them through `displaySafe`); `isCacheEntry` ties it to the key.
	path: value => typeof value === 'string',
	format: oneOf(formats),
	id: isNullableText,
	title: isText,
	authors: listOf(isText),
	rating: isNullableText,
	warnings: listOf(isText),
	categories: listOf(isText),
	fandoms: listOf(isText),
	relationships: listOf(isText),
	characters: listOf(isText),
	tags: listOf(isText),
	language: isNullableText,
	series: listOf(isSeries),
	status: oneOf(statuses),
	chapters: value => value === null || isChapters(value),
	words: isCount,
	published: isNullableText,
	updated: isNullableText,
	summary: isNullableText,
	toc: listOf(isTocEntry),
	encoding: oneOf(encodings),
	notes: listOf(oneOf(repairNotes)),
	duplicateOf: value => value === null || typeof value === 'string',
	extra: isTextRecord,
});

/**
 * A path `walkFicFiles` could list: relative, `/`-separated, no empty, `.`,
 * `..` or hidden segment, ending in `.txt`. Anything else could make a cached
 * list point outside the library.
 */
const FIC_PATH = /^(?:[^/.][^/]*\/)*[^/.][^/]*\.txt$/i;

// `workKey`'s fingerprint form; a malformed key would file reading progress under no work, or another one.
const FINGERPRINT_KEY = /^fp:[0-9a-f]{16}$/;

function isCacheEntry(relative: string, value: unknown): value is CacheEntry {
	if (!isRecord(value) || !FIC_PATH.test(relative) || !isCount(value['size']) || !Number.isFinite(value['mtimeMs'])) return false;
	const fields = fieldCount(value);
	if (Object.hasOwn(value, 'skipped')) return fields === 3 && isText(value['skipped']);
	const {meta, stateKey} = value;
	return (
		fields === 4 &&
		isWorkMeta(meta) &&
		meta.path === relative &&
		(meta.id === null ? typeof stateKey === 'string' && FINGERPRINT_KEY.test(stateKey) : stateKey === workKey(meta, ''))
	);
}

function isIndexCache(value: unknown, absoluteRoot: string): value is IndexCache {
	if (!isRecord(value) || fieldCount(value) !== 3 || value['version'] !== cacheVersion || value['root'] !== absoluteRoot) return false;
	const {entries} = value;
	if (!isRecord(entries)) return false;
	for (const relative in entries) {
		if (!isCacheEntry(relative, entries[relative])) return false;
	}
	return true;
}
