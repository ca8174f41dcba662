import type {FSWatcher} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {type LibraryWatcher, watchLibrary, type WatchOptions} from '../../../source/core/library/watch-library.js';
import {recordChanges, type Recorder, watchHandles} from './watch-recorder.js';

// `fs.watch` fails on demand, as it does when the system's inotify watches run out.
const fake = vi.hoisted(() => ({calls: 0, failFrom: Number.POSITIVE_INFINITY, code: 'ENOSPC', created: [] as FSWatcher[]}));

vi.mock('node:fs', async importOriginal => {
	const actual = await importOriginal<typeof import('node:fs')>();
	return {
		...actual,
		watch: (...parameters: Parameters<typeof actual.watch>) => {
			if (++fake.calls >= fake.failFrom) throw Object.assign(new Error(`${fake.code}: watch failed`), {code: fake.code});
			const watcher = actual.watch(...parameters);
			fake.created.push(watcher);
			return watcher;
		},
	};
});

let root: string;
const watchers: LibraryWatcher[] = [];

beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'ficread-watch-errors-'));
	for (const folder of ['a', 'b', 'c/d']) {
		await mkdir(path.join(root, folder), {recursive: true});
		await writeFile(path.join(root, folder, 'fic.txt'), 'Text.');
	}
	Object.assign(fake, {calls: 0, failFrom: Number.POSITIVE_INFINITY, code: 'ENOSPC', created: []});
});

afterEach(async () => {
	for (const watcher of watchers.splice(0)) watcher.close();
	await rm(root, {recursive: true, force: true});
});

async function start(options: WatchOptions = {}, onChange?: Recorder['onChange']): Promise<Recorder> {
	const recorder = recordChanges();
	const watcher = watchLibrary(root, onChange ?? recorder.onChange, {...options, onError: recorder.onError});
	watchers.push(watcher);
	recorder.watcher = watcher;
	await watcher.ready;
	return recorder;
}

describe('watchLibrary when watching fails', () => {
	it.each(['ENOSPC', 'EMFILE'])('stops, closing every watcher, and says why once, when %s hits during the first walk', async code => {
		const before = await watchHandles();
		Object.assign(fake, {failFrom: 3, code});
		const library = await start({recursive: false});
		expect(library.errors).toHaveLength(1);
		expect(library.errors[0]).toContain(code);
		expect(library.errors[0]).toContain(root);
		expect(library.errors[0]).not.toContain('\n');
		expect(await watchHandles()).toBe(before);
	});

	it('stops and says why when the limit is reached by a folder that appears later', async () => {
		const before = await watchHandles();
		const library = await start({recursive: false});
		fake.failFrom = fake.calls + 1;
		await mkdir(path.join(root, 'new'));
		await library.waitForError();
		expect(library.errors).toEqual([expect.stringContaining('max_user_watches')]);
		expect(await watchHandles()).toBe(before);
	});

	it('stops and says why when the recursive watcher cannot start', async () => {
		fake.failFrom = 1;
		const library = await start({recursive: true});
		expect(library.errors).toEqual([expect.stringContaining('ENOSPC')]);
	});

	it.each([false, true])('stops once, without throwing, on error events (recursive: %s)', async recursive => {
		const before = await watchHandles();
		const library = await start({recursive});
		const emitted = fake.created[0]!;
		emitted.emit('error', Object.assign(new Error('EIO: i/o error, watch'), {code: 'EIO'}));
		emitted.emit('error', Object.assign(new Error('EIO: i/o error, watch'), {code: 'EIO'}));
		expect(library.errors).toEqual([expect.stringContaining('EIO: i/o error')]);
		expect(await watchHandles()).toBe(before);
	});

	it('stops and says why when the change handler throws, rather than crash', async () => {
		const library = await start({recursive: false}, () => {
			throw new Error('handler bug');
		});
		await writeFile(path.join(root, 'a', 'new.txt'), 'Text.');
		await library.waitForError();
		expect(library.errors).toEqual([expect.stringContaining('handler bug')]);
	});
});
