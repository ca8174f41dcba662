import {stat} from 'node:fs/promises';
import {onDisk} from '../scan/name-bytes.js';
import {scanFile} from '../scan/scan-file.js';
import type {ReadListing} from '../scan/scan-workers.js';
import {brokenLinkReason, describeFsError, isBrokenLink, walkFicFiles} from '../scan/walk-fic-files.js';
import type {LibraryStore} from './library-store.js';
import {readEach} from './read-each.js';

export type LibraryScanner = {
	/** Walks the folder, forgets what is gone, and checks every file (reading the new and changed ones) into the store. */
	scan(): Promise<void>;
	/** Looks at one file again: reads it when its size or mtime differ from the store's entry. */
	refresh(relative: string): Promise<void>;
	/** Stops taking new files; those being read finish. */
	stop(): void;
};

/**
 * Brings the store in line with the disk: a file whose size and mtime match
 * its entry (from the cache, or an earlier look) is not read again. Files are
 * read by `readListing`: on this thread, or by scan threads (scan-workers.ts).
 */
export function createLibraryScanner(root: string, store: LibraryStore, readListing: ReadListing = scanFile): LibraryScanner {
	let stopped = false;

	async function refresh(relative: string): Promise<void> {
		let info;
		try {
			info = await stat(onDisk(root, relative));
		} catch (error) {
			const reason = whyNotThere(onDisk(root, relative), error);
			if (reason === null) store.forget(relative);
			else store.set(relative, {size: -1, mtimeMs: -1, result: {path: relative, reason}});
			return;
		}

		if (!info.isFile()) {
			const reason = info.isDirectory() ? 'a link to a folder, not followed' : 'unreadable: not a regular file';
			store.set(relative, {size: info.size, mtimeMs: info.mtimeMs, result: {path: relative, reason}});
			return;
		}

		// The cached entries are already here (readCache), so a file that does not match them is read.
		const known = store.entries.get(relative);
		if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) return;
		const scanned = await readListing(root, relative, info);
		// Only now, after the read: a snapshot or a save made while it ran must not count this file as done.
		if ('reason' in scanned) store.set(relative, {size: info.size, mtimeMs: info.mtimeMs, result: scanned});
		else store.set(relative, {size: info.size, mtimeMs: info.mtimeMs, result: scanned.work}, scanned.details);
	}

	async function scan(): Promise<void> {
		// Set before the first await, so a first frame drawn meanwhile says "scanning", not "no fics".
		store.setProgress({done: 0, total: 0});
		const {files, problems} = await walkFicFiles(root);
		store.setWalkProblems(problems);
		const onDisk = new Set(files);
		for (const relative of [...store.entries.keys()]) {
			if (!onDisk.has(relative)) store.forget(relative);
		}

		let done = 0;
		store.setProgress({done, total: files.length});
		store.publish(true);
		await readEach(
			files,
			async relative => {
				await refresh(relative);
				store.setProgress({done: ++done, total: files.length});
				store.publish();
			},
			() => stopped,
		);
		store.setProgress(null);
		store.publish(true);
	}

	return {
		scan,
		refresh,
		stop() {
			stopped = true;
		},
	};
}

/**
 * Why a fic name whose stat failed is skipped, or null when nothing is there
 * any more. A link that is there but leads nowhere is skipped, not gone.
 */
function whyNotThere(absolute: string | Buffer, error: unknown): string | null {
	if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return describeFsError(error);
	return isBrokenLink(absolute) ? brokenLinkReason : null;
}
