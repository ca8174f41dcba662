import {spawnSync} from 'node:child_process';
import {lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, utimes, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';
import {removeStaleTemps, writeAtomically, writeAtomicallySync} from '../../source/core/write-atomically.js';

let folder: string;

beforeEach(async () => {
	folder = await mkdtemp(path.join(os.tmpdir(), 'ficread-atomic-'));
});

const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('writeAtomically', () => {
	it.each([
		['async', writeAtomically],
		['sync', async (file: string, data: string) => writeAtomicallySync(file, data)],
	])('replaces the file, private when new, leaving no temp file (%s)', async (_, write) => {
		const file = path.join(folder, 'a.json');
		await write(file, 'one');
		await write(file, 'two');
		expect(await readFile(file, 'utf8')).toBe('two');
		expect(await readdir(folder)).toEqual(['a.json']);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
	});

	it('with durability asked, still writes the same way', async () => {
		const file = path.join(folder, 'a.json');
		await writeAtomically(file, 'kept', {durable: true});
		expect(await readFile(file, 'utf8')).toBe('kept');
	});

	// Regression (issue 16.7): a state file kept as a link into a synced folder was replaced by a regular file.
	it.each([
		['async', writeAtomically],
		['sync', async (file: string, data: string) => writeAtomicallySync(file, data)],
	])('writes through a link (and a link to a link) to the file it leads to, beside it (%s)', async (_, write) => {
		const synced = path.join(folder, 'synced');
		await mkdir(synced);
		const target = path.join(synced, 'state.json');
		await writeFile(target, 'old');
		await symlink(target, path.join(folder, 'middle.json'));
		await symlink('middle.json', path.join(folder, 'state.json'));
		await write(path.join(folder, 'state.json'), 'new');
		expect((await lstat(path.join(folder, 'state.json'))).isSymbolicLink()).toBe(true);
		expect(await readlink(path.join(folder, 'state.json'))).toBe('middle.json');
		expect(await readFile(target, 'utf8')).toBe('new');
		expect((await readdir(synced)).sort()).toEqual(['state.json']);
	});

	it('creates the file a dangling link leads to', async () => {
		await symlink('elsewhere.json', path.join(folder, 'state.json'));
		await writeAtomically(path.join(folder, 'state.json'), 'made');
		expect(await readFile(path.join(folder, 'elsewhere.json'), 'utf8')).toBe('made');
	});
});

describe('removeStaleTemps', () => {
	it('removes the temp files of dead processes and old ones, and nothing else', async () => {
		const file = path.join(folder, 'index.json');
		const names = {
			dead: `index.json.${deadPid()}.ab12.tmp`,
			// The test runner's parent lives: a save under way in another process.
			liveFresh: `index.json.${process.ppid}.cd34.tmp`,
			liveOld: `index.json.${process.ppid}.ef56.tmp`,
			other: 'other.json.1.ab.tmp',
			unrelated: 'index.json.notes.tmp',
		};
		for (const name of Object.values(names)) await writeFile(path.join(folder, name), 'x');
		const hourAgo = new Date(Date.now() - 3_600_000);
		await utimes(path.join(folder, names.liveOld), hourAgo, hourAgo);
		await removeStaleTemps(file);
		expect((await readdir(folder)).sort()).toEqual([names.liveFresh, names.other, names.unrelated].sort());
	});

	it('looks beside the file a link leads to, and for another suffix when told', async () => {
		const synced = path.join(folder, 'synced');
		await mkdir(synced);
		await symlink(path.join(synced, 'state.json'), path.join(folder, 'state.json'));
		const orphan = `state.json.${deadPid()}.ab12.tmp`;
		const aside = `state.json.lock.${deadPid()}.cd34.stale`;
		await writeFile(path.join(synced, orphan), 'x');
		await writeFile(path.join(folder, aside), 'x');
		await removeStaleTemps(path.join(folder, 'state.json'));
		await removeStaleTemps(path.join(folder, 'state.json.lock'), {suffix: 'stale'});
		expect(await readdir(synced)).toEqual([]);
		expect(await readdir(folder)).toEqual(['state.json', 'synced']);
	});

	it('never throws, even for a folder that is not there', async () => {
		await expect(removeStaleTemps(path.join(folder, 'missing', 'x.json'))).resolves.toBeUndefined();
	});
});
