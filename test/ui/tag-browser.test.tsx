import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it, vi} from 'vitest';
import {App} from '../../source/ui/app.js';
import {makeWork} from '../helpers/make-work.js';

const works = [
	makeWork({path: 'a.txt', title: 'The Lamp at Gull Point', rating: 'General Audiences', fandoms: ['Original Work'], relationships: ['Maren/Ilse'], tags: ['Slow Burn', 'Lighthouses']}),
	makeWork({path: 'b.txt', title: 'Salt and Ash', rating: 'Mature', fandoms: ['Original Work'], tags: ['Slow Burn', 'Angst']}),
	// Labels are text from files: a control character in one is not drawn.
	makeWork({path: 'c.txt', title: 'Many', tags: Array.from({length: 60}, (_, index) => `Tag ${String(index).padStart(2, '0')}\u0007`)}),
];

describe('TagBrowser at 100×30', () => {
	it('draws the counts, the filter and a window of entries that fits the screen', async () => {
		const {lastFrame, stdin} = render(<App root="lib" works={works} skipped={[]} columns={100} rows={30} readingWidth={null} />);
		await vi.waitFor(() => expect(lastFrame()).toContain('Library · 3 works'));
		stdin.write('#');
		await vi.waitFor(() => expect(lastFrame()).toContain('Labels of 3 works'));
		const frame = lastFrame() ?? '';
		expect(frame).toContain('67 shown · by count');
		expect(frame).toMatch(/▸ +2 {2}fandom {2}Original Work/);
		expect(frame).toMatch(/ +2 {2}tag {5}Slow Burn/);
		expect(frame).toContain('Enter narrow');
		expect(frame).not.toContain('\u0007');
		const lines = frame.split('\n');
		expect(lines.length).toBeLessThanOrEqual(30);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(100);
		// A window: the 29 rows above the status bar less the border, the title and the filter lines.
		expect(lines.filter(line => /\d {2}(tag|fandom|ship|rating) /.test(line))).toHaveLength(25);

		stdin.write('lamp');
		await vi.waitFor(() => expect(lastFrame()).toContain('Filter: lamp'));
		stdin.write('\t');
		await vi.waitFor(() => expect(lastFrame()).toContain('by name'));
		stdin.write('\u0015burn');
		await vi.waitFor(() => expect(lastFrame()).toContain('1 shown'));
		stdin.write('\r');
		await vi.waitFor(() => expect(lastFrame()).toContain('tag:"Slow Burn"'));
		await vi.waitFor(() => expect(lastFrame()).toContain('2 of 3'));
		expect(lastFrame()).toContain('Salt and Ash');
		expect(lastFrame()).not.toContain('Many');
	});
});
