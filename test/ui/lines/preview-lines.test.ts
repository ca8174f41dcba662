import {describe, expect, it} from 'vitest';
import {emptyState, getWork} from '../../../source/core/state/reading-state.js';
import {previewLines} from '../../../source/ui/lines/preview-lines.js';
import {makeWork} from '../../helpers/make-work.js';

const work = makeWork({title: 'Quorblex one-line download'});
const details = {summary: null, toc: [], extra: {}};

describe('previewLines', () => {
	// Regression: a 5 MB download on one line was wrapped whole for the preview, which froze the list for 1.7 s
	// on the key that selected it (typed keys waited), to show a pane's height of it.
	it('wraps no more of a paragraph than a pane could show, and marks where it stops', () => {
		const giant = 'word '.repeat(1_000_000);
		const lines = previewLines(work, details, {paragraphs: [giant, 'The next paragraph.']}, getWork(emptyState(), 'x'), 80);
		const text = lines.filter(line => line.kind === 'text');
		expect(text.length).toBeGreaterThanOrEqual(100);
		expect(text.length).toBeLessThanOrEqual(110);
		expect(text.at(-2)!.text).toMatch(/…$/);
		expect(text.at(-1)!.text).toBe('The next paragraph.');
	});

	it('leaves a paragraph that fits whole', () => {
		const paragraph = 'The lamp had been dark for eleven winters. '.repeat(50).trim();
		const lines = previewLines(work, details, {paragraphs: [paragraph]}, getWork(emptyState(), 'x'), 60);
		expect(lines.filter(line => line.kind === 'text').map(line => line.text).join(' ')).toBe(paragraph);
	});
});
