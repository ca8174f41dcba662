import {appendFile, mkdir, mkdtemp, rename, rm, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type LibraryChanges, type LibraryWatcher, watchLibrary, type WatchOptions} from '../../../source/core/library/watch-library.js';
import {recordChanges, type Recorder, timers, watchHandles} from './watch-recorder.js';

let root: string;
let outside: string;
const watchers: LibraryWatcher[] = [];

beforeEach(async () => {
	root = await mkdtemp(path.join(os.tmpdir(), 'ficread-watch-'));
	outside = await mkdtemp(path.join(os.tmpdir(), 'ficread-watch-outside-'));
});

afterEach(async () => {
	for (const watcher of watchers.splice(0)) watcher.close();
	await rm(root, {recursive: true, force: true});
	await rm(outside, {recursive: true, force: true});
});

async function put(relative: string, text = 'Title: T\n\nText.'): Promise<void> {
	await mkdir(path.dirname(path.join(root, relative)), {recursive: true});
	await writeFile(path.join(root, relative), text);
}

/** Watches `folder`, returning once watching has started. */
async function start(options: WatchOptions = {}, folder = root): Promise<Recorder> {
	const recorder = recordChanges();
	const watcher = watchLibrary(folder, recorder.onChange, {...options, onError: recorder.onError});
	watchers.push(watcher);
	await watcher.ready;
	recorder.watcher = watcher;
	return recorder;
}

