import {execFileSync, spawn} from 'node:child_process';
import {lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile} from 'node:fs/promises';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {emptyState, getWork, type StateFile, updateWork} from '../../../source/core/state/reading-state.js';
import {isStateFile} from '../../../source/core/state/state-file-shape.js';
import {createStateSaver, loadState, saveState} from '../../../source/core/state/state-store.js';

let folder: string;
let file: string;

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'ficread-state-'));
	file = path.join(folder, 'state.json');
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

function withWork(state: StateFile, key: string, paragraph: number, now = Date.now()): StateFile {
	return updateWork(state, key, work => ({...work, position: {paragraph, char: 0}, mark: 'reading', lastOpened: now}), now);
}

async function readJson(target: string): Promise<unknown> {
	return JSON.parse(await readFile(target, 'utf8'));
}

describe('loadState', () => {
	it('gives empty state and no warning for a missing file', async () => {
		expect(await loadState(file)).toEqual({state: emptyState(), warning: null});
		expect(await readdir(folder)).toEqual([]);
	});

	it('reads what saveState wrote', async () => {
		const state = withWork(emptyState(), 'id:1', 3);
		await saveState(file, state);
		expect(await loadState(file)).toEqual({state, warning: null});
	});

	it.each([
		['not JSON', '{"version":1,"works":{'],
		['an empty file', ''],
		['the wrong shape', '{"version":1,"works":{"id:1":{"mark":"finished"}}}'],
		['another version', '{"version":2,"works":{}}'],
	])('moves aside %s with its bytes intact, warns, and starts empty', async (_name, bytes) => {
		await writeFile(file, bytes);
		const {state, warning} = await loadState(file);
		expect(state).toEqual(emptyState());

		const names = await readdir(folder);
		expect(names).toHaveLength(1);
		const aside = path.join(folder, names[0]!);
		expect(names[0]).toMatch(/^state\.json\.corrupt-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z$/);
		expect(await readFile(aside, 'utf8')).toBe(bytes);
		expect(warning).toContain(file);
		expect(warning).toContain(aside);
		expect(warning).not.toContain('\n');

		// The next start is quiet: the warning is given once.
		expect((await loadState(file)).warning).toBeNull();
	});

	it('never overwrites an earlier corrupt copy', async () => {
		await writeFile(file, 'first');
		await loadState(file);
		await writeFile(file, 'second');
		await loadState(file);
		await writeFile(file, 'third');
		await loadState(file);
		const contents = await Promise.all((await readdir(folder)).map(name => readFile(path.join(folder, name), 'utf8')));
		expect(contents.sort()).toEqual(['first', 'second', 'third']);
	});

	it('throws, and moves nothing, when the file cannot be read', async () => {
		await mkdir(file);
		await expect(loadState(file)).rejects.toThrow();
		expect(await readdir(folder)).toEqual(['state.json']);
	});
});

