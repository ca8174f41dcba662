import React from 'react';
import chalk from 'chalk';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findInText} from '../../source/core/find-in-text.js';
import type {BlockStyle, WorkBody} from '../../source/core/work.js';
import {ReaderPane} from '../../source/ui/panes/reader-pane.js';
import {readyReader} from '../../source/ui/state/reader-model.js';
import {ThemeContext, themes} from '../../source/ui/theme.js';
import {makeWork} from '../helpers/make-work.js';

// Styles are what these frames are about: draw them even though the test's output is not a terminal.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

const block = (kind: BlockStyle['kind'], extra: Partial<BlockStyle> = {}): BlockStyle => ({kind, ...extra});
const body: WorkBody = {
	paragraphs: ['Chapter 1: Salt', 'Notes:', 'Written for a friend.', 'She was not afraid. She was furious.', '* * *', 'A line from the old song, sung under the breath.', 'Struck out.'],
	blocks: [
		block('heading'),
		block('note', {label: true}),
		block('note'),
		block('text', {spans: [{start: 8, end: 11, style: 'italic'}, {start: 28, end: 35, style: 'bold'}]}),
		block('scene-break'),
		block('quote'),
		block('text', {spans: [{start: 0, end: 6, style: 'strike'}, {start: 7, end: 10, style: 'underline'}]}),
	],
};
const details = {summary: null, toc: [{title: 'Chapter 1: Salt', paragraph: 0}], extra: {}};
const work = makeWork({title: 'The Lamp', toc: details.toc});
const plain = (text: string) => text.replaceAll(/\u001B\[[\d;]*m/g, '');

function frame(columns: number, rows: number, showNotes = true, find?: string): string[] {
	const textWidth = Math.min(60, columns - 4);
	const reader = readyReader(0, body, details, textWidth, showNotes, {paragraph: 0, char: 0});
	const found = find ? {...reader, find: {query: find, editing: false, hits: findInText(reader.view.body, find), current: 0}} : reader;
	// Mono: the attributes alone, which every theme keeps.
	const pane = <ReaderPane reader={found} work={work} width={columns} height={rows - 2} textWidth={textWidth} textHeight={rows - 4} focused />;
	return (render(<ThemeContext.Provider value={themes.mono}>{pane}</ThemeContext.Provider>).lastFrame() ?? '').split('\n');
}

describe('rich text in the reader', () => {
	for (const [columns, rows] of [[80, 24], [100, 30], [200, 60]] as const) {
		it(`sets each kind of block apart, in a centred column, at ${columns}×${rows}`, () => {
			const lines = frame(columns, rows);
			const text = lines.map(plain);
			for (const line of text) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
			// The heading, bold; the note's label bold and dimmed, the note dimmed.
			expect(lines[2]).toContain('\u001B[1mChapter 1: Salt');
			expect(lines.find(line => plain(line).includes('Notes:'))).toMatch(/\u001B\[1m\u001B\[2mNotes:|\u001B\[2m\u001B\[1mNotes:/);
			expect(lines.find(line => plain(line).includes('Written for'))).toContain('\u001B[2m');
			// Italic and bold runs where the spans say, and nowhere else.
			const prose = lines.find(line => plain(line).includes('afraid'))!;
			expect(prose).toContain('\u001B[3mnot\u001B[23m');
			expect(prose).toContain('\u001B[1mfurious\u001B[22m');
			expect(lines.find(line => plain(line).includes('Struck'))).toContain('\u001B[9mStruck');
			expect(lines.find(line => plain(line).includes('Struck'))).toContain('\u001B[4mout');
			// The scene break centred in the text column; the quote indented by two.
			const textWidth = Math.min(60, columns - 4);
			const margin = Math.floor((columns - textWidth) / 2);
			expect(text[0]!.indexOf('The Lamp')).toBe(margin);
			const scene = text.find(line => line.includes('* * *'))!;
			expect(scene.indexOf('*')).toBe(margin + Math.floor((textWidth - 5) / 2));
			expect(text.find(line => line.includes('A line from'))!.indexOf('A')).toBe(margin + 2);
			// One blank row between blocks, none opening the page.
			expect(text[1]!.trim()).toBe('');
			expect(text[3]!.trim()).toBe('');
		});
	}

	it('leaves the notes out when they are hidden', () => {
		const text = frame(80, 24, false).map(plain);
		expect(text.join('\n')).not.toContain('Notes:');
		expect(text.join('\n')).not.toContain('Written for');
		expect(text[2]).toContain('Chapter 1: Salt');
		expect(text[4]).toContain('She was not afraid.');
	});

	it('draws search hits in inverse video over the emphasis', () => {
		const prose = frame(80, 24, true, 'not afraid').find(line => plain(line).includes('afraid'))!;
		expect(prose).toContain('\u001B[7m');
		expect(prose).toMatch(/\u001B\[3m[^\u001B]*(\u001B\[\d+m)*not/);
	});
});
