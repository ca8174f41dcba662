import type {OpenSource} from '../formats/file-source.js';
import {readListingOf} from '../formats/read-file.js';
import type {LibraryWork, ScannedWork} from '../library/library-work.js';
import {fingerprintText} from '../state/fingerprint.js';
import {workKey} from '../state/reading-state.js';
import {detailsOf, listingOf, type Skipped} from '../work.js';
import {onDisk} from './name-bytes.js';

/**
 * A copy of `value` whose strings are its own. The parser's strings are slices
 * of the whole file's text, and V8 keeps that text alive as long as any slice
 * of it lives: a library of 10,000 works would hold every body in memory.
 */
function detach<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Reads the listing of one file through its format's adapter, whose `stat`
 * the caller already took; anything wrong with it becomes a skipped entry,
 * never an exception. A scan thread opens files with `openFileSourceSync`.
 */
export async function scanFile(root: string, relative: string, info: {size: number; mtimeMs: number}, open?: OpenSource): Promise<ScannedWork | Skipped> {
	const result = await readListingOf(onDisk(root, relative), relative, open);
	if (!result.ok) return {path: relative, reason: result.reason};
	const meta = {...result.meta, path: relative, duplicateOf: null};
	const fingerprint = meta.id === null ? fingerprintText(result.identity()) : '';
	const work: LibraryWork = {meta: detach(listingOf(meta)), stateKey: workKey(meta, fingerprint), size: info.size, mtimeMs: info.mtimeMs};
	return {work, details: detach(detailsOf(meta))};
}