describe('saveState', () => {
	it('creates the folder private, writes valid JSON, leaves no temp or lock file', async () => {
		const nested = path.join(folder, 'a', 'b', 'state.json');
		await saveState(nested, withWork(emptyState(), 'id:1', 1));
		expect(isStateFile(await readJson(nested))).toBe(true);
		expect(await readdir(path.dirname(nested))).toEqual(['state.json']);
		if (process.platform !== 'win32') {
			expect((await stat(path.dirname(nested))).mode & 0o777).toBe(0o700);
			expect((await stat(nested)).mode & 0o777).toBe(0o600);
		}
	});

	it('merges with the file instead of replacing it, and returns the merged state', async () => {
		await saveState(file, withWork(emptyState(), 'id:other', 7));
		const merged = await saveState(file, withWork(emptyState(), 'id:mine', 1));
		expect(Object.keys(merged.works).sort()).toEqual(['id:mine', 'id:other']);
		expect(await readJson(file)).toEqual(merged);
	});

	it('moves aside a corrupt file found at save time, and tells', async () => {
		await writeFile(file, 'garbage');
		const warnings: string[] = [];
		await saveState(file, withWork(emptyState(), 'id:1', 1), {onWarning: message => warnings.push(message)});
		expect(warnings).toHaveLength(1);
		const names = (await readdir(folder)).sort();
		expect(names).toEqual(['state.json', expect.stringMatching(/^state\.json\.corrupt-/)]);
		expect(await readFile(path.join(folder, names[1]!), 'utf8')).toBe('garbage');
	});

	it('refuses to write a state loadState would reject, and leaves the file alone', async () => {
		await saveState(file, withWork(emptyState(), 'id:1', 1));
		const before = await readFile(file, 'utf8');
		const bad = {version: 1, works: {'id:2': {...getWork(emptyState(), 'id:2'), position: {paragraph: Number.NaN, char: 0}}}} as const;
		await expect(saveState(file, bad as unknown as StateFile)).rejects.toThrow(TypeError);
		expect(await readFile(file, 'utf8')).toBe(before);
		expect(await readdir(folder)).toEqual(['state.json']);
	});

	it('removes temp files left by a killed writer', async () => {
		await writeFile(`${file}.99999.abcdef.tmp`, '{"version":1,"wo');
		await writeFile(path.join(folder, 'unrelated.tmp'), 'keep me');
		await saveState(file, withWork(emptyState(), 'id:1', 1));
		expect((await readdir(folder)).sort()).toEqual(['state.json', 'unrelated.tmp']);
	});

	it('does not rewrite the file when the merge changes nothing', async () => {
		const state = withWork(emptyState(), 'id:1', 1);
		await saveState(file, state);
		const before = (await stat(file)).ino;
		await saveState(file, state);
		expect((await stat(file)).ino).toBe(before);
	});

	it('takes over the lock of a dead process at once, and a live but old lock after staleLockMs', async () => {
		// Pid 2^22+1 is above Linux's pid_max default, so no such process runs.
		await writeFile(`${file}.lock`, `4194305 ${hostname()} deadbeef`);
		// With a stale age far beyond the test's timeout, only "the owner is dead" can free this lock.
		await saveState(file, withWork(emptyState(), 'id:1', 1), {staleLockMs: 600_000});

		await writeFile(`${file}.lock`, `${process.pid} ${hostname()} hung`);
		await saveState(file, withWork(emptyState(), 'id:2', 1), {staleLockMs: 300});
		expect(await readdir(folder)).toEqual(['state.json']);
	});

	it('gives up with an error when the lock stays held', async () => {
		await writeFile(`${file}.lock`, `${process.pid} ${hostname()} busy`);
		await expect(saveState(file, emptyState(), {lockTimeoutMs: 200})).rejects.toThrow(/could not lock/);
		expect(await readFile(`${file}.lock`, 'utf8')).toContain('busy');
	});

	it('loses no update when two holders of separate in-memory states save interleaved', async () => {
		let a = emptyState();
		let b = emptyState();
		const rounds = 40;
		const run = async (name: 'a' | 'b') => {
			for (let i = 0; i < rounds; i++) {
				const now = Date.now();
				const change = (state: StateFile) =>
					updateWork(
						withWork(state, `id:${name}-${i}`, i, now),
						'id:shared',
						work => ({
							...work,
							bookmarks: [...work.bookmarks, {id: `${name}-${i}`, position: {paragraph: i, char: 0}, createdAt: now, excerpt: ''}],
						}),
						now,
					);
				if (name === 'a') {
					a = await saveState(file, change(a));
				} else {
					b = await saveState(file, change(b));
				}
			}
		};
		await Promise.all([run('a'), run('b')]);
		const {state} = await loadState(file);
		expect(Object.keys(state.works)).toHaveLength(2 * rounds + 1);
		expect(getWork(state, 'id:shared').bookmarks).toHaveLength(2 * rounds);
		expect(await readdir(folder)).toEqual(['state.json']);
	});

	it('loses no update when two processes save at the same time', async () => {
		const worker = fileURLToPath(new URL('save-worker.ts', import.meta.url));
		const count = 30;
		const runWorker = (name: string) =>
			new Promise<void>((resolve, reject) => {
				const child = spawn(process.execPath, ['--import', 'tsx', worker, file, name, String(count)], {stdio: ['ignore', 'ignore', 'pipe']});
				let stderr = '';
				child.stderr.on('data', chunk => (stderr += chunk));
				child.on('error', reject);
				child.on('exit', code => (code === 0 ? resolve() : reject(new Error(`worker ${name} exited ${code}: ${stderr}`))));
			});
		await Promise.all([runWorker('a'), runWorker('b')]);

		const {state, warning} = await loadState(file);
		expect(warning).toBeNull();
		for (const name of ['a', 'b']) {
			for (let i = 0; i < count; i++) {
				expect(getWork(state, `id:${name}-${i}`).mark).toBe('read');
			}
		}
		expect(getWork(state, 'id:shared').bookmarks).toHaveLength(2 * count);
		expect(await readdir(folder)).toEqual(['state.json']);
	});
});

