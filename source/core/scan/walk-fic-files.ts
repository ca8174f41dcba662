import {lstatSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {compareCodePoints} from '../compare-code-points.js';
import {isFicName} from '../formats/registry.js';
import {notRegularFileCode} from '../read-regular-file.js';
import {nameFromBytes, onDisk} from './name-bytes.js';

/** A path the walk could not enter, with why. */
export type WalkProblem = {path: string; reason: string};

export type WalkResult = {
	/** Fic candidates, relative to the root, `/`-separated, in a stable order. */
	files: string[];
	problems: WalkProblem[];
};

/**
 * Lists every fic file below `root` (see `isFicEntry`). Hidden files and
 * folders are skipped (`.DS_Store`, `.git`, sync folders), and symlinked
 * folders are not entered, so a link back up the tree cannot loop.
 */
export async function walkFicFiles(root: string): Promise<WalkResult> {
	const files: string[] = [];
	const problems: WalkProblem[] = [];
	await walk(root, '', files, problems);
	files.sort(compareCodePoints);
	return {files, problems};
}

async function walk(root: string, relative: string, files: string[], problems: WalkProblem[]): Promise<void> {
	let entries;
	try {
		// Names as bytes: one that is not UTF-8 would come back with U+FFFD in it, naming no file.
		entries = await readdir(onDisk(root, relative), {withFileTypes: true, encoding: 'buffer'});
	} catch (error) {
		problems.push({path: relative || '.', reason: describeFsError(error)});
		return;
	}

	const folders: string[] = [];
	for (const entry of entries) {
		const name = nameFromBytes(entry.name);
		if (name.startsWith('.')) continue;
		const child = relative ? `${relative}/${name}` : name;
		if (entry.isDirectory()) {
			folders.push(child);
		} else if (isFicEntry({name, isDirectory: () => false})) {
			files.push(child);
		}
	}

	for (const folder of folders) {
		await walk(root, folder, files, problems);
	}
}

/**
 * Whether a folder entry is a fic to scan: a name of a fic type (one an
 * adapter reads, or one the scan must list as unreadable: see `isFicName`) on
 * anything but a folder. A link, a named pipe or a device under such a name is scanned too,
 * so that the list of skipped files can say why it is not read (a broken link,
 * not a regular file) instead of leaving it out without a word.
 */
export function isFicEntry(entry: {name: string; isDirectory(): boolean}): boolean {
	return isFicName(entry.name) && !entry.isDirectory();
}

/** Why a link that leads nowhere is skipped. */
export const brokenLinkReason = 'unreadable: a broken link';

/**
 * Whether a name that could not be found (ENOENT) is there all the same: a
 * link that leads nowhere, not a file gone. Asked only after ENOENT: any
 * name that is there answers true.
 */
export function isBrokenLink(absolute: string | Buffer): boolean {
	try {
		return lstatSync(absolute, {throwIfNoEntry: false}) !== undefined;
	} catch {
		return false;
	}
}

/**
 * `describeFsError` for the file at `absolute`, which could not be opened or
 * looked at: a broken link is named as one, where the error alone would
 * say the file disappeared.
 */
export function describeFileError(absolute: string | Buffer, error: unknown): string {
	if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' && isBrokenLink(absolute)) return brokenLinkReason;
	return describeFsError(error);
}

/** Turns a Node fs error into the short reason a user sees next to the path. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM': {
			return 'unreadable: permission denied';
		}

		case 'ENOENT': {
			return 'unreadable: the file disappeared while scanning';
		}

		case 'EISDIR': {
			return 'unreadable: is a directory';
		}

		case notRegularFileCode: {
			return 'unreadable: not a regular file';
		}

		case 'EIO': {
			return 'unreadable: input/output error';
		}

		default: {
			return `unreadable: ${systemWords(error)}`;
		}
	}
}

/**
 * The system's words for an error, without its code and path: Node writes
 * `ELOOP: too many symbolic links encountered, open '/the/path'`, or
 * `ENOSPC: no space left on device, write` (no path).
 */
export function systemWords(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return /^E[A-Z\d]+: (.+?), \w+(?: '|$)/s.exec(message)?.[1] ?? message;
}
