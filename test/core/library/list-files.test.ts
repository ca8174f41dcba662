import {utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {listFiles, loadListingCaches} from '../../../source/core/library/list-files.js';
import {scanLibrary} from '../../../source/core/library/scan-library.js';
import {folderWith} from '../../helpers/folder-with.js';

const work = (title: string, chapters = '1/1') => `Title: ${title}\nWork ID: 77\nAuthor: Someone\nChapters: ${chapters}\n\nSummary:\nA short one.\n\nChapter 1\n\nText.\n`;

describe('listFiles', () => {
	it('lists only the files asked for, each with its details, from the caches while a file is unchanged', async () => {
		const dir = await folderWith({'a.txt': work('Apple'), 'b.txt': 'Title: Bread\n\nText.\n', 'empty.txt': ''});
		const cacheFile = path.join(await folderWith({}), 'index.json');
		// Whole seconds, which every file system keeps as they are.
		const time = 1_700_000_000;
		await utimes(path.join(dir, 'a.txt'), time, time);
		await scanLibrary(dir, {cacheFile});
		// Same size and time, other words: only the cache can still say Apple.
		await writeFile(path.join(dir, 'a.txt'), work('Apric'));
		await utimes(path.join(dir, 'a.txt'), time, time);
		const listed = await listFiles(dir, ['a.txt', 'empty.txt'], await loadListingCaches(dir, cacheFile));
		expect(listed.works.map(found => [found.meta.title, found.details.summary])).toEqual([['Apple', 'A short one.']]);
		expect(listed.skipped).toEqual([{path: 'empty.txt', reason: 'empty file'}]);
		// Without the caches, or once the file has changed, it is read.
		expect((await listFiles(dir, ['a.txt'], await loadListingCaches(dir, null))).works[0]!.meta.title).toBe('Apric');
		await writeFile(path.join(dir, 'a.txt'), work('Apricot'));
		expect((await listFiles(dir, ['a.txt'], await loadListingCaches(dir, cacheFile))).works[0]!.meta.title).toBe('Apricot');
	});

	it('tells copies of a work apart among the files asked for, and names a file gone since', async () => {
		const dir = await folderWith({'old.txt': work('Salt', '1/2'), 'new.txt': work('Salt', '2/2')});
		const listed = await listFiles(dir, ['new.txt', 'old.txt', 'gone.txt'], await loadListingCaches(dir, null));
		expect(listed.works.map(found => [found.meta.path, found.meta.duplicateOf])).toEqual([
			['new.txt', null],
			['old.txt', 'new.txt'],
		]);
		expect(listed.skipped).toEqual([{path: 'gone.txt', reason: expect.stringContaining('disappeared') as string}]);
	});

	it('marks a file a copy of one the index knows, though that one was not asked for (as the list shows them)', async () => {
		const dir = await folderWith({'old.txt': work('Salt', '1/2'), 'new.txt': work('Salt', '2/2')});
		const cacheFile = path.join(await folderWith({}), 'index.json');
		await scanLibrary(dir, {cacheFile});
		const listed = await listFiles(dir, ['old.txt'], await loadListingCaches(dir, cacheFile));
		expect(listed.works.map(found => [found.meta.path, found.meta.duplicateOf])).toEqual([['old.txt', 'new.txt']]);
		// A copy changed since the index was written is not taken on its word.
		await writeFile(path.join(dir, 'new.txt'), work('Salt', '2/2') + 'More.\n');
		expect((await listFiles(dir, ['old.txt'], await loadListingCaches(dir, cacheFile))).works[0]!.meta.duplicateOf).toBeNull();
	});
});
