import {describe, expect, it} from 'vitest';
import type {BlockStyle, WorkBody, WorkDetails} from '../../../source/core/work.js';
import type {AppState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {keys, replay, start} from './update-fixtures.js';

/** A rich body: each chapter opens with a labelled note group, and the work ends with end notes. */
function richBody(): {body: WorkBody; details: WorkDetails} {
	const paragraphs: string[] = [];
	const blocks: BlockStyle[] = [];
	const toc: WorkDetails['toc'] = [];
	const add = (text: string, block: BlockStyle) => {
		paragraphs.push(text);
		blocks.push(block);
	};

	for (let chapter = 1; chapter <= 3; chapter++) {
		toc.push({title: `Chapter ${chapter}`, paragraph: paragraphs.length});
		add(`Chapter ${chapter}`, {kind: 'heading'});
		add('Notes:', {kind: 'note', label: true});
		for (let index = 0; index < 5; index++) add(`Note ${chapter}.${index} ${'aside '.repeat(20)}`, {kind: 'note'});
		for (let index = 0; index < 30; index++) add(`Story ${chapter}.${index} ${'word '.repeat(25)}`, {kind: 'text', spans: [{start: 0, end: 5, style: 'italic'}]});
	}

	add('End Notes:', {kind: 'note', label: true});
	add('Thank you for reading.', {kind: 'note'});
	return {body: {paragraphs, blocks}, details: {summary: null, toc, extra: {}}};
}

function openRich(state: AppState): AppState {
	const {body, details} = richBody();
	const opened = replay(state, keys('enter'));
	return update(opened, {type: 'work-loaded', workIndex: 0, path: 'w0.txt', body, details, now: 1_000});
}

const ready = (state: AppState) => {
	if (state.reader?.status !== 'ready') throw new Error('the reader should be ready');
	return state.reader;
};

const topText = (state: AppState) => {
	const reader = ready(state);
	return reader.view.body.paragraphs[reader.top.paragraph]!;
};

describe('update: notes shown or hidden', () => {
	it('hides and shows the notes with a, staying on the same sentence', () => {
		const reading = replay(openRich(start()), keys('space', 'j'));
		const sentence = topText(reading);
		expect(sentence).toMatch(/^Story 1\./);
		const hidden = replay(reading, keys('a'));
		expect(hidden.showNotes).toBe(false);
		expect(ready(hidden).view.body.paragraphs.some(text => text.startsWith('Note'))).toBe(false);
		expect(topText(hidden)).toBe(sentence);
		expect(ready(hidden).top.char).toBe(ready(reading).top.char);
		expect(hidden.message).toBe('Notes hidden (20 paragraphs)');
		const shown = replay(hidden, keys('a'));
		expect(topText(shown)).toBe(sentence);
		expect(ready(shown).top).toEqual(ready(reading).top);
	});

	it('saves places and bookmarks in the work’s own paragraphs, whatever is shown', () => {
		const hidden = replay(openRich(start()), keys('a', ']', 'j', 'm'));
		const saved = hidden.reading.works['path:w0.txt']!;
		const source = richBody().body.paragraphs;
		expect(source[saved.position!.paragraph]).toMatch(/^Story 2\.0/);
		expect(source[saved.bookmarks[0]!.position.paragraph]).toMatch(/^Story 2\.0/);
		// Shown again, the bookmark still jumps to that sentence.
		const back = replay(hidden, keys('a', 'g', "'", 'enter'));
		expect(topText(back)).toMatch(/^Story 2\.0/);
	});

	it('moves by the chapters of what is shown, and keeps the search in the text to it', () => {
		const hidden = replay(openRich(start()), keys('a', ']'));
		expect(topText(hidden)).toBe('Chapter 2');
		const found = replay(hidden, keys('/', 'a', 's', 'i', 'd', 'e', 'enter'));
		expect(found.message).toBe('No match for "aside"');
		// Shown again, the same search finds the notes' words; hidden again, nothing.
		const shown = replay(found, keys('a'));
		expect(ready(shown).find?.hits).toHaveLength(3 * 5 * 20);
		expect(ready(replay(shown, keys('a'))).find?.hits).toEqual([]);
	});

	it('remembers the choice for the next work opened, and says so on a work without notes', () => {
		const hidden = replay(openRich(start()), keys('a', 'esc', 'j', 'enter'));
		expect(hidden.showNotes).toBe(false);
		const plain = update(hidden, {type: 'work-loaded', workIndex: 1, path: 'w1.txt', body: {paragraphs: ['Just text.']}, details: {summary: null, toc: [], extra: {}}, now: 1_000});
		expect(replay(plain, keys('a')).message).toBe('This work marks no notes');
	});
});
