import {describe, expect, it} from 'vitest';
import {commandFor, keymap} from '../../../source/ui/input/keymap.js';
import {helpLayout} from '../../../source/ui/lines/help-lines.js';
import {sidebarLines} from '../../../source/ui/lines/sidebar-lines.js';
import {type AppState, detailsAt, initialState, inputContext, layoutOf, sidebarWork} from '../../../source/ui/state/app-state.js';
import {layoutHeight, readerGeometry} from '../../../source/ui/state/geometry.js';
import {update} from '../../../source/ui/state/update.js';
import {body, details, keys, openWork, replay, start, works} from './update-fixtures.js';

describe('update: what the sidebar describes', () => {
	it('knows a summary only once the work has been read, and shows … meanwhile', () => {
		const rested = replay(start(), keys('j'));
		expect(detailsAt(rested, 1)).toBeNull();
		const summary = (state: AppState) => sidebarLines(state.works[sidebarWork(state)!]!, detailsAt(state, sidebarWork(state)!), 40).map(line => line.text);
		expect(summary(rested)).toContain('…');
		const ahead = update(rested, {type: 'body-prefetched', workIndex: 1, path: 'w1.txt', body, details});
		expect(summary(ahead)).toContain('A summary.');
		expect(summary(ahead)).not.toContain('…');
	});

	// Regression: the sidebar showed the work under the list cursor while another work was being read.
	it('describes the open work while the reader has the keyboard, the listed one otherwise', () => {
		const reading = openWork(start());
		const elsewhere = replay(reading, keys('esc', 'j', 'j'));
		expect(sidebarWork(elsewhere)).toBe(2);
		const back = replay(elsewhere, keys('tab'));
		expect(sidebarWork(back)).toBe(0);
		expect(detailsAt(back, 0)).toBe(details);
	});
});

describe('update: overlays and layout', () => {
	it('toggles help with ? and closes it with Esc, and ignores list keys meanwhile', () => {
		const help = replay(start(), keys('?'));
		expect(help.overlay?.kind).toBe('help');
		expect(replay(help, keys('j')).list.selected).toBe(0);
		expect(replay(help, keys('esc')).overlay).toBeNull();
		expect(replay(help, keys('?')).overlay).toBeNull();
		expect(replay(start(), keys('x')).overlay?.kind).toBe('skipped');
		expect(replay(start(), keys('x', 'x')).overlay).toBeNull();
	});

	// Regression: J and K scrolled the sidebar, and i toggled it, under the help, skipped files, bookmarks and contents.
	it('gives an overlay the whole keyboard: a key it does not bind does nothing underneath', () => {
		const reading = openWork(start(120, 20), {summary: 'word '.repeat(400), toc: [{title: 'One', paragraph: 0}], extra: {}});
		const overlays = [replay(reading, keys('?')), replay(reading, keys('esc', 'x')), replay(reading, keys("'")), replay(reading, keys('t'))];
		// Besides its own keys, an overlay answers only Ctrl-C and ?, which switches to the help or closes it.
		for (const overlaid of overlays) {
			expect(overlaid.overlay).not.toBeNull();
			const unanswered = new Set(keymap.flatMap(binding => binding.keys).filter(key => commandFor(inputContext(overlaid), key) === undefined));
			expect(unanswered).toContain('J');
			for (const key of unanswered) expect(update(overlaid, {type: 'key', name: key, now: 1_000}), `${overlaid.overlay}: ${key}`).toBe(overlaid);
		}
	});

	it('toggles the sidebar on narrow terminals', () => {
		expect(replay(start(80, 30), keys('i')).sidebar.toggled).toBe(true);
		expect(replay(start(80, 30), keys('i', 'i')).sidebar.toggled).toBe(false);
	});

	// Regression: from 100 columns i flipped a flag with nothing to show for it, and the sidebar covered the reader once the terminal shrank.
	it('hides and shows the sidebar column with i from 100 columns, and keeps it off the reader across resizes', () => {
		const resize = (state: AppState, columns: number) => update(state, {type: 'resize', columns, rows: 30});
		const wide = openWork(start(120, 30));
		const hidden = replay(wide, keys('i'));
		expect(layoutOf(hidden)).toMatchObject({sidebar: 0, sidebarOverReader: false});
		expect(layoutOf(hidden)).toMatchObject({reader: 120});
		expect(readerGeometry(hidden).width).toBeGreaterThanOrEqual(readerGeometry(wide).width);
		expect(layoutOf(replay(hidden, keys('i')))).toEqual(layoutOf(wide));
		const narrow = resize(hidden, 80);
		expect(layoutOf(narrow)).toMatchObject({sidebarOverReader: false});
		expect(replay(narrow, keys('space')).reader!.top).not.toEqual(narrow.reader!.top);
		expect(layoutOf(resize(narrow, 120))).toMatchObject({sidebar: 0});
		// Drawn over the reader, then grown wide enough for its column: it stays in view there, and does not cover the reader again after shrinking back.
		const covered = replay(narrow, keys('i'));
		expect(layoutOf(covered)).toMatchObject({sidebarOverReader: true});
		const grown = resize(covered, 120);
		expect(layoutOf(grown)).toEqual(layoutOf(wide));
		expect(layoutOf(resize(grown, 80))).toMatchObject({sidebarOverReader: false});
	});

	// Regression: with the sidebar drawn over the reader, Space and j paged the hidden text and Esc left the reader.
	it('gives the keys to the sidebar while it covers the reader; Esc, q or i close it', () => {
		const detailed = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
		const reading = openWork(replay(initialState({works: detailed, columns: 80, rows: 20, sortedOrder: detailed.map((_, index) => index)}), keys('space')));
		const covered = replay(reading, keys('i'));
		const scrolled = replay(covered, keys('space', 'j', 'pgdn', 'G', 'm', ']'));
		expect(scrolled.reader).toBe(covered.reader);
		expect(scrolled.reading).toBe(covered.reading);
		expect(scrolled.sidebar.top).toBeGreaterThan(0);
		expect(replay(scrolled, keys('b', 'k', 'pgup')).sidebar.top).toBe(0);
		for (const key of ['esc', 'q', 'i']) {
			const closed = replay(scrolled, keys(key));
			expect(closed).toMatchObject({sidebar: {toggled: false}, focus: 'reader', quitting: false});
			expect(replay(closed, keys('space')).reader!.top).not.toEqual(reading.reader!.top);
		}
	});

	// Regression: from 60 to 99 columns the sidebar opened from the list left the keys to the list: j moved it, Esc and Space did nothing and q quit.
	it('gives the keys to the sidebar drawn over a pane from the list too, whether the list is covered or beside it', () => {
		const detailed = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
		for (const columns of [50, 80]) {
			const covered = replay(initialState({works: detailed, columns, rows: 20, sortedOrder: detailed.map((_, index) => index)}), keys('i'));
			expect(inputContext(covered), `${columns}`).toBe('sidebar');
			const scrolled = replay(covered, keys('j', 'space'));
			expect(scrolled.list.selected).toBe(0);
			expect(scrolled.sidebar.top).toBeGreaterThan(0);
			for (const key of ['esc', 'q']) expect(replay(scrolled, keys(key)), `${columns}: ${key}`).toMatchObject({sidebar: {toggled: false}, focus: 'list', quitting: false, list: {selected: 0}});
		}
	});
});

