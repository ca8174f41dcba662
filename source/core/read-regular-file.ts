/**
 * Reads a file that must be a regular file. A plain `readFile` of a named
 * pipe waits for a writer, forever if none comes, and one of a device such as
 * /dev/zero never ends: a state path, a cache or a fic that turned out to be
 * one would hang ficread, and Node does not exit while the read is pending.
 * The file is opened without blocking and checked before anything is read
 * from it: no window in which it could be swapped for a pipe.
 */
import {closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync} from 'node:fs';
import {type FileHandle, open, stat} from 'node:fs/promises';

/** The code of the error for a path that is not a regular file (ficread's own, unlike any errno). */
export const notRegularFileCode = 'ERR_NOT_REGULAR_FILE';

// Windows has no O_NONBLOCK, nor named pipes in the file system to block on.
const openWithoutWaiting = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readRegularFile(file: string | Buffer): Promise<Buffer>;
export async function readRegularFile(file: string | Buffer, encoding: 'utf8'): Promise<string>;
export async function readRegularFile(file: string | Buffer, encoding?: 'utf8'): Promise<Buffer | string> {
	const handle = await openRegularFile(file);
	try {
		return await handle.readFile(encoding === undefined ? {} : {encoding});
	} finally {
		await handle.close();
	}
}

/** The first `maxBytes` of a file that must be a regular file (fewer if it is shorter). */
export async function readRegularFileStart(file: string, maxBytes: number): Promise<Buffer> {
	const handle = await openRegularFile(file);
	try {
		const {buffer, bytesRead} = await handle.read({buffer: Buffer.alloc(maxBytes), position: 0});
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** Opens a file that must be a regular file, without waiting on a pipe; the caller closes it. */
export async function openRegularFile(file: string | Buffer): Promise<FileHandle> {
	const handle = await open(file, openWithoutWaiting).catch(async (error: unknown) => {
		if (!leased(error) || !(await stat(file)).isFile()) throw error;
		return open(file, constants.O_RDONLY);
	});
	if ((await handle.stat()).isFile()) return handle;
	await handle.close();
	throw notRegularFile();
}

/** The same, for the start-up loader, which reads its code cache before anything else runs. */
export function readRegularFileSync(file: string): Buffer {
	return withRegularFileSync(file, descriptor => readFileSync(descriptor));
}

/**
 * The whole of a regular file, read into the buffer `room` gives for its
 * size: the search reads thousands of files into one reused buffer (a new
 * buffer for each cost several times the read). A file that grew since its
 * size was taken goes on in a buffer of its own.
 */
export function readRegularFileSyncInto(file: string | Buffer, room: (size: number) => Buffer): Buffer {
	return withRegularFileSync(file, (descriptor, size) => {
		// One byte more than the size: a read that fills it means the file grew.
		let bytes = room(size + 1);
		let length = 0;
		for (;;) {
			if (length === bytes.length) bytes = Buffer.concat([bytes, Buffer.allocUnsafe(length)]);
			const read = readSync(descriptor, bytes, length, bytes.length - length, null);
			if (read === 0) return bytes.subarray(0, length);
			length += read;
		}
	});
}

function withRegularFileSync<T>(file: string | Buffer, read: (descriptor: number, size: number) => T): T {
	const {descriptor, size} = openRegularFileSync(file);
	try {
		return read(descriptor, size);
	} finally {
		closeSync(descriptor);
	}
}

/** `openRegularFile` without waiting on Node's thread pool: for a worker thread, which may block. The caller closes the descriptor. */
export function openRegularFileSync(file: string | Buffer): {descriptor: number; size: number} {
	let descriptor: number;
	try {
		descriptor = openSync(file, openWithoutWaiting);
	} catch (error) {
		if (!leased(error) || !statSync(file).isFile()) throw error;
		descriptor = openSync(file, constants.O_RDONLY);
	}

	try {
		const stats = fstatSync(descriptor);
		if (!stats.isFile()) throw notRegularFile();
		return {descriptor, size: stats.size};
	} catch (error) {
		closeSync(descriptor);
		throw error;
	}
}

/**
 * Linux refuses a non-blocking open of a file another process holds a lease
 * on (Samba does, for a shared folder) where a plain open waits for it: such a
 * file, once seen to be a regular one, is opened the plain way.
 */
function leased(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'EAGAIN' || code === 'EWOULDBLOCK';
}

function notRegularFile(): Error {
	return Object.assign(new Error('not a regular file'), {code: notRegularFileCode});
}
