import {opendir} from 'node:fs/promises';
import {systemWords} from '../core/scan/walk-fic-files.js';
import {UsageError} from './usage-error.js';

/**
 * Fails, saying why, unless DIR opens as a folder. Opened rather than stat'ed: a folder that
 * cannot be listed is as unusable as a missing one, and should be reported the same way.
 */
export async function checkFolder(dir: string): Promise<void> {
	try {
		const handle = await opendir(dir);
		await handle.close();
	} catch (error) {
		throw new UsageError(`${dir}: ${folderProblem(error)}`);
	}
}

/** ficread's words for the two everyday reasons, the system's for the rest (a link loop, permissions…). */
export function folderProblem(error: unknown): string {
	const {code} = error as NodeJS.ErrnoException;
	if (code === 'ENOENT') return 'no such folder';
	if (code === 'ENOTDIR') return 'not a folder';
	return systemWords(error);
}
