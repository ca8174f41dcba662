import {constants, mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, it, vi} from 'vitest';
import {readRegularFile, readRegularFileSync} from '../../source/core/read-regular-file.js';

// Linux answers a non-blocking open of a file under another process's lease with EAGAIN; that cannot be set up from Node, so it is faked.
const leasedError = () => Object.assign(new Error('EAGAIN: resource temporarily unavailable'), {code: 'EAGAIN'});
const nonBlocking = (flags: unknown) => typeof flags === 'number' && (flags & constants.O_NONBLOCK) !== 0;

vi.mock('node:fs/promises', async original => {
	const real = await original<typeof import('node:fs/promises')>();
	return {...real, open: vi.fn(async (file: string, flags: number) => (nonBlocking(flags) ? Promise.reject(leasedError()) : real.open(file, flags)))};
});

vi.mock('node:fs', async original => {
	const real = await original<typeof import('node:fs')>();
	return {
		...real,
		openSync: vi.fn((file: string, flags: number) => {
			if (nonBlocking(flags)) throw leasedError();
			return real.openSync(file, flags);
		}),
	};
});

it('reads a leased regular file the plain way once a non-blocking open is refused', async () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-leased-'));
	const file = path.join(dir, 'work.txt');
	writeFileSync(file, 'Title: Tide\n');
	expect(await readRegularFile(file, 'utf8')).toBe('Title: Tide\n');
	expect(readRegularFileSync(file).toString('utf8')).toBe('Title: Tide\n');
	// What is not a regular file gets the refusal, not a second open that could wait.
	await expect(readRegularFile(dir)).rejects.toMatchObject({code: 'EAGAIN'});
	expect(() => readRegularFileSync(dir)).toThrow(expect.objectContaining({code: 'EAGAIN'}));
});
