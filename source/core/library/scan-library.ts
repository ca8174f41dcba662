import type {Skipped, WorkDetails} from '../work.js';
import type {LibraryWork} from './library-work.js';
import {createLiveLibrary} from './live-library.js';

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
export async function scanLibrary(root: string, options: {cacheFile?: string | null; scanWorker?: string | null} = {}): Promise<Library> {
	const library = createLiveLibrary(root, {cacheFile: options.cacheFile, scanWorker: options.scanWorker, keepDetails: true});
	await library.readCache();
	await library.scan();
	const {works, skipped} = library.snapshot();
	await library.close();
	return {works: works.map(work => ({...work, details: library.details(work.meta.path)})), skipped};
}
