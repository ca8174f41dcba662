import {describe, expect, it} from 'vitest';
import {copiesOf} from '../../../source/core/work-copies.js';
import {sidebarLines} from '../../../source/ui/lines/sidebar-lines.js';
import {initialState} from '../../../source/ui/state/app-state.js';
import {orderFor} from '../../../source/ui/state/list-model.js';
import {update} from '../../../source/ui/state/update.js';
import {emptyState} from '../../../source/core/state/reading-state.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay} from './update-fixtures.js';

// Issue 18.8 / 15.4: files with the same Work ID are one row; the sidebar lists every copy.
describe('duplicate copies', () => {
	const works = [
		makeWork({path: 'b.epub', format: 'ao3-epub', id: '7', title: 'Bees'}),
		makeWork({path: 'a.txt', id: '1', title: 'Alone'}),
		makeWork({path: 'b.txt', id: '7', title: 'Bees', duplicateOf: 'b.epub'}),
		makeWork({path: 'b.html', format: 'ao3-html', id: '7', title: 'Bees', duplicateOf: 'b.epub'}),
	];
	const stateKeys = works.map(work => `id:${work.id!}`);

	it('lists a work once, as its primary copy', () => {
		expect(orderFor(works, stateKeys, emptyState(), 'title')).toEqual([1, 0]);
	});

	it('drops the other copies from search results', () => {
		const state = replay(initialState({works, columns: 120, rows: 40, sortedOrder: orderFor(works, stateKeys, emptyState(), 'title')}), keys('/', 'b'));
		const hits = [0, 2, 3].map(index => ({index, score: 0, matches: []}));
		const searched = update(state, {type: 'search-result', query: 'b', result: {ok: true, hits}, works, now: 1});
		expect(searched.list.order).toEqual([0]);
	});

	it('lists every copy, primary first, with its format, in the sidebar', () => {
		const copies = copiesOf(works, works[2]!);
		expect(copies.map(copy => copy.path)).toEqual(['b.epub', 'b.txt', 'b.html']);
		const text = sidebarLines(works[0]!, null, 60, [], copiesOf(works, works[0]!)).map(line => line.text);
		expect(text).toContain('3 copies');
		expect(text).toEqual(expect.arrayContaining(['b.epub (ao3-epub)', 'b.txt (ao3-text)', 'b.html (ao3-html)']));
		expect(sidebarLines(works[1]!, null, 60, [], copiesOf(works, works[1]!)).map(line => line.text)).toEqual(expect.arrayContaining(['File', 'a.txt']));
	});

	// The copies are looked up in an index made once per library: a changed library (a new array) is indexed anew.
	it('finds the copies of a library that changed since', () => {
		expect(copiesOf(works, works[1]!)).toEqual([works[1]]);
		const grown = [...works, makeWork({path: 'a.epub', format: 'ao3-epub', id: '1', title: 'Alone', duplicateOf: 'a.txt'})];
		expect(copiesOf(grown, grown[1]!).map(copy => copy.path)).toEqual(['a.txt', 'a.epub']);
		expect(copiesOf(works, works[1]!)).toEqual([works[1]]);
		// A work the library does not hold has no copies in it.
		expect(copiesOf(works, makeWork({path: 'elsewhere.txt', id: '7'}))).toHaveLength(1);
	});

	it('keeps every hit of a library without copies', () => {
		const single = works.filter(work => work.duplicateOf === null);
		const singleKeys = single.map(work => `id:${work.id!}`);
		const state = replay(initialState({works: single, stateKeys: singleKeys, columns: 120, rows: 40, sortedOrder: orderFor(single, singleKeys, emptyState(), 'title')}), keys('/', 'b'));
		const hits = [1, 0].map(index => ({index, score: 0, matches: []}));
		const searched = update(state, {type: 'search-result', query: 'b', result: {ok: true, hits}, works: single, now: 1});
		expect(searched.list.order).toEqual([1, 0]);
		expect(searched.list.hits).toBe(hits);
	});
});
