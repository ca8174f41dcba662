import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import chalk from 'chalk';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../source/core/search/search-engine.js';
import {emptyState, getWork} from '../../source/core/state/reading-state.js';
import {WorkList} from '../../source/ui/panes/work-list.js';
import {WorkRow} from '../../source/ui/panes/work-row.js';
import {type AppState, initialState} from '../../source/ui/state/app-state.js';
import {update} from '../../source/ui/state/update.js';
import {makeWork} from '../helpers/make-work.js';

const works = [
	makeWork({path: 'a.txt', title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], words: 3120, tags: ['Lighthouses', 'Found Family']}),
	makeWork({path: 'b.txt', title: 'Lighthouse Keeping for Beginners', authors: ['kettlebell'], words: 74}),
	makeWork({path: 'c.txt', title: 'Winter Tea for Two', authors: ['flourdusted'], words: 42, relationships: ['Maren/Ilse']}),
];

// The underline is what one test is about: draw styles even though the output is not a terminal.
const level = chalk.level;
beforeAll(() => {
	chalk.level = 1;
});
afterAll(() => {
	chalk.level = level;
});

const plain = (line: string) => line.replaceAll(/\u001B\[\d+m/g, '');
const lines = (frame: string | undefined) => (frame ?? '').split('\n');

/** The list after typing `query` and its real search result landing. */
function searched(query: string): AppState {
	const start = initialState({works, columns: 120, rows: 20, sortedOrder: [0, 1, 2]});
	const typing = {...start, search: {...start.search, editing: true, query}};
	return update(typing, {type: 'search-result', query, result: createSearchEngine(works).search(query), works: typing.works, now: 1});
}

describe('WorkRow: why it matched', () => {
	it('names the tag a work matched by when its title did not match, and marks the matched characters', () => {
		const state = searched('lighthous');
		const frame = lines(render(<WorkList state={state} width={50} height={10} />).lastFrame()).map(plain);
		const lamp = frame.findIndex(line => line.includes('The Lamp at Gull Point'));
		expect(lamp).toBeGreaterThan(0);
		expect(frame[lamp + 1]).toMatch(/^ {2}tag: Lighthouses · .*3\.1Kw/);
		// The row whose title matched says nothing more: the title is marked already.
		const keeping = frame.findIndex(line => line.includes('Lighthouse Keeping'));
		expect(frame[keeping + 1]).not.toContain('tag:');
		for (const line of frame) expect(stringWidth(line)).toBeLessThanOrEqual(50);
	});

	it('underlines only the matched characters of the value', () => {
		const matches = [{field: 'relationships' as const, value: 'Maren/Ilse', indices: [[6, 9] as [number, number]]}];
		const reading = getWork(emptyState(), 'none');
		const {lastFrame} = render(<WorkRow work={works[2]!} width={60} selected={false} focused={false} matches={matches} reading={reading} />);
		const second = lines(lastFrame())[1]!;
		// ink-testing-library keeps the escapes: the underline opens at `Ilse` and not before.
		expect(plain(second)).toMatch(/^ {2}pairing: Maren\/Ilse · /);
		expect(second).toMatch(/Maren\/(\u001B\[[14]m)*\u001B\[4m(\u001B\[[14]m)*Ilse/);
		expect(second).not.toMatch(/\u001B\[4m[^\u001B]*Maren/);
	});

	it('shows no reason for a match only a filter or the summary made', () => {
		const matches = [{field: 'words' as const, value: '42', indices: []}];
		const reading = getWork(emptyState(), 'none');
		const second = lines(render(<WorkRow work={works[2]!} width={60} selected={false} focused={false} matches={matches} reading={reading} />).lastFrame())[1]!;
		expect(plain(second)).toBe('  - · 42w · - · flourdusted');
	});
});
