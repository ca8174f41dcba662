/**
 * Reads a file that must be a regular file. A plain `readFile` of a named
 * pipe waits for a writer, forever if none comes, and one of a device such as
 * /dev/zero never ends: a state path, a cache or a fic that turned out to be
 * one would hang ficread, and Node does not exit while the read is pending.
 * The file is opened without blocking and checked before anything is read
 * from it: no window in which it could be swapped for a pipe.
 */
import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs';
import {open} from 'node:fs/promises';

/** The code of the error for a path that is not a regular file (BSD's "inappropriate file type"). */
export const notRegularFileCode = 'EFTYPE';

export async function readRegularFile(file: string): Promise<Buffer>;
export async function readRegularFile(file: string, encoding: 'utf8'): Promise<string>;
export async function readRegularFile(file: string, encoding?: 'utf8'): Promise<Buffer | string> {
	const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		if (!(await handle.stat()).isFile()) throw notRegularFile();
		return await handle.readFile(encoding === undefined ? {} : {encoding});
	} finally {
		await handle.close();
	}
}

/** The same, for the start-up loader, which reads its code cache before anything else runs. */
export function readRegularFileSync(file: string): Buffer {
	const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		if (!fstatSync(descriptor).isFile()) throw notRegularFile();
		return readFileSync(descriptor);
	} finally {
		closeSync(descriptor);
	}
}

function notRegularFile(): Error {
	return Object.assign(new Error('not a regular file'), {code: notRegularFileCode});
}
