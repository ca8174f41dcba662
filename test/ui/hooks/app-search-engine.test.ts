import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {createLiveLibrary} from '../../../source/core/library/live-library.js';
import {appSearchEngine} from '../../../source/ui/hooks/app-search-engine.js';
import {listedWorks} from '../../../source/ui/hooks/use-library-updates.js';
import {folderWith} from '../../helpers/folder-with.js';
import {makeWork} from '../../helpers/make-work.js';

const fic = (title: string, id: string, summary: string) => `Title: ${title}\nWork ID: ${id}\nAuthor: a\nChapters: 1/1\n\nSummary:\n${summary}\n\nWork text:\n\nA body.\n`;

const found = (engine: ReturnType<typeof appSearchEngine>, query: string): number[] => {
	const result = engine.search(query);
	if (!result.ok) throw new Error(result.error);
	return result.hits.map(hit => hit.index);
};

describe("the app's search engine", () => {
	it('finds a plain word that is only in a summary, once the summaries are given', () => {
		const works = [makeWork({path: 'a.txt', title: 'Barricade Days'}), makeWork({path: 'b.txt', title: 'Sewer Songs'})];
		expect(found(appSearchEngine(works, null), 'cosette')).toEqual([]);
		expect(found(appSearchEngine(works, new Map([['b.txt', 'Cosette sings by the window.']])), 'cosette')).toEqual([1]);
	});

	it('answers as before once prepared (prepare builds the index and warms the search up)', () => {
		const works = [makeWork({path: 'a.txt', title: 'The Barricade'}), makeWork({path: 'b.txt', title: 'Then and Now'}), makeWork({path: 'c.txt', title: 'Sewer Songs'})];
		const prepared = appSearchEngine(works, null);
		prepared.prepare();
		for (const query of ['the', 'then', 'e', 'sewer']) expect(found(prepared, query), query).toEqual(found(appSearchEngine(works, null), query));
	});

	it('passes the marks on to is: filters', () => {
		const works = [makeWork({path: 'a.txt'}), makeWork({path: 'b.txt'})];
		const result = appSearchEngine(works, null).search('is:new', work => ({mark: 'read', bookmarked: false, newChapters: work}));
		expect(result.ok && result.hits.map(hit => hit.index)).toEqual([1]);
	});

	it('gets the summaries from the library: from memory before the cache is saved, from the details cache after a restart', async () => {
		const root = await folderWith({'a.txt': fic('Barricade Days', '1', 'Enjolras waits.'), 'b.txt': fic('Sewer Songs', '2', 'Cosette sings by the window.')}, 'ficread-summaries-');
		const cacheFile = path.join(root, '..', `${path.basename(root)}-index.json`);
		const first = createLiveLibrary(root, {cacheFile});
		await first.readCache();
		await first.scan();
		expect(await first.summaries()).toEqual(new Map([['a.txt', 'Enjolras waits.'], ['b.txt', 'Cosette sings by the window.']]));
		await first.close();

		const again = createLiveLibrary(root, {cacheFile});
		await again.readCache();
		const summaries = await again.summaries();
		expect(summaries.get('b.txt')).toBe('Cosette sings by the window.');
		const {works} = listedWorks(again.snapshot());
		expect(found(appSearchEngine(works, summaries), 'cosette').map(index => works[index]!.path)).toEqual(['b.txt']);
		await again.close();
	});
});