describe.each([
	['one watcher per folder', false],
	['one recursive watcher', true],
])('watchLibrary with %s', (_name, recursive) => {
	it('reports a new fic in a nested folder, then its changes, then its deletion', async () => {
		await put('a/b/old.txt');
		const library = await start({recursive});

		await put('a/b/new.txt');
		await library.waitFor({changed: ['a/b/new.txt']});
		await appendFile(path.join(root, 'a/b/old.txt'), 'More.');
		await library.waitFor({changed: ['a/b/old.txt']});
		await rm(path.join(root, 'a/b/old.txt'));
		await library.waitFor({removed: ['a/b/old.txt']});
		expect(library.errors).toEqual([]);
	});

	it('reports a rename as the old path removed and the new one changed', async () => {
		await put('deep/folder/first.txt');
		const library = await start({recursive});

		await rename(path.join(root, 'deep/folder/first.txt'), path.join(root, 'deep/second.TXT'));
		await library.waitFor({changed: ['deep/second.TXT'], removed: ['deep/folder/first.txt']});
	});

	it('reports every fic of a folder that is moved in, renamed or moved out', async () => {
		await mkdir(path.join(outside, 'series/part'), {recursive: true});
		await writeFile(path.join(outside, 'series/one.txt'), 'one');
		await writeFile(path.join(outside, 'series/part/two.txt'), 'two');
		await writeFile(path.join(outside, 'series/cover.jpg'), 'jpg');
		const library = await start({recursive});

		await rename(path.join(outside, 'series'), path.join(root, 'series'));
		await library.waitFor({changed: ['series/one.txt', 'series/part/two.txt']});
		await rename(path.join(root, 'series'), path.join(root, 'renamed'));
		await library.waitFor({changed: ['renamed/one.txt', 'renamed/part/two.txt'], removed: ['series/one.txt', 'series/part/two.txt']});
		// As a file manager deletes: into a trash folder elsewhere.
		await rename(path.join(root, 'renamed'), path.join(outside, 'trash'));
		await library.waitFor({removed: ['renamed/one.txt', 'renamed/part/two.txt']});
		expect(library.allPaths()).not.toContain('series/cover.jpg');
	});

	it('keeps watching a folder that was deleted and made again', async () => {
		await put('shelf/old.txt');
		const library = await start({recursive});

		await rm(path.join(root, 'shelf'), {recursive: true});
		await put('shelf/new.txt');
		await library.waitFor({changed: ['shelf/new.txt'], removed: ['shelf/old.txt']});
		// Only a watcher on the new folder sees this: nothing happens to the folder itself.
		await put('shelf/newer.txt');
		await library.waitFor({changed: ['shelf/newer.txt']});
	});

	it('follows links to files but not to folders, as the scan does', async () => {
		await mkdir(path.join(outside, 'elsewhere'));
		await writeFile(path.join(outside, 'elsewhere/linked.txt'), 'Text.');
		const library = await start({recursive});

		await symlink(path.join(outside, 'elsewhere'), path.join(root, 'folder-link'));
		await symlink(path.join(outside, 'elsewhere/linked.txt'), path.join(root, 'file-link.txt'));
		await library.waitFor({changed: ['file-link.txt']});
		expect(library.allPaths()).toEqual(['file-link.txt']);
	});

	it('watches a library reached through a symlink', async () => {
		const link = path.join(outside, 'library-link');
		await symlink(root, link);
		const library = await start({recursive}, link);

		await put('through-link.txt');
		await library.waitFor({changed: ['through-link.txt']});
		expect(library.errors).toEqual([]);
	});

	// Regression: fs.watch gave a name that is not UTF-8 as a string with U+FFFD in it, naming no file, so a
	// new `café.txt` written in Latin-1 (or anything in a new folder `dir_\xff`) appeared only at the next start.
	it('reports fics whose names are not UTF-8 by their bytes, as the scan keeps them', async () => {
		await put('old.txt');
		const library = await start({recursive});
		const latin1 = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('.txt')]);
		await writeFile(latin1, 'Title: T\n\nText.');
		await library.waitFor({changed: ['caf\uDCE9.txt']});
		const folder = Buffer.concat([Buffer.from(`${root}/dir_`), Buffer.from([0xff])]);
		await mkdir(folder);
		await writeFile(Buffer.concat([folder, Buffer.from('/inside.txt')]), 'Title: T\n\nText.');
		await library.waitFor({changed: ['dir_\uDCFF/inside.txt']});
		await rm(latin1);
		await library.waitFor({removed: ['caf\uDCE9.txt']});
		expect(library.allPaths().filter(relative => relative.includes('\uFFFD'))).toEqual([]);
		expect(library.errors).toEqual([]);
	});

	it('does not report hidden files, files in hidden folders, or files that are not .txt', async () => {
		const library = await start({recursive});

		await put('.hidden.txt');
		await put('.git/objects/x.txt');
		await put('sub/.swap.txt');
		await put('cover.jpg');
		await put('notes.md');
		await put('sub/fic.txt.part');
		await rm(path.join(root, '.hidden.txt'));
		// Events arrive in order, so once this one is reported, any report of the others would have been too.
		await put('sentinel.txt');
		await library.waitFor({changed: ['sentinel.txt']});
		expect(library.allPaths()).toEqual(['sentinel.txt']);
	});

	it('coalesces a burst of writes into one report', async () => {
		const library = await start({recursive, debounceMs: 500});

		for (let piece = 0; piece < 40; piece++) await appendFile(path.join(root, 'download.txt'), `Piece ${piece}.\n`);
		await put('other.txt');
		await library.waitFor({changed: ['download.txt', 'other.txt']});
		expect(library.reports).toEqual<LibraryChanges[]>([{changed: ['download.txt', 'other.txt'], removed: []}]);
	});

	it('reports nothing after close, and leaves no watcher behind', async () => {
		const before = await watchHandles();
		const closed = await start({recursive});
		const witness = await start({recursive});
		expect(await watchHandles()).toBeGreaterThan(before);

		closed.watcher?.close();
		await put('after-close.txt');
		// The witness watches the same folder with the same delay: once it has reported, the closed one would have too.
		await witness.waitFor({changed: ['after-close.txt']});
		witness.watcher?.close();
		expect(closed.reports).toEqual([]);
		expect(await watchHandles()).toBe(before);
	});

	it('drops a report still waiting for its delay when closed, and its timer with it', async () => {
		const before = await timers();
		const library = await start({recursive, debounceMs: 60_000});
		await put('pending.txt');
		// The long delay is pending once the event has come in; a timer is how that shows.
		while ((await timers()) === before) await new Promise(resolve => setImmediate(resolve));
		library.watcher?.close();
		expect(await timers()).toBe(before);
		expect(library.reports).toEqual([]);
	});

	it('reports the fics of a removed library folder, then stops once with an error', async () => {
		await put('a.txt');
		await put('sub/b.txt');
		const before = await watchHandles();
		const library = await start({recursive});

		await rename(root, path.join(outside, 'library'));
		await library.waitFor({removed: ['a.txt', 'sub/b.txt']});
		await library.waitForError();
		expect(library.errors).toHaveLength(1);
		expect(library.errors[0]).toContain('removed');
		expect(library.errors[0]).not.toContain('\n');
		expect(await watchHandles()).toBe(before);
	});
});

describe('watchLibrary on a folder that does not exist', () => {
	it('reports an error once and is ready at once', async () => {
		const recorder = recordChanges();
		const watcher = watchLibrary(path.join(root, 'missing'), recorder.onChange, {onError: recorder.onError});
		watchers.push(watcher);
		await watcher.ready;
		expect(recorder.errors).toHaveLength(1);
		expect(recorder.errors[0]).toContain(path.join(root, 'missing'));
	});
});