describe('a state file kept as a link', () => {
	// Regression (issue 16.7): the save replaced the link with a regular file, and the synced copy stopped changing.
	it('is saved through the link, which stays', async () => {
		const synced = path.join(folder, 'synced');
		await mkdir(synced);
		await saveState(path.join(synced, 'state.json'), withWork(emptyState(), 'id:1', 1));
		await symlink(path.join(synced, 'state.json'), file);
		const merged = await saveState(file, withWork(emptyState(), 'id:2', 1));
		expect((await lstat(file)).isSymbolicLink()).toBe(true);
		expect(await readJson(path.join(synced, 'state.json'))).toEqual(merged);
		expect(Object.keys(merged.works).sort()).toEqual(['id:1', 'id:2']);
		expect(await readdir(synced)).toEqual(['state.json']);
	});
});

describe('files a killed process left', () => {
	// Regression (issue 16.1): a kill -9 during a lock takeover left `state.json.lock.<pid>.<hex>.stale` for good.
	it('are removed by the next start: a lock set aside and a temp file', async () => {
		const dead = execFileSync(process.execPath, ['-p', 'process.pid'], {encoding: 'utf8'}).trim();
		await writeFile(`${file}.lock.${dead}.0123abcd.stale`, `${dead} ${hostname()} 00`);
		await writeFile(`${file}.${dead}.4567ef.tmp`, '{"version":1');
		await loadState(file);
		await expect.poll(async () => readdir(folder)).toEqual([]);
	});
});

describe('createStateSaver', () => {
	it('coalesces scheduled states into one save', async () => {
		const saved: StateFile[] = [];
		const saver = createStateSaver(file, {delayMs: 30, onSaved: merged => saved.push(merged)});
		let state = emptyState();
		for (let i = 0; i < 5; i++) {
			state = withWork(state, 'id:1', i);
			saver.schedule(state);
		}
		await vi.waitFor(() => expect(saved).toHaveLength(1));
		expect(getWork((await loadState(file)).state, 'id:1').position).toEqual({paragraph: 4, char: 0});
		await saver.flush();
		expect(saved).toHaveLength(1);
	});

	it('saves during steady scheduling instead of waiting for a pause', async () => {
		const saved: StateFile[] = [];
		const saver = createStateSaver(file, {delayMs: 20, onSaved: merged => saved.push(merged)});
		let state = emptyState();
		for (let i = 0; i < 40 && saved.length === 0; i++) {
			state = withWork(state, 'id:1', i);
			saver.schedule(state);
			await new Promise(resolve => setTimeout(resolve, 10));
		}
		expect(saved.length).toBeGreaterThan(0);
		await saver.flush();
	});

	it('flush saves at once what is pending', async () => {
		const saver = createStateSaver(file, {delayMs: 60_000});
		saver.schedule(withWork(emptyState(), 'id:1', 9));
		await saver.flush();
		expect(getWork((await loadState(file)).state, 'id:1').position).toEqual({paragraph: 9, char: 0});
	});

	it('flush rejects when the save fails, and keeps the state for a retry', async () => {
		await mkdir(file);
		const saver = createStateSaver(file, {delayMs: 60_000});
		saver.schedule(withWork(emptyState(), 'id:1', 9));
		await expect(saver.flush()).rejects.toThrow();
		await rm(file, {recursive: true});
		await saver.flush();
		expect(getWork((await loadState(file)).state, 'id:1').position).toEqual({paragraph: 9, char: 0});
	});

	it('reports a failed timer save to onError', async () => {
		await mkdir(file);
		const errors: unknown[] = [];
		const saver = createStateSaver(file, {delayMs: 10, onError: error => errors.push(error)});
		saver.schedule(emptyState());
		await vi.waitFor(() => expect(errors).toHaveLength(1));
	});
});

describe('a state path that is not a regular file', () => {
	// Regression: loading waited for a writer to the pipe, so ficread never started (and could not exit).
	it('is refused when loading and never replaced when saving', async () => {
		execFileSync('mkfifo', [file]);
		await expect(loadState(file)).rejects.toThrow('not a regular file');
		await expect(saveState(file, withWork(emptyState(), 'id:1', 3))).rejects.toThrow('not a regular file');
		expect((await stat(file)).isFIFO()).toBe(true);
	});
});
