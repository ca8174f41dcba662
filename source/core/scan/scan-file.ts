import type {LibraryWork, ScannedWork} from '../library/library-work.js';
import {readRegularFile} from '../read-regular-file.js';
import {readWork} from '../read-work.js';
import {fingerprintText} from '../state/fingerprint.js';
import {workKey} from '../state/reading-state.js';
import {detailsOf, listingOf, type Skipped} from '../work.js';
import {onDisk} from './name-bytes.js';
import {describeFsError} from './walk-fic-files.js';

/**
 * A copy of `value` whose strings are its own. The parser's strings are slices
 * of the whole file's text, and V8 keeps that text alive as long as any slice
 * of it lives: a library of 10,000 works would hold every body in memory.
 */
function detach<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Reads and parses one file, whose `stat` the caller already took; anything
 * wrong with it becomes a skipped entry, never an exception.
 */
export async function scanFile(root: string, relative: string, info: {size: number; mtimeMs: number}): Promise<ScannedWork | Skipped> {
	let bytes: Uint8Array;
	try {
		bytes = await readRegularFile(onDisk(root, relative));
	} catch (error) {
		return {path: relative, reason: describeFsError(error)};
	}

	try {
		const result = readWork(bytes, relative);
		if (!result.ok) return {path: relative, reason: result.reason};
		const fingerprint = result.meta.id === null ? fingerprintText(result.body.paragraphs.join('\n\n')) : '';
		const work: LibraryWork = {meta: detach(listingOf(result.meta)), stateKey: workKey(result.meta, fingerprint), size: info.size, mtimeMs: info.mtimeMs};
		return {work, details: detach(detailsOf(result.meta))};
	} catch (error) {
		// The parser is meant never to throw; if it does, one bad file must not sink the library.
		return {path: relative, reason: `could not be parsed: ${error instanceof Error ? error.message : String(error)}`};
	}
}
