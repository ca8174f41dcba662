/**
 * Reading one file through its adapter, for the scanner (the listing) and the
 * reader, `--print` and full-text search (the body). Whatever goes wrong, a
 * missing file, a pipe, an adapter's refusal or its bug, comes back as a
 * reason for the user, never as an exception.
 */
import {describeFileError, describeFsError} from '../scan/walk-fic-files.js';
import {bytesSource, openFileSource, type OpenSource, readWhole} from './file-source.js';
import type {FileSource, FormatAdapter, Listing, OpenedBody, Refusal} from './format-adapter.js';
import {errorText} from './guard-step.js';
import {chooseAdapter} from './registry.js';
import {textAdapter} from './text/text-adapter.js';

// Enough for every adapter's signature (a zip's first entry name, a MOBI's type at offset 60, an HTML doctype).
const headBytes = 4096;

type Read<T> = (adapter: FormatAdapter, file: FileSource) => Promise<T | Refusal>;

async function withAdapter<T>(file: FileSource, read: Read<T>): Promise<T | Refusal> {
	const chosen = chooseAdapter(file.path, await file.read(0, headBytes));
	if ('reason' in chosen) return {ok: false, reason: chosen.reason};
	try {
		return await read(chosen, file);
	} catch (error) {
		// Adapters are meant never to throw; if one does, one bad file must not sink the library.
		return {ok: false, reason: `could not be read: ${errorText(error)}`};
	}
}

/** Whether these bytes, under this name, are read as plain text (not an HTML page or a book kept as `.txt`): only then are the bytes the words. */
export function isReadAsText(bytes: Uint8Array, relative: string): boolean {
	return chooseAdapter(relative, bytes.subarray(0, headBytes)) === textAdapter;
}

/** The listing of the file at `absolute`, reading only what its format needs (through `open`). */
export async function readListingOf(absolute: string | Buffer, relative: string, open: OpenSource = openFileSource): Promise<Listing | Refusal> {
	let file;
	try {
		file = await open(absolute, relative);
	} catch (error) {
		return {ok: false, reason: describeFileError(absolute, error)};
	}

	try {
		return await withAdapter(file, async (adapter, source) => adapter.readListing(source));
	} catch (error) {
		return {ok: false, reason: describeFsError(error)};
	} finally {
		await file.close();
	}
}

/**
 * The body of the file at `absolute`. The file is read whole and closed at
 * once, so that an adapter's `rest` (the chapters after the first) needs no
 * open file, however long the reader waits to ask for it.
 */
export async function openBodyOf(absolute: string | Buffer, relative: string): Promise<OpenedBody | Refusal> {
	let bytes: Uint8Array;
	try {
		const file = await openFileSource(absolute, relative);
		try {
			bytes = await readWhole(file);
		} finally {
			await file.close();
		}
	} catch (error) {
		return {ok: false, reason: describeFileError(absolute, error)};
	}

	return openBodyFromBytes(bytes, relative);
}

/** The body of a file already read whole (full-text search reads the bytes first, to skip files that surely lack a phrase). */
export async function openBodyFromBytes(bytes: Uint8Array, relative: string): Promise<OpenedBody | Refusal> {
	return withAdapter(bytesSource(bytes, relative), async (adapter, source) => adapter.openBody(source));
}
