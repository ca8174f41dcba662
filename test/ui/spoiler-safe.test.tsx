import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {hiddenFields} from '../../source/core/spoilers.js';
import {emptyState, getWork} from '../../source/core/state/reading-state.js';
import {App} from '../../source/ui/app.js';
import {previewLines} from '../../source/ui/lines/preview-lines.js';
import {sidebarLines} from '../../source/ui/lines/sidebar-lines.js';
import {makeWork} from '../helpers/make-work.js';

const work = makeWork({
	path: 'lamp.txt',
	title: 'The Lamp at Gull Point',
	authors: ['saltwater_scribe'],
	warnings: ['Major Character Death'],
	fandoms: ['Original Work'],
	tags: ['Drowning', 'Slow Burn'],
	words: 3120,
});
const details = {summary: 'The keeper does not live to see spring.', toc: [], extra: {}};
const flat = (lines: ReadonlyArray<{text: string}>) => lines.map(line => line.text).join(' ');

describe('spoiler-safe mode in the sidebar and the preview', () => {
	it('hides the warnings only, at the warnings level', () => {
		const text = flat(sidebarLines(work, details, 60, [], [work], hiddenFields('warnings')));
		expect(text).toContain('Warning hidden (z to show)');
		expect(text).not.toContain('Major Character Death');
		expect(text).toContain('Drowning, Slow Burn');
		expect(text).toContain('The keeper does not live');
	});

	it('hides tags and the summary as well, at the all level, in the sidebar and the preview', () => {
		const hidden = hiddenFields('all');
		const sidebar = flat(sidebarLines(work, details, 60, [], [work], hidden));
		const preview = flat(previewLines(work, details, null, getWork(emptyState(), 'x'), 60, hidden));
		for (const text of [sidebar, preview]) {
			for (const secret of ['Major Character Death', 'Drowning', 'The keeper does not live']) expect(text).not.toContain(secret);
			expect(text).toContain('hidden (z to show)');
			expect(text).toContain('Original Work');
		}

		// A summary not read yet is `…`, as without the mode.
		expect(flat(sidebarLines(work, null, 60, [], [work], hidden))).toContain('Summary …');
	});

	it('says a hidden field matched the search, but not its value', () => {
		const matches = [{field: 'warnings' as const, value: 'Major Character Death', indices: [[6, 14]] as Array<[number, number]>}];
		const text = flat(sidebarLines(work, details, 60, matches, [work], hiddenFields('warnings')));
		expect(text).toContain('Warning ◂ match hidden (z to show)');
		expect(text).not.toContain('Death');
	});
});

async function shown(columns: number, rows: number) {
	const app = render(<App root="lib" works={[work]} skipped={[]} columns={columns} rows={rows} readingWidth={null} spoilerLevel="warnings" />);
	// ink-testing-library's terminal is 100 columns wide; a wider frame would be squeezed into it.
	Object.defineProperty(app.stdout, 'columns', {get: () => columns});
	Object.defineProperty(app.stdout, 'rows', {get: () => rows});
	app.stdout.emit('resize');
	await vi.waitFor(() => expect(app.lastFrame()).toContain('The Lamp at Gull Point'));
	return app;
}

describe('spoiler-safe mode on screen', () => {
	for (const [columns, rows] of [[80, 24], [200, 60]] as const) {
		it(`starts with the warnings hidden and z shows them, at ${columns}×${rows}`, async () => {
			const {lastFrame, stdin} = await shown(columns, rows);
			// Under 100 columns the sidebar is one key away.
			if (columns < 100) stdin.write('i');
			await vi.waitFor(() => expect(lastFrame()).toContain('hidden (z to show)'));
			expect(lastFrame()).not.toContain('Major Character Death');
			for (const line of (lastFrame() ?? '').split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
			stdin.write('z');
			await vi.waitFor(() => expect(lastFrame()).toContain('Major Character Death'));
			expect(lastFrame()).toContain('Spoiler-safe off: warnings shown');
			stdin.write('z');
			await vi.waitFor(() => expect(lastFrame()).not.toContain('Major Character Death'));
		});
	}
});
