import {describe, expect, it} from 'vitest';
import type {PhraseHit} from '../../../source/core/grep/find-phrase.js';
import {type AppState, inputContext} from '../../../source/ui/state/app-state.js';
import {selectedHit} from '../../../source/ui/state/full-text-model.js';
import {fullTextProgress} from '../../../source/ui/panes/full-text-pane.js';
import {type Action, update} from '../../../source/ui/state/update.js';
import {body, details, keys, replay, start} from './update-fixtures.js';

const hit = (paragraph: number, start = 0): PhraseHit => ({paragraph, start, end: start + 13, snippet: `Paragraph ${paragraph} word`});
const work = (index: number, ...hits: PhraseHit[]) => ({path: `w${index}.txt`, title: `Work ${String(index).padStart(2, '0')}`, hits, found: hits.length});
const found = (id: number, works: ReturnType<typeof work>[], searched: number, done = false): Action => ({type: 'full-text-found', id, found: works, searched, total: 50, done});

/** The full-text screen opened from the list, `phrase` typed and the pause after typing come. */
function searching(phrase: string, now = 5_000): AppState {
	const typed = replay(start(), [...keys('f'), {type: 'paste', text: phrase, now: 1_000}]);
	return update(typed, {type: 'full-text-run', now});
}

const idOf = (state: AppState) => state.fullText!.run!.id;

