import type {Dirent} from 'node:fs';
import {opendir, stat} from 'node:fs/promises';
import path from 'node:path';
import {compareCodePoints} from '../compare-code-points.js';
import {notRegularFileCode} from '../read-regular-file.js';

/** A path the walk could not enter, with why. */
export type WalkProblem = {path: string; reason: string};

export type WalkResult = {
	/** Fic candidates, relative to the root, `/`-separated, in a stable order. */
	files: string[];
	problems: WalkProblem[];
};

export const ficExtension = /\.txt$/i;

/**
 * Lists every `*.txt` below `root`. Hidden files and folders are skipped
 * (`.DS_Store`, `.git`, sync folders), and symlinked folders are not entered,
 * so a link back up the tree cannot loop. A symlinked file is still a file.
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
		entries = await opendir(path.join(root, relative));
	} catch (error) {
		problems.push({path: relative || '.', reason: describeFsError(error)});
		return;
	}

	const folders: string[] = [];
	for await (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const child = relative ? `${relative}/${entry.name}` : entry.name;
		if (entry.isDirectory()) {
			folders.push(child);
		} else if (ficExtension.test(entry.name)) {
			// A fic name on something that cannot be read as one (a broken link, a pipe) is named, not dropped.
			const kind = await fileOrWhyNot(entry, path.join(root, child));
			if (kind === 'file') files.push(child);
			else problems.push({path: child, reason: kind});
		}
	}

	for (const folder of folders) {
		await walk(root, folder, files, problems);
	}
}

/** Whether a folder entry is a fic: a `.txt` file, or a symlink to one. */
export async function isFicFile(entry: Dirent, absolute: string): Promise<boolean> {
	return ficExtension.test(entry.name) && isFileOrLinkToOne(entry, absolute);
}

/** A file, or a symlink to one (symlinks to folders are not followed): `entry` is a folder entry or an lstat. */
export async function isFileOrLinkToOne(entry: EntryKind, absolute: string): Promise<boolean> {
	return (await fileOrWhyNot(entry, absolute)) === 'file';
}

type EntryKind = {isFile(): boolean; isSymbolicLink(): boolean};

/** `'file'` for a file or a symlink to one, else why the entry is not read as a fic. */
async function fileOrWhyNot(entry: EntryKind, absolute: string): Promise<string> {
	if (entry.isFile()) return 'file';
	if (!entry.isSymbolicLink()) return 'unreadable: not a regular file';
	try {
		const target = await stat(absolute);
		if (target.isFile()) return 'file';
		return target.isDirectory() ? 'a link to a folder, not followed' : 'unreadable: not a regular file';
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'unreadable: a broken link' : describeFsError(error);
	}
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

		case 'ELOOP': {
			return 'unreadable: a loop of symbolic links';
		}

		case 'EIO': {
			return 'unreadable: input/output error';
		}

		default: {
			return `unreadable: ${code ?? (error instanceof Error ? error.message : String(error))}`;
		}
	}
}
