import {closeSync, readSync} from 'node:fs';
import {openRegularFile, openRegularFileSync} from '../read-regular-file.js';
import type {FileSource} from './format-adapter.js';

/** A FileSource over an open file; `close` must be called once the adapter is done. */
export type OpenFileSource = FileSource & {close(): Promise<void>};

/**
 * Opens `absolute` for random access, refusing anything but a regular file
 * (see `openRegularFile`: a pipe or a device under a fic's name must not hang
 * the scan). `relative` is the path the adapter names in titles and messages.
 */
export async function openFileSource(absolute: string | Buffer, relative: string): Promise<OpenFileSource> {
	const handle = await openRegularFile(absolute);
	const {size} = await handle.stat();
	return sourceOver(relative, size, async (buffer, offset, length, position) => (await handle.read(buffer, offset, length, position)).bytesRead, async () => handle.close());
}

/** Opens a file for random access (see `openFileSource`). */
export type OpenSource = (absolute: string | Buffer, relative: string) => Promise<OpenFileSource>;

/**
 * `openFileSource` whose reads block, for a thread that may block (a scan
 * thread): Node's asynchronous file calls all wait their turn in one pool of
 * four threads, shared by every thread of the process.
 */
export async function openFileSourceSync(absolute: string | Buffer, relative: string): Promise<OpenFileSource> {
	const {descriptor, size} = openRegularFileSync(absolute);
	return sourceOver(relative, size, async (buffer, offset, length, position) => readSync(descriptor, buffer, offset, length, position), async () => {
		closeSync(descriptor);
	});
}

type ReadAt = (buffer: Buffer, offset: number, length: number, position: number) => Promise<number>;

function sourceOver(relative: string, size: number, readAt: ReadAt, close: () => Promise<void>): OpenFileSource {
	return {
		path: relative,
		size,
		async read(offset, length) {
			const wanted = Math.max(0, Math.min(length, size - offset));
			const buffer = Buffer.allocUnsafe(wanted);
			let filled = 0;
			// A read may return fewer bytes than asked without being at the end.
			while (filled < wanted) {
				const bytesRead = await readAt(buffer, filled, wanted - filled, offset + filled);
				if (bytesRead === 0) break;
				filled += bytesRead;
			}

			return buffer.subarray(0, filled);
		},
		close,
	};
}

/** A FileSource over bytes already in memory: for tests and for bodies read whole. */
export function bytesSource(bytes: Uint8Array, relative: string): FileSource {
	return {
		path: relative,
		size: bytes.length,
		async read(offset, length) {
			return bytes.subarray(offset, Math.min(bytes.length, offset + length));
		},
	};
}

/** The whole file: for formats that have no index to read from (text). */
export async function readWhole(file: FileSource): Promise<Uint8Array> {
	return file.read(0, file.size);
}
