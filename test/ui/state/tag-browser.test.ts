import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../../source/core/search/search-engine.js';
import {type AppState, initialState, inputContext} from '../../../source/ui/state/app-state.js';
import {highlightedFacet} from '../../../source/ui/state/tag-browser-model.js';
import {tagBrowserCapacity} from '../../../source/ui/state/tag-browser-update.js';
import {update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay} from './update-fixtures.js';

const works = [
	makeWork({path: 'a.txt', title: 'Alpha', rating: 'Teen And Up Audiences', fandoms: ['Les Misérables'], tags: ['Slow Burn', 'Fluff']}),
	makeWork({path: 'b.txt', title: 'Beta', rating: 'Explicit', fandoms: ['Les Misérables'], tags: ['Slow Burn', 'Angst']}),
	makeWork({path: 'c.txt', title: 'Gamma', rating: 'Teen And Up Audiences', fandoms: ['Harry Potter'], tags: ['Angst', 'Slow Burn', 'Fluff']}),
	makeWork({path: 'd.txt', title: 'Delta', fandoms: ['Harry Potter'], tags: ['Zebra']}),
];

const start = (): AppState => initialState({works, columns: 100, rows: 30, sortedOrder: works.map((_, index) => index)});

/** What the browser shows, top to bottom, as `kind:value:count`. */
function shown(state: AppState): string[] {
	const browser = state.overlay?.kind === 'tags' ? state.overlay.browser : undefined;
	return browser ? browser.shown.map(index => browser.facets[index]!).map(facet => `${facet.kind}:${facet.value}:${facet.count}`) : [];
}

/** The query's result, as the search hook would deliver it. */
function searched(state: AppState): AppState {
	return update(state, {type: 'search-result', query: state.search.query, result: createSearchEngine(works).search(state.search.query), works: state.works, now: 1_000});
}

describe('update: the tag browser', () => {
	it('opens with # on the list, counted over every work, most carried first', () => {
		const open = replay(start(), keys('#'));
		expect(inputContext(open)).toBe('tags');
		expect(shown(open).slice(0, 4)).toEqual(['tag:Slow Burn:3', 'tag:Angst:2', 'tag:Fluff:2', 'fandom:Harry Potter:2']);
		expect(shown(open)).toHaveLength(8);
	});

	it('counts over the current result only', () => {
		const narrowed = searched(replay(start(), [...keys('/', 'Z', 'e', 'b', 'r', 'a', 'tab')]));
		expect(narrowed.list.order).toEqual([3]);
		expect(shown(replay(narrowed, keys('#')))).toEqual(['fandom:Harry Potter:1', 'tag:Zebra:1']);
	});

	it('filters by what is typed (case and accents aside), Backspace and Ctrl-U undo it', () => {
		const typed = replay(start(), keys('#', 'M', 'I', 'S', 'E'));
		expect(shown(typed)).toEqual(['fandom:Les Misérables:2']);
		// Printable keys are text here: q and ? do not quit or open the help.
		expect(shown(replay(start(), keys('#', 'q', '?')))).toEqual([]);
		expect(replay(start(), keys('#', 'q')).quitting).toBe(false);
		expect(shown(replay(typed, keys('backspace')))).toEqual(['fandom:Les Misérables:2']);
		expect(shown(replay(typed, keys('ctrl+u')))).toHaveLength(8);
	});

	it('sorts by name with Tab and back by count, keeping the highlighted entry', () => {
		const byName = replay(start(), keys('#', 'down', 'down', 'tab'));
		expect(shown(byName).slice(0, 3)).toEqual(['tag:Angst:2', 'rating:Explicit:1', 'tag:Fluff:2']);
		const browser = byName.overlay?.kind === 'tags' ? byName.overlay.browser : undefined;
		expect(highlightedFacet(browser!)?.value).toBe('Fluff');
		expect(browser?.selected).toBe(2);
		expect(shown(replay(byName, keys('tab')))[0]).toBe('tag:Slow Burn:3');
	});

	it('Enter narrows the search to the highlighted label and closes', () => {
		const chosen = replay(start(), keys('#', 's', 'l', 'o', 'w', 'enter'));
		expect(chosen.overlay).toBeNull();
		expect(chosen.search.query).toBe('tag:"Slow Burn"');
		expect(searched(chosen).list.order.sort()).toEqual([0, 1, 2]);
	});

	it('the exclude key (Ctrl-X) drops the works carrying it, added to the query there was', () => {
		const narrowed = searched(replay(start(), keys('/', 'f', 'a', 'n', 'd', 'o', 'm', ':', 'h', 'a', 'r', 'r', 'y', 'tab')));
		expect(narrowed.list.order.sort()).toEqual([2, 3]);
		const excluded = replay(narrowed, keys('#', 'z', 'e', 'b', 'ctrl+x'));
		expect(excluded.search.query).toBe('fandom:harry !tag:"Zebra"');
		expect(searched(excluded).list.order).toEqual([2]);
		const rated = replay(start(), keys('#', 't', 'e', 'e', 'n', 'enter'));
		expect(rated.search.query).toBe('rating:"Teen And Up Audiences"');
		expect(searched(rated).list.order.sort()).toEqual([0, 2]);
	});

	it('Enter with nothing shown does nothing; Esc closes and leaves the query', () => {
		const none = replay(start(), keys('#', 'x', 'y', 'z', 'enter'));
		expect(none.overlay?.kind).toBe('tags');
		expect(none.search.query).toBe('');
		expect(replay(none, keys('esc')).overlay).toBeNull();
	});

	it('keeps the highlight in a window of entries as it moves', () => {
		const many = Array.from({length: 200}, (_, index) => makeWork({path: `w${index}.txt`, tags: [`Tag ${index}`]}));
		const state = initialState({works: many, columns: 100, rows: 30, sortedOrder: many.map((_, index) => index)});
		const capacity = tagBrowserCapacity(state);
		const paged = replay(state, keys('#', 'pgdn', 'pgdn', 'down'));
		const browser = paged.overlay?.kind === 'tags' ? paged.overlay.browser : undefined;
		expect(browser?.selected).toBe(2 * capacity + 1);
		expect(browser!.selected - browser!.top).toBe(capacity - 1);
		const back = replay(paged, keys('pgup', 'pgup', 'pgup', 'up'));
		expect(back.overlay?.kind === 'tags' && [back.overlay.browser.selected, back.overlay.browser.top]).toEqual([0, 0]);
	});
});
