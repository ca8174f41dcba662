import {describe, expect, it} from 'vitest';
import {update} from '../../../source/ui/state/update.js';
import {body, details, keys, openWork, replay, start} from './update-fixtures.js';

// An EPUB opens with its first chapters so the first page is on screen at once; the rest follows.
const firstPart = {paragraphs: body.paragraphs.slice(0, 20)};
const loadedPart = (state: ReturnType<typeof start>, path = 'w0.txt') =>
	update(state, {type: 'work-loaded', workIndex: state.reader!.workIndex, path, body: firstPart, details, now: 1_000, partial: true});
const completed = (state: ReturnType<typeof start>, path = 'w0.txt') =>
	update(state, {type: 'body-completed', workIndex: state.reader!.workIndex, path, body, details, now: 1_000});

describe('a body that arrives in two parts', () => {
	it('shows the first part at once and keeps the same place when the rest arrives', () => {
		const shown = replay(loadedPart(replay(start(), keys('enter'))), keys('space'));
		expect(shown.reader?.status).toBe('ready');
		const top = shown.reader!.status === 'ready' ? shown.reader!.top : null;
		const whole = completed(shown);
		if (whole.reader?.status !== 'ready') throw new Error('reader not ready');
		expect(whole.reader.source.paragraphs).toHaveLength(200);
		expect(whole.reader.top).toEqual(top);
		// Paging goes on past the first part's end now.
		const far = replay(whole, keys(...Array.from({length: 30}, () => 'space')));
		expect(far.reader!.status === 'ready' && far.reader!.top.paragraph).toBeGreaterThan(20);
	});

	it('waits for the rest when the place to resume is past the first part', () => {
		const readFar = replay(openWork(start()), keys('G', 'esc', 'j', 'enter'));
		const back = replay(readFar, keys('esc', 'k', 'enter'));
		const waiting = loadedPart(back);
		expect(waiting.reader?.status).toBe('loading');
		const whole = completed(waiting);
		expect(whole.reader?.status).toBe('ready');
		expect(whole.reader!.top.paragraph).toBeGreaterThan(150);
	});

	it('ignores the rest of a work no longer open', () => {
		const other = replay(loadedPart(replay(start(), keys('enter'))), keys('esc', 'j', 'enter'));
		expect(completed(other, 'w0.txt').reader?.status).toBe('loading');
	});
});
