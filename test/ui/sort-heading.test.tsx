import React from 'react';
import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {emptyState} from '../../source/core/state/reading-state.js';
import {App} from '../../source/ui/app.js';
import {makeWork} from '../helpers/make-work.js';

const works = [makeWork({path: 'a.txt', title: 'Apple'}), makeWork({path: 'b.txt', title: 'Birch'}), makeWork({path: 'c.txt', title: 'Cedar'})];

describe('the sort order remembered for a folder', () => {
	it('starts sorted the way it was left, reversed too, and says so in the heading', () => {
		const reading = {...emptyState(), folders: {lib: {work: null, sortKey: 'title' as const, sortReversed: true, sidebarHidden: false, updatedAt: 1}}};
		const frame = (render(<App root="lib" folder="lib" reading={reading} works={works} skipped={[]} columns={120} rows={30} readingWidth={null} />).lastFrame() ?? '').split('\n');
		expect(frame[0]).toMatch(/^Library · 3 works · by title, rev/);
		expect(frame[1]).toMatch(/^▸ Cedar/);
		expect(frame[3]).toMatch(/^ {2}Birch/);
	});
});
