import {describe, expect, it} from 'vitest';
import {createSearchEngine, type SearchResult} from '../../../source/core/search/search-engine.js';
import {makeWork} from '../../helpers/make-work.js';

const works = [
	makeWork({path: 'c.txt', title: 'Crossing', rating: 'Mature', tags: ['Fluff']}),
	makeWork({path: 'a.txt', title: 'Anchor', rating: 'Mature', tags: ['Fluff']}),
	makeWork({path: 'b.txt', title: 'Fluff Only', rating: 'Mature', tags: ['Angst']}),
	makeWork({path: 'd.txt', title: 'Drift', rating: 'General Audiences', tags: ['Fluff']}),
];

const indices = (result: SearchResult) => (result.ok ? result.hits.map(hit => hit.index) : result.error);

// The app's works are in the order files were found; the list is in the order the user chose.
describe('ties in a search follow the order given', () => {
	const engine = createSearchEngine(works);

	it('lists a filter\'s works, all tied, in that order', () => {
		expect(indices(engine.search('rating:mature', undefined, [1, 3, 0, 2]))).toEqual([1, 0, 2]);
		expect(indices(engine.search('rating:mature', undefined, [2, 0, 3, 1]))).toEqual([2, 0, 1]);
	});

	it('keeps the rank first, breaking only ties by that order', () => {
		// The tag's works tie, the title's word ranks below them.
		const ranked = indices(engine.search('fluff', undefined, [3, 2, 1, 0]));
		expect(ranked).toEqual([3, 1, 0, 2]);
	});

	it('lists works missing from that order (other copies) after it, in array order', () => {
		expect(indices(engine.search('rating:mature', undefined, [2]))).toEqual([2, 0, 1]);
	});

	it('keeps array order without one', () => {
		expect(indices(engine.search('rating:mature'))).toEqual([0, 1, 2]);
	});
});
