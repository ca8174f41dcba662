import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pathExists} from '../../source/core/path-exists.js';
import {notRegularFileCode, readRegularFile, readRegularFileStart, readRegularFileSync, readRegularFileSyncInto} from '../../source/core/read-regular-file.js';

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

describe('readRegularFileStart', () => {
	it('reads the first bytes of a regular file, all of a shorter one, and refuses what readRegularFile refuses', async () => {
		const {file, pipe, dir} = folder();
		expect((await readRegularFileStart(file, 5)).toString('utf8')).toBe('Title');
		expect((await readRegularFileStart(file, 1000)).toString('utf8')).toBe('Title: Tide\n');
		for (const target of [pipe, '/dev/zero', dir]) await expect(readRegularFileStart(target, 10)).rejects.toMatchObject({code: notRegularFileCode});
	});
});

describe('pathExists', () => {
	it('is false only for what is known not to exist, and throws when it cannot tell', async () => {
		const {file, pipe, dir} = folder();
		for (const there of [file, pipe, dir]) expect(await pathExists(there)).toBe(true);
		expect(await pathExists(path.join(dir, 'gone.txt'))).toBe(false);
		await expect(pathExists(path.join(file, 'under-a-file'))).rejects.toMatchObject({code: 'ENOTDIR'});
	});
});

describe('readRegularFileSyncInto', () => {
	it('reads into the room it is given for the size, and on in a buffer of its own when the file holds more', () => {
		const {file, pipe} = folder();
		const room = Buffer.alloc(64);
		const asked: number[] = [];
		const read = readRegularFileSyncInto(file, size => {
			asked.push(size);
			return room;
		});
		expect(read.toString()).toBe('Title: Tide\n');
		expect(read.buffer).toBe(room.buffer);
		expect(asked).toEqual(['Title: Tide\n'.length + 1]);
		// Room smaller than the file, as when it grew after its size was taken.
		expect(readRegularFileSyncInto(file, () => Buffer.alloc(3)).toString()).toBe('Title: Tide\n');
		expect(() => readRegularFileSyncInto(pipe, size => Buffer.alloc(size))).toThrow(expect.objectContaining({code: notRegularFileCode}) as Error);
	});
});
