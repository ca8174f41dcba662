import React from 'react';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {emptyState, getWork} from '../../source/core/state/reading-state.js';
import {PreviewPane} from '../../source/ui/panes/preview-pane.js';
import {makeWork} from '../helpers/make-work.js';

const work = makeWork({title: 'The Lamp at Gull Point', authors: ['saltwater_scribe'], rating: 'General Audiences', words: 3120, chapters: {posted: 6, total: 6}, status: 'complete', fandoms: ['Original Work'], relationships: ['Maren/Ilse'], tags: ['Slow Burn', 'Lighthouses']});
const details = {summary: 'A keeper, a ghost, and a lamp.', toc: [], extra: {}};
const body = {paragraphs: ['Chapter 1', 'The lamp had been dark for eleven winters.']};

describe('PreviewPane', () => {
	for (const [width, height] of [[48, 22], [46, 28], [100, 58]] as const) {
		it(`shows the selected work's details, summary and first lines at ${width}×${height}`, () => {
			const frame = render(<PreviewPane work={work} details={details} body={body} reading={getWork(emptyState(), 'x')} width={width} height={height} />).lastFrame() ?? '';
			// Wrapped lines joined again: what matters is that each piece is there, whatever the width.
			const flat = frame.split('\n').map(line => line.trim()).join(' ');
			for (const text of ['The Lamp at Gull Point', 'by saltwater_scribe', 'Original Work', 'Maren/Ilse', 'Slow Burn, Lighthouses', '3,120 words', '6/6 chapters', 'A keeper, a ghost, and a lamp.', 'The lamp had been dark']) expect(flat).toContain(text);
			for (const line of frame.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
		});
	}

	// Regression: the first lines repeated the summary (and the notes) that open the text of a download.
	it('starts the first lines at the story, past the notes that open the text', () => {
		const noted = {
			paragraphs: ['Summary:', 'A keeper, a ghost, and a lamp.', 'Notes:', 'For the exchange.', 'Chapter 1', 'The lamp had been dark for eleven winters.'],
			blocks: [{kind: 'note', label: true}, {kind: 'note'}, {kind: 'note', label: true}, {kind: 'note'}, {kind: 'heading'}, {kind: 'text'}] as const,
		};
		const frame = render(<PreviewPane work={work} details={details} body={{...noted, blocks: [...noted.blocks]}} reading={getWork(emptyState(), 'x')} width={60} height={40} />).lastFrame() ?? '';
		expect(frame.split('\n').filter(line => line.includes('A keeper, a ghost'))).toHaveLength(1);
		expect(frame).not.toContain('Notes:');
		expect(frame).not.toContain('For the exchange.');
		expect(frame).toContain('Chapter 1');
		expect(frame).toContain('The lamp had been dark');
	});

	it('shows … for the summary until the work is read ahead', () => {
		const frame = render(<PreviewPane work={work} details={null} body={null} reading={getWork(emptyState(), 'x')} width={40} height={20} />).lastFrame() ?? '';
		expect(frame).toContain('…');
	});
});

describe('PreviewPane on an AO3 download', () => {
	// The summary and notes come first in an AO3 download's body; the preview already shows the summary.
	const download = {
		paragraphs: ['Summary:', 'A keeper, a ghost, and a lamp.', 'Notes:', 'Written for an exchange.', 'Chapter 1: Morning', 'The night ferry came in late.'],
		blocks: [{kind: 'note' as const, label: true}, {kind: 'note' as const}, {kind: 'note' as const, label: true}, {kind: 'note' as const}, {kind: 'heading' as const}, {kind: 'text' as const}],
	};

	it('opens on the text, leaving out the notes before it, at 100×30', () => {
		const frame = render(<PreviewPane work={work} details={details} body={download} reading={getWork(emptyState(), 'x')} width={44} height={28} />).lastFrame() ?? '';
		expect(frame).toContain('The night ferry came in late.');
		expect(frame).toContain('Chapter 1: Morning');
		expect(frame).not.toContain('Notes:');
		expect(frame).not.toContain('Written for an exchange.');
	});
});
