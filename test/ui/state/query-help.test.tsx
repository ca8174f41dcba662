import {render} from 'ink-testing-library';
import React from 'react';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {keyNames} from '../../../source/ui/input/key-name.js';
import {layoutHeight} from '../../../source/ui/state/geometry.js';
import {helpLayout, queryHelpLines} from '../../../source/ui/lines/help-lines.js';
import {HelpOverlay} from '../../../source/ui/panes/help-overlay.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay, start} from './update-fixtures.js';

const noKey = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false};

describe('update: the search box help', () => {
	it('opens with ? in an empty box, and Esc goes back to typing', () => {
		const help = replay(start(), keys('/', '?'));
		expect(help.overlay).toEqual({kind: 'query-help', top: 0});
		expect(help.search.query).toBe('');
		const back = replay(help, keys('esc'));
		expect(back.overlay).toBeNull();
		expect(back.search.editing).toBe(true);
		expect(replay(back, keys('a')).search.query).toBe('a');
	});

	it('keeps ? as text once the query has begun', () => {
		const typed = replay(start(), keys('/', 'w', 'h', 'y', '?'));
		expect(typed.overlay).toBeNull();
		expect(typed.search.query).toBe('why?');
	});

	it('opens with Ctrl-/ whatever was typed, and Ctrl-/ arrives as 0x1f', () => {
		expect(keyNames('\u001F', noKey)).toEqual(['ctrl+/']);
		const help = replay(start(), keys('/', 'x', 'ctrl+/'));
		expect(help.overlay?.kind).toBe('query-help');
		expect(help.search.query).toBe('x');
	});

	it('scrolls on a short terminal and stops at its last line', () => {
		const help = replay(start(60, 12), keys('/', '?', ...Array.from({length: 30}, () => 'j')));
		const top = help.overlay && 'top' in help.overlay ? help.overlay.top : -1;
		expect(top).toBeGreaterThan(0);
		const {rows, visibleRows} = helpLayout(60, layoutHeight(help), 'query-help');
		expect(rows).toBe(queryHelpLines(60).length);
		expect(top).toBe(rows - visibleRows);
	});
});

describe('the search box help, drawn', () => {
	it('lists the fields and forms, no line wider than the screen', () => {
		const frame = render(<HelpOverlay kind="query-help" width={80} height={40} top={0} />).lastFrame() ?? '';
		for (const text of ['Search syntax', 'title:', 'author:', 'fandom:', 'rel: ship:', 'char:', 'tag:', 'warning:', 'lang:', 'summary:', 'rating:', 'status:', 'id:', 'words:', 'chapters:', 'is:bookmarked', '"two words"', '^word', '!term']) expect(frame).toContain(text);
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
	});

	it('is what the app shows after / and ?, and Esc goes back to the box', async () => {
		const {lastFrame, stdin} = render(<App root="lib" works={[makeWork({title: 'Lamp'})]} skipped={[]} columns={100} rows={30} readingWidth={null} />);
		stdin.write('/');
		await vi.waitFor(() => expect(lastFrame()).toContain('Ctrl-/ syntax'));
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('Search syntax'));
		stdin.write('\u001B');
		await vi.waitFor(() => expect(lastFrame()).not.toContain('Search syntax'));
		stdin.write('?');
		await vi.waitFor(() => expect(lastFrame()).toContain('Search syntax'));
	});
});
