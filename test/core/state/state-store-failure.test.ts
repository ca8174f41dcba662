import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it, vi} from 'vitest';
import {emptyState, updateWork} from '../../../source/core/state/reading-state.js';
import {saveState} from '../../../source/core/state/state-store.js';

// The failures that matter happen after the temp file exists (disk full at
// rename, a file system error), which no real folder setup can provoke.
const failure = vi.hoisted(() => ({rename: null as Error | null}));

vi.mock('node:fs/promises', async importOriginal => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	return {
		...real,
		rename: async (from: string, to: string) => {
			if (failure.rename !== null && from.endsWith('.tmp')) {
				throw failure.rename;
			}
			return real.rename(from, to);
		},
	};
});

let folder: string;

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'ficread-state-'));
});

afterEach(async () => {
	failure.rename = null;
	await rm(folder, {recursive: true, force: true});
});

it('removes its temp file and the lock, and keeps the old file, when the rename fails', async () => {
	const file = path.join(folder, 'state.json');
	await saveState(file, updateWork(emptyState(), 'id:1', work => ({...work, mark: 'read'}), 1));
	const before = await readFile(file, 'utf8');

	failure.rename = Object.assign(new Error('no space left on device'), {code: 'ENOSPC'});
	await expect(saveState(file, updateWork(emptyState(), 'id:2', work => ({...work, mark: 'read'}), 2))).rejects.toThrow(/no space/);

	expect(await readdir(folder)).toEqual(['state.json']);
	expect(await readFile(file, 'utf8')).toBe(before);
});