describe('update: the full-text search', () => {
	it('opens a phrase box with f; letters (j too) are the phrase, and a pause in typing starts one search for it', () => {
		const opened = replay(start(), keys('f', 'j', 'o'));
		expect(inputContext(opened)).toBe('full-text-box');
		expect(opened.fullText).toMatchObject({shown: true, editing: true, phrase: 'jo', run: null});
		const run = update(opened, {type: 'full-text-run', now: 5_000});
		expect(run.fullText!.run).toEqual({id: 5_000, folded: 'jo'});
		// The same phrase again (Enter after the pause) does not start it over.
		const again = replay(run, keys('enter'));
		expect(again.fullText!.run).toBe(run.fullText!.run);
		expect(inputContext(again)).toBe('full-text-hits');
		// A phrase of spaces is not searched for.
		expect(update(replay(start(), keys('f', 'space')), {type: 'full-text-run', now: 1}).fullText!.run).toBeNull();
	});

	it('takes the search box query as the phrase with Ctrl-F, and searches for it at once', () => {
		const state = replay(start(), keys('/', 'S', 'o', 'f', 't', 'ctrl+f'));
		expect(state.fullText).toMatchObject({phrase: 'Soft', run: {folded: 'soft'}});
		expect(inputContext(state)).toBe('full-text-box');
	});

	it('merges streamed batches by appending, so the highlighted hit stays on its line; counts progress to done', () => {
		const state = searching('paragraph');
		const id = idOf(state);
		const first = update(state, found(id, [work(7, hit(3), hit(9))], 20));
		expect(first.fullText).toMatchObject({searched: 20, total: 50, hits: 2, done: false, selected: 1});
		expect(selectedHit(first.fullText!)).toEqual({path: 'w7.txt', hit: hit(3)});
		const moved = replay(first, keys('enter', 'j'));
		expect(selectedHit(moved.fullText!)?.hit).toEqual(hit(9));
		// A work that sorts before the first arrives later: it goes below, and nothing under the cursor moves.
		const more = update(moved, found(id, [work(2, hit(1)), work(30)], 25));
		expect(more.fullText!.lines.map(line => [more.fullText!.works[line.work]!.path, line.hit])).toEqual([
			['w7.txt', -1],
			['w7.txt', 0],
			['w7.txt', 1],
			['w2.txt', -1],
			['w2.txt', 0],
		]);
		expect(selectedHit(more.fullText!)?.hit).toEqual(hit(9));
		const done = update(more, found(id, [], 5, true));
		expect(done.fullText).toMatchObject({searched: 50, hits: 3, done: true});
		expect(done.fullText!.works).toHaveLength(2);
	});

	it('counts every hit found in a work, not only those listed, with + where the search stopped counting', () => {
		const state = searching('salt');
		const listed = update(state, found(idOf(state), [{...work(1, hit(1), hit(2)), found: 12}], 10));
		expect(fullTextProgress(listed.fullText!)).toBe('searched 10 of 50 works · 1 work, 12 hits');
		const more = update(listed, found(idOf(state), [{...work(2, hit(1)), found: 20}], 40, true));
		expect(fullTextProgress(more.fullText!)).toBe('done: searched 50 works · 2 works, 32+ hits');
	});

	it('moves over hits only: j steps over the next work title, k back over it, PgDn by a page', () => {
		const state = searching('paragraph');
		const listed = replay(update(state, found(idOf(state), [work(1, hit(1)), work(2, hit(2), hit(3)), work(3, hit(4))], 50, true)), keys('enter'));
		const path = (state: AppState) => selectedHit(state.fullText!)?.hit.paragraph;
		expect(path(replay(listed, keys('j')))).toBe(2);
		expect(path(replay(listed, keys('j', 'j', 'j')))).toBe(4);
		expect(path(replay(listed, keys('j', 'k')))).toBe(1);
		// k at the first hit stays there; Ctrl-N and ↓ are j's too, in the box as well.
		expect(path(replay(listed, keys('k')))).toBe(1);
		expect(path(replay(listed, keys('ctrl+n', 'down')))).toBe(3);
		expect(path(replay(listed, keys('/', 'ctrl+n')))).toBe(2);
		expect(path(replay(listed, keys('pgdn')))).toBe(4);
	});

	it('drops the reports of a search a new phrase replaced', () => {
		const state = searching('paragraph');
		const old = idOf(state);
		const retyped = update(replay(state, keys('backspace')), {type: 'full-text-run', now: 5_000});
		expect(retyped.fullText!.run).toEqual({id: old + 1, folded: 'paragrap'});
		const stale = update(retyped, found(old, [work(1, hit(1))], 10));
		expect(stale.fullText).toMatchObject({hits: 0, searched: 0, lines: []});
	});

	it('cancels with Esc, from the box and from the hits, back to the list', () => {
		const state = searching('paragraph');
		for (const cancelled of [replay(state, keys('esc')), replay(state, keys('enter', 'esc'))]) {
			expect(cancelled.fullText).toBeNull();
			expect(inputContext(cancelled)).toBe('list');
		}
	});

	it('opens the work at the hit with Enter, the search in its text primed so n goes on to the next hit', () => {
		const state = searching('paragraph 12');
		const listed = update(state, found(idOf(state), [work(9, hit(120, 0))], 50, true));
		const chosen = replay(listed, keys('enter', 'enter'));
		expect(chosen.fullText).toMatchObject({shown: false});
		expect(chosen.reader).toMatchObject({workIndex: 9, status: 'loading', at: {paragraph: 120, char: 0}, find: 'paragraph 12'});
		const loaded = update(chosen, {type: 'work-loaded', workIndex: 9, path: 'w9.txt', body, details, now: 2_000});
		if (loaded.reader?.status !== 'ready') throw new Error('not loaded');
		expect(loaded.reader.view.toSource(loaded.reader.top)).toEqual({paragraph: 120, char: 0});
		// `paragraph 12` is in paragraphs 12 and 120 to 129: the reader stands on the second of them.
		expect(loaded.reader.find).toMatchObject({query: 'paragraph 12', editing: false, current: 1});
		expect(loaded.reader.find!.hits).toHaveLength(11);
		const next = replay(loaded, keys('n'));
		expect(next.reader?.status === 'ready' && next.reader.top).toEqual({paragraph: 121, char: 0});
		// The hits are kept: f on the list shows them again.
		const back = replay(next, keys('esc', 'f'));
		expect(inputContext(back)).toBe('full-text-hits');
		expect(selectedHit(back.fullText!)?.hit).toEqual(hit(120, 0));
	});

	it('primes the reader with the phrase as it was searched, not as retyped since or with its spaces', () => {
		const state = searching('Paragraph   12 ');
		const listed = update(state, found(idOf(state), [work(9, hit(120, 0))], 50, true));
		const hits = replay(listed, keys('enter'));
		// The phrase was edited (to blanks) after this search ran: Enter on its hit still primes the phrase it found.
		const chosen = replay({...hits, fullText: {...hits.fullText!, phrase: '  '}}, keys('enter'));
		expect(chosen.reader).toMatchObject({workIndex: 9, find: 'paragraph 12'});
	});
});
