import React from 'react';
import chalk from 'chalk';
import {render} from 'ink-testing-library';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ReaderPane} from '../../source/ui/panes/reader-pane.js';
import {readyReader} from '../../source/ui/state/reader-model.js';
import {ThemeContext, themeFor, themes} from '../../source/ui/theme.js';
import {makeWork} from '../helpers/make-work.js';

const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

const body = {paragraphs: ['Chapter 1', 'Notes:', 'An aside.', 'The story.'], blocks: [{kind: 'heading' as const}, {kind: 'note' as const, label: true}, {kind: 'note' as const}, {kind: 'text' as const}]};
const reader = readyReader(0, body, {summary: null, toc: [{title: 'Chapter 1', paragraph: 0}], extra: {}}, 40, true, {paragraph: 0, char: 0});
const frame = (theme = themes.dark) =>
	render(
		<ThemeContext.Provider value={theme}>
			<ReaderPane reader={reader} work={makeWork({title: 'T'})} width={44} height={10} textWidth={40} textHeight={8} focused />
		</ThemeContext.Provider>,
	).lastFrame() ?? '';

describe('the theme table', () => {
	it('gives mono under NO_COLOR, whatever is asked, and dark by default', () => {
		expect(themeFor('light', {NO_COLOR: '1'})).toBe(themes.mono);
		expect(themeFor('light', {NO_COLOR: ''})).toBe(themes.light);
		expect(themeFor(null, {})).toBe(themes.dark);
	});

	it('keeps mono to attributes: no colour anywhere', () => {
		for (const style of Object.values(themes.mono)) expect(style.color).toBeUndefined();
		const mono = frame(themes.mono);
		expect(mono).not.toMatch(/\u001B\[(?:3[0-79]|9[0-7])m/);
		expect(mono).toContain('\u001B[1mChapter 1');
		expect(mono).toContain('\u001B[2mAn aside.');
	});

	it('colours headings and note labels by their role in the dark and light themes', () => {
		expect(frame(themes.dark)).toMatch(/\u001B\[96m[^\n]*Chapter 1/);
		expect(frame(themes.light)).toMatch(/\u001B\[34m[^\n]*Chapter 1/);
		expect(frame(themes.dark)).toMatch(/\u001B\[35m[^\n]*Notes:/);
	});
});
