import React from 'react';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../../source/core/search/search-engine.js';
import {flagsFromState} from '../../../source/core/search/work-flags.js';
import {progressNow} from '../../../source/core/state/chapters-since-read.js';
import {emptyState, getWork, updateWork, type StateFile} from '../../../source/core/state/reading-state.js';
import type {WorkBody, WorkDetails, WorkListing} from '../../../source/core/work.js';
import {WorkRow} from '../../../source/ui/panes/work-row.js';
import {type AppState, initialState} from '../../../source/ui/state/app-state.js';
import {update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';
import {keys, replay} from './update-fixtures.js';

/** Chapters of twenty paragraphs each, every one opening with its heading. */
function chaptered(count: number): {body: WorkBody; details: WorkDetails} {
	const paragraphs = Array.from({length: count * 20}, (_, index) => (index % 20 === 0 ? `Chapter ${index / 20 + 1}` : `Paragraph ${index} ${'word '.repeat(30)}`.trim()));
	const toc = Array.from({length: count}, (_, index) => ({title: `Chapter ${index + 1}`, paragraph: index * 20}));
	return {body: {paragraphs}, details: {summary: null, toc, extra: {}}};
}

const library = (posted: number) => [makeWork({path: 'w0.txt', title: 'Lighthouse Letters', chapters: {posted, total: null}, status: 'in-progress'}), makeWork({path: 'w1.txt', title: 'Other'})];
const key = 'path:w0.txt';

function opened(works: readonly WorkListing[], reading: StateFile, chapters: number): AppState {
	const state = replay(initialState({works, reading, columns: 120, rows: 40, sortedOrder: works.map((_, index) => index)}), keys('enter'));
	return update(state, {type: 'work-loaded', workIndex: 0, path: 'w0.txt', ...chaptered(chapters), now: 2_000});
}

/** The state after reading the five-chapter work: a page forward (reading), or to its end (read). */
function readFive(toEnd: boolean): StateFile {
	const steps = toEnd ? keys(...Array.from({length: 120}, () => 'space')) : keys('space');
	return replay(opened(library(5), emptyState(), 5), steps).reading;
}

describe('new chapters since the work was read', () => {
	it('remembers the chapters posted when a place is recorded, when finished and when marked read by hand', () => {
		expect(getWork(readFive(false), key).postedWhenRead).toBe(5);
		const finished = getWork(readFive(true), key);
		expect(finished.mark).toBe('read');
		expect(finished.postedWhenRead).toBe(5);
		const marked = replay(initialState({works: library(4), columns: 120, rows: 40, sortedOrder: [0, 1]}), keys('r'));
		expect(getWork(marked.reading, key)).toMatchObject({mark: 'read', postedWhenRead: 4});
	});

	it('counts the headings of a work whose header gives no chapter count', () => {
		const works = [makeWork({path: 'w0.txt', title: 'No header', headings: 3}), makeWork({path: 'w1.txt'})];
		const state = replay(initialState({works, columns: 120, rows: 40, sortedOrder: [0, 1]}), keys('r'));
		expect(getWork(state.reading, key).postedWhenRead).toBe(3);
	});

	it('finds a re-download with more chapters by is:new, and not the same file', () => {
		const reading = readFive(true);
		const search = (works: readonly WorkListing[]) => {
			const result = createSearchEngine(works).search('is:new', flagsFromState(reading, works, works.map(work => `path:${work.path}`)));
			return result.ok ? result.hits.map(hit => hit.index) : result.error;
		};
		expect(search(library(5))).toEqual([]);
		expect(search(library(8))).toEqual([0]);
	});

	it('measures progress against the new length: a finished work of 5 chapters, now 8, is at 5/8', () => {
		const saved = getWork(readFive(true), key);
		expect(progressNow(library(5)[0]!, saved)).toBe(1);
		expect(progressNow(library(8)[0]!, saved)).toBeCloseTo(5 / 8);
	});

	it('opens a work read to its old end at the first new chapter, saying so; reading on forgets that it was new', () => {
		const state = opened(library(8), readFive(true), 8);
		expect(state.reader?.status === 'ready' && state.reader.top).toEqual({paragraph: 100, char: 0});
		expect(state.message).toBe('3 new chapters since you last read: opened at chapter 6, Chapter 6');
		// Opening is not reading: still new until the reader moves on.
		expect(getWork(state.reading, key).postedWhenRead).toBe(5);
		expect(getWork(replay(state, keys('space')).reading, key).postedWhenRead).toBe(8);
	});

	it('opens a work left mid-way where it was left, naming the first new chapter', () => {
		const reading = readFive(false);
		const state = opened(library(8), reading, 8);
		expect(state.reader?.status === 'ready' && state.reader.top).toEqual(getWork(reading, key).position);
		expect(state.message).toBe('3 new chapters since you last read, from chapter 6 on');
	});

	it('says only how many are new when the body\'s headings are not the header\'s chapters', () => {
		const state = opened(library(8), readFive(true), 2);
		expect(state.message).toBe('3 new chapters since you last read');
	});
});

describe('WorkRow with new chapters', () => {
	const reading = updateWork(emptyState(), key, work => ({...work, mark: 'read', position: {paragraph: 99, char: 0}, progress: 1, postedWhenRead: 5}), 1);
	const row = (posted: number, width = 80) => render(<WorkRow work={library(posted)[0]!} width={width} selected={false} focused matches={undefined} reading={getWork(reading, key)} />).lastFrame() ?? '';

	it('shows `+3 new` and the progress against the new length, not `✓ … 100%`', () => {
		const frame = row(8);
		expect(frame).toContain('◐ · +3 new · ');
		expect(frame).toContain(' · 63% · ');
		expect(frame).toContain('◐');
		expect(frame).not.toContain('✓');
		expect(frame).not.toContain('100%');
	});

	// The list is 29 columns wide at 100×30: the end of the line, where `+3 new` was, is the part cut.
	it('keeps `+3 new` in a row as narrow as the list at 100 columns', () => {
		expect(row(8, 29)).toContain('◐ · +3 new');
	});

	it('shows a work read to the end of what is posted as read', () => {
		const frame = row(5);
		expect(frame).toContain('✓');
		expect(frame).toContain('100%');
		expect(frame).not.toContain('new');
	});
});
