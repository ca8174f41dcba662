/**
 * The one way ficread replaces a file it owns (reading state, caches, code
 * cache): the new content goes to a temp file beside the target, then a
 * rename puts it in place, so a reader sees the old file or the new one,
 * never a mix. A target that is a symbolic link is written through: the temp
 * file goes beside the file the link leads to, which is replaced, and the
 * link stays (a state file kept as a link into a synced folder).
 *
 * Temp files are named `<target>.<pid>.<hex>.tmp`, so that a later start
 * can tell one left by a process killed while writing and remove it
 * (`removeStaleTemps`).
 */
import {closeSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, writeSync} from 'node:fs';
import {lstat, open, readdir, readlink, rename, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {errorCode} from './path-exists.js';

export type WriteOptions = {
	/**
	 * Sync the data and the folder before and after the rename, so that the
	 * new file survives a crash or power loss. Worth it for what cannot be
	 * rebuilt (the reading state), not for a cache of megabytes.
	 */
	durable?: boolean;
};

// Links to links are followed as the system does, up to its own limit.
const maxLinks = 40;
let written = 0;

/** `<file>.<pid>.<hex>.tmp`: unique in this process without node:crypto (~2 ms of a start to load); `wx` refuses any clash. */
function tempFor(file: string): string {
	written++;
	return `${file}.${process.pid}.${(Date.now() * 1000 + written).toString(16)}.tmp`;
}

/** The file `file` names once links are followed (it need not exist); `file` itself when it is no link. */
export async function linkTarget(file: string): Promise<string> {
	let target = file;
	for (let hop = 0; hop < maxLinks; hop++) {
		try {
			if (!(await lstat(target)).isSymbolicLink()) return target;
		} catch (error) {
			if (errorCode(error) === 'ENOENT') return target;
			throw error;
		}

		target = path.resolve(path.dirname(target), await readlink(target));
	}

	throw Object.assign(new Error(`too many symbolic links: ${file}`), {code: 'ELOOP'});
}

function linkTargetSync(file: string): string {
	let target = file;
	for (let hop = 0; hop < maxLinks && lstatSync(target, {throwIfNoEntry: false})?.isSymbolicLink(); hop++) {
		target = path.resolve(path.dirname(target), readlinkSync(target));
	}

	return target;
}

/** Replaces `file` (or the file its link leads to) with `data`, atomically; private to the user (0600) when created. */
export async function writeAtomically(file: string, data: string | Uint8Array, {durable = false}: WriteOptions = {}): Promise<void> {
	const target = await linkTarget(file);
	const temp = tempFor(target);
	try {
		const handle = await open(temp, 'wx', 0o600);
		try {
			await handle.writeFile(data);
			// Without it, a crash soon after the rename can leave an empty file on some filesystems (ext4 delalloc).
			if (durable) await handle.sync();
		} finally {
			await handle.close();
		}

		await rename(temp, target);
	} catch (error) {
		await rm(temp, {force: true});
		throw error;
	}

	if (durable) await syncFolder(path.dirname(target));
}

/** `writeAtomically` for the last moments of a process (an `exit` handler), where nothing asynchronous runs. */
export function writeAtomicallySync(file: string, data: string | Uint8Array, {durable = false}: WriteOptions = {}): void {
	const target = linkTargetSync(file);
	const temp = tempFor(target);
	try {
		const fd = openSync(temp, 'wx', 0o600);
		try {
			writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
			if (durable) fsyncSync(fd);
		} finally {
			closeSync(fd);
		}

		renameSync(temp, target);
	} catch (error) {
		rmSync(temp, {force: true});
		throw error;
	}
}

/** Makes the rename itself durable; not possible on every platform (Windows), hence best effort. */
async function syncFolder(folder: string): Promise<void> {
	try {
		const handle = await open(folder, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// Best effort: the data itself is already synced.
	}
}

export type SweepOptions = {
	/** Also remove those of live processes once this old (a hung writer). Default 60 s, longer than any save takes. */
	olderThanMs?: number;
	/** The last part of the names: `tmp` for temp files, or another (`stale` for a lock set aside). */
	suffix?: string;
};

const defaultOlderThanMs = 60_000;

/**
 * Removes `<file>.<pid>.<hex>.<suffix>` files (beside the file a link leads
 * to) that a process left behind: those of a process that no longer runs,
 * and any older than `olderThanMs`. Each may hold a whole cache, megabytes
 * nothing else would remove. Never throws.
 */
export async function removeStaleTemps(file: string, {olderThanMs = defaultOlderThanMs, suffix = 'tmp'}: SweepOptions = {}): Promise<void> {
	try {
		const target = await linkTarget(file);
		const folder = path.dirname(target);
		const prefix = `${path.basename(target)}.`;
		const pattern = new RegExp(`^(\\d+)\\.[0-9a-f]+\\.${suffix}$`);
		for (const name of await readdir(folder)) {
			const pid = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length))?.[1] : undefined;
			if (pid === undefined) continue;
			const temp = path.join(folder, name);
			try {
				if (Number(pid) === process.pid && olderThanMs > 0) continue;
				if (!isRunning(Number(pid)) || Date.now() - (await stat(temp)).mtimeMs >= olderThanMs) await rm(temp, {force: true});
			} catch {
				// Removed by another process meanwhile, or not removable: not worth failing for.
			}
		}
	} catch {
		// A folder that cannot be read now is swept by a later start.
	}
}

/** Whether a process of that id runs on this machine (EPERM: it does, as another user). */
export function isRunning(pid: number): boolean {
	if (pid < 1) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errorCode(error) === 'EPERM';
	}
}
