import {describe, expect, it} from 'vitest';
import {withBlocks} from '../../../source/core/rich/plain-blocks.js';

describe('withBlocks', () => {
	it('sets apart the chapter headings and scene-break lines of a text file', () => {
		const body = {paragraphs: ['Chapter 1', 'Some text.', '* * *', '~~~', 'More text ***', '-----', 'Chapter 2']};
		const kinds = withBlocks(body, [{title: 'Chapter 1', paragraph: 0}, {title: 'Chapter 2', paragraph: 6}]).blocks!.map(block => block.kind);
		expect(kinds).toEqual(['heading', 'text', 'scene-break', 'scene-break', 'text', 'scene-break', 'heading']);
	});

	it('keeps the blocks of a rich body as they are', () => {
		const body = {paragraphs: ['* * *'], blocks: [{kind: 'text' as const}]};
		expect(withBlocks(body, [])).toBe(body);
	});
});
