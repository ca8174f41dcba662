import {mkdtempSync, symlinkSync} from 'node:fs';
import {opendir} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkFolder, folderProblem} from '../../source/cli/check-folder.js';

const errorOpening = async (dir: string) => opendir(dir).then(async handle => handle.close(), (error: unknown) => error);

describe('checkFolder', () => {
	it('accepts a folder, and a link to one', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-folder-'));
		symlinkSync(dir, `${dir}-link`);
		await expect(checkFolder(dir)).resolves.toBeUndefined();
		await expect(checkFolder(`${dir}-link`)).resolves.toBeUndefined();
	});
});

describe('folderProblem', () => {
	it('says "no such folder" or "not a folder" in ficread\'s words, the rest in the system\'s', async () => {
		expect(folderProblem(await errorOpening('no-such-folder/x'))).toBe('no such folder');
		expect(folderProblem(await errorOpening('package.json/x'))).toBe('not a folder');
		// Root opens any folder, so a permission error is made the way Node makes one.
		const denied = Object.assign(new Error("EACCES: permission denied, opendir '/home/x/fics'"), {code: 'EACCES', syscall: 'opendir'});
		expect(folderProblem(denied)).toBe('permission denied');
		expect(folderProblem(new Error('odd'))).toBe('odd');
	});
});
