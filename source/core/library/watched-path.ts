/**
 * What the folder watcher learns from the file system about a path it was
 * told of, and how it words a watch that failed. Kept apart from the
 * watcher's bookkeeping of folders and fics (`watch-library.ts`).
 */
import {lstat, stat} from 'node:fs/promises';
import {errorCode} from '../path-exists.js';

/**
 * What is at `absolute` now, as `walkFicFiles` would see it: a folder, or a
 * file to scan, which is anything else that is there (a link of any kind, a
 * pipe: the scan says why it cannot be read). Symlinked folders are not entered.
 */
export async function kindOf(absolute: string | Buffer): Promise<'folder' | 'file' | 'none'> {
	try {
		return (await lstat(absolute)).isDirectory() ? 'folder' : 'file';
	} catch (error) {
		const code = errorCode(error);
		// Unreadable is not gone: the scan lists such a fic as skipped, with the reason.
		return code === 'ENOENT' || code === 'ENOTDIR' ? 'none' : 'file';
	}
}

/** Whether the root is still a folder; the root itself may be a symlink. Unreadable is not gone. */
export async function isFolder(absolute: string): Promise<boolean> {
	try {
		return (await stat(absolute)).isDirectory();
	} catch (error) {
		const code = errorCode(error);
		return code !== 'ENOENT' && code !== 'ENOTDIR';
	}
}

export function describeWatchError(code: string | undefined, error: unknown): string {
	switch (code) {
		case 'ENOSPC': {
			return 'the system limit on watched folders is reached (ENOSPC; on Linux, raise fs.inotify.max_user_watches); restart ficread to see new files';
		}

		case 'EMFILE':
		case 'ENFILE': {
			return `too many open files (${code}); restart ficread to see new files`;
		}

		default: {
			return error instanceof Error ? error.message : String(error);
		}
	}
}
