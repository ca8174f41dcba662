import React from 'react';
import {render} from 'ink-testing-library';
import {describe, expect, it, vi} from 'vitest';
import type {FieldMatch} from '../../source/core/search/search-engine.js';
import {Sidebar} from '../../source/ui/panes/sidebar.js';
import {sidebarLines} from '../../source/ui/lines/sidebar-lines.js';
import type {WorkListing} from '../../source/core/work.js';
import {makeWork} from '../helpers/make-work.js';

// Counts the wraps the pane asks for, while they still do the real work.
vi.mock('../../source/ui/lines/sidebar-lines.js', async importOriginal => {
	const actual = await importOriginal<typeof import('../../source/ui/lines/sidebar-lines.js')>();
	return {...actual, sidebarLines: vi.fn(actual.sidebarLines)};
});

const noWorks: WorkListing[] = [];

describe('Sidebar', () => {
	// Regression: the whole sidebar was wrapped again on every frame, a page turn in the reader included.
	it('wraps the metadata again only when the work, the width or the matches change', () => {
		const work = makeWork({title: 'The Lamp at Gull Point'});
		const details = {summary: 'Two women, one lens, and eleven winters of dark. '.repeat(10), toc: [], extra: {}};
		const matches: FieldMatch[] = [{field: 'title', value: work.title, indices: [[4, 7]]}];
		const wraps = vi.mocked(sidebarLines);
		wraps.mockClear();
		const {lastFrame, rerender} = render(<Sidebar works={noWorks} work={work} details={details} matches={matches} width={30} height={10} top={0} />);
		rerender(<Sidebar works={noWorks} work={work} details={details} matches={matches} width={30} height={10} top={0} />);
		rerender(<Sidebar works={noWorks} work={work} details={details} matches={matches} width={30} height={8} top={3} />);
		expect(wraps).toHaveBeenCalledTimes(1);
		// The scrolled frame is still the window of the lines at that offset.
		expect(lastFrame()).not.toContain('Title');
		expect(lastFrame()).toContain('↓ more (J/K)');
		rerender(<Sidebar works={noWorks} work={work} details={details} matches={matches} width={40} height={8} top={3} />);
		rerender(<Sidebar works={noWorks} work={work} details={details} matches={[]} width={40} height={8} top={3} />);
		rerender(<Sidebar works={noWorks} work={{...work}} details={details} matches={[]} width={40} height={8} top={3} />);
		expect(wraps).toHaveBeenCalledTimes(4);
	});

	// Regression (issue 16.11): the line break between two copies' names was made `?` by the safe-text step.
	it('lists each copy of a work on a line of its own, each name made safe', () => {
		const primary = makeWork({path: 'good\u202E.txt', id: '1'});
		const copy = makeWork({path: 'link_to_good\u001B.txt', id: '1', duplicateOf: 'good\u202E.txt'});
		const lines = sidebarLines(primary, null, 60, [], [primary, copy]);
		const copies = lines.findIndex(line => line.text === '2 copies');
		expect(lines.slice(copies + 1, copies + 3).map(line => line.text)).toEqual(['good?.txt (ao3-text)', 'link_to_good?.txt (ao3-text)']);
	});
});
