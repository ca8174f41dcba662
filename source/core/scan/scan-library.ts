import path from 'node:path';
import {readListingOf} from '../formats/read-file.js';
import {fingerprintText} from '../state/fingerprint.js';
import {workKey} from '../state/reading-state.js';
import {detailsOf, listingOf, type Skipped, type WorkDetails, type WorkListing} from '../work.js';
import {createLiveLibrary} from './live-library.js';

/** One work of the library: what the list needs of its metadata, plus what is needed to find it again. */
export type LibraryWork = {
	meta: WorkListing;
	/** Key of its reading state: the Work ID, or a fingerprint of the text. */
	stateKey: string;
	size: number;
	mtimeMs: number;
};

/** A file read whole: the work as the library keeps it, and the rest of its metadata. */
export type ScannedWork = {work: LibraryWork; details: WorkDetails};

/** The library as the commands print it: every work with the rest of its metadata. */
export type Library = {
	works: Array<LibraryWork & {details: WorkDetails}>;
	skipped: Skipped[];
};

/**
 * Reads every fic below `root` once (or takes it from the index cache when
 * the file has not changed) and returns the finished library, for the
 * commands that print it. Bodies are dropped as soon as the metadata is taken.
 */
export async function scanLibrary(root: string, options: {cacheFile?: string | null} = {}): Promise<Library> {
	const library = createLiveLibrary(root, {cacheFile: options.cacheFile, keepDetails: true});
	await library.readCache();
	await library.scan();
	const {works, skipped} = library.snapshot();
	await library.close();
	return {works: works.map(work => ({...work, details: library.details(work.meta.path)})), skipped};
}

/**
 * A copy of `value` whose strings are its own. The parser's strings are slices
 * of the whole file's text, and V8 keeps that text alive as long as any slice
 * of it lives: a library of 10,000 works would hold every body in memory.
 */
function detach<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Reads the listing of one file, whose `stat` the caller already took;
 * anything wrong with it becomes a skipped entry, never an exception.
 */
export async function scanFile(root: string, relative: string, info: {size: number; mtimeMs: number}): Promise<ScannedWork | Skipped> {
	const result = await readListingOf(path.join(root, relative), relative);
	if (!result.ok) return {path: relative, reason: result.reason};
	const meta = {...result.meta, path: relative, duplicateOf: null};
	const fingerprint = meta.id === null ? fingerprintText(result.identity) : '';
	const work = {meta: detach(listingOf(meta)), stateKey: workKey(meta, fingerprint), size: info.size, mtimeMs: info.mtimeMs};
	return {work, details: detach(detailsOf(meta))};
}
