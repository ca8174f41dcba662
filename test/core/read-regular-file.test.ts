import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {notRegularFileCode, readRegularFile, readRegularFileSync} from '../../source/core/read-regular-file.js';

/** A folder holding a regular file and a named pipe that nothing ever writes to. */
function folder(): {file: string; pipe: string; dir: string} {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-regular-'));
	const file = path.join(dir, 'work.txt');
	writeFileSync(file, 'Title: Tide\n');
	const pipe = path.join(dir, 'pipe.txt');
	execFileSync('mkfifo', [pipe]);
	return {file, pipe, dir};
}

describe('readRegularFile', () => {
	it('reads a regular file as bytes or text', async () => {
		const {file} = folder();
		expect((await readRegularFile(file)).toString('utf8')).toBe('Title: Tide\n');
		expect(await readRegularFile(file, 'utf8')).toBe('Title: Tide\n');
		expect(readRegularFileSync(file).toString('utf8')).toBe('Title: Tide\n');
	});

	// A plain readFile of the pipe waits for a writer that never comes: the test would time out.
	it('refuses a named pipe, a device and a folder at once instead of waiting on them', async () => {
		const {pipe, dir} = folder();
		for (const target of [pipe, '/dev/zero', dir]) {
			await expect(readRegularFile(target)).rejects.toMatchObject({code: notRegularFileCode, message: 'not a regular file'});
			expect(() => readRegularFileSync(target)).toThrow(expect.objectContaining({code: notRegularFileCode}));
		}
	});

	it('passes on why a file cannot be opened', async () => {
		const {dir} = folder();
		await expect(readRegularFile(path.join(dir, 'gone.txt'))).rejects.toMatchObject({code: 'ENOENT'});
	});
});