describe('update: a terminal too small to draw in', () => {
	// Regression: keys acted under the "terminal too small" notice: j scrolled the hidden reader, i toggled the sidebar.
	it('answers only q and Ctrl-C, which quit, and Ctrl-Z, which stops', () => {
		const reading = openWork(start(120, 40));
		const small = update(reading, {type: 'resize', columns: 30, rows: 8});
		const others = new Set(keymap.flatMap(binding => binding.keys).filter(key => key !== 'q' && key !== 'ctrl+c' && key !== 'ctrl+z'));
		expect(others).toContain('?');
		for (const key of [...others, 'a', 'Z']) expect(update(small, {type: 'key', name: key, now: 1_000}), key).toBe(small);
		expect(update(small, {type: 'keys', names: ['j', 'j', 'i'], now: 1_000})).toBe(small);
		expect(update(small, {type: 'paste', text: 'jji', now: 1_000})).toBe(small);
		expect(replay(small, keys('q')).quitting).toBe(true);
		expect(replay(small, keys('ctrl+c')).quitting).toBe(true);
		expect(replay(small, keys('ctrl+z')).suspends).toBe(1);
		expect(inputContext(small)).toBe('too-small');
	});
});

describe('update: scroll offsets stay within what there is to scroll', () => {
	const long = works.map((work, index) => (index === 0 ? {...work, tags: ['word '.repeat(400).trim()]} : work));
	const begin = (columns: number, rows: number) => initialState({works: long, columns, rows, sortedOrder: long.map((_, index) => index)});
	const helpLimit = (state: AppState) => {
		const {rows, visibleRows} = helpLayout(state.columns, layoutHeight(state));
		return rows - visibleRows;
	};

	// Regression: offsets kept after a resize pointed past the end, and the keys that scroll back seemed dead.
	it('clamps the help and the sidebar when the terminal grows', () => {
		const help = replay(begin(60, 20), keys('?', ...Array.from({length: 40}, () => 'j')));
		const helpTop = (state: AppState) => (state.overlay?.kind === 'help' ? state.overlay.top : -1);
		expect(helpTop(help)).toBe(helpLimit(help));
		expect(helpTop(help)).toBeGreaterThan(0);
		expect(helpTop(update(help, {type: 'resize', columns: 200, rows: 300}))).toBe(0);
		const taller = update(help, {type: 'resize', columns: 60, rows: 30});
		expect(helpTop(taller)).toBe(helpLimit(taller));

		const sidebar = replay(begin(120, 20), keys(...Array.from({length: 40}, () => 'J')));
		expect(sidebar.sidebar.top).toBeGreaterThan(0);
		expect(update(sidebar, {type: 'resize', columns: 120, rows: 200}).sidebar.top).toBe(0);
		// Too small to draw anything: the offset waits for the terminal to grow back.
		expect(update(sidebar, {type: 'resize', columns: 30, rows: 8}).sidebar.top).toBe(sidebar.sidebar.top);
	});

	it('starts the sidebar from the top when a search or a key puts another work under the cursor', () => {
		let state = replay(begin(120, 20), keys('J', 'J', '/', 'w'));
		expect(state.sidebar.top).toBeGreaterThan(0);
		state = update(state, {type: 'search-result', query: 'w', result: {ok: true, hits: [{index: 1, score: 0, matches: []}]}, works: state.works, now: 1_000});
		expect(state.sidebar.top).toBe(0);
		expect(replay(begin(120, 20), keys('J', 'j')).sidebar.top).toBe(0);
	});

	it('does not scroll a sidebar that is not drawn', () => {
		const hidden = replay(begin(80, 20), keys('J', 'J'));
		expect(hidden.sidebar.top).toBe(0);
		expect(replay(hidden, keys('i')).sidebar.top).toBe(0);
	});
});
