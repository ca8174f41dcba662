import {describe, expect, it} from 'vitest';
import {bodyView} from '../../../source/core/rich/body-view.js';
import type {BlockStyle, WorkBody} from '../../../source/core/work.js';

const note = (label = false): BlockStyle => ({kind: 'note', ...(label ? {label} : {})});
const text: BlockStyle = {kind: 'text'};
const heading: BlockStyle = {kind: 'heading'};
// 0 Summary: / 1 summary / 2 Chapter 1 / 3 Notes: / 4 note / 5 text / 6 text / 7 End Notes: / 8 note / 9 Chapter 2 / 10 text
const body: WorkBody = {
	paragraphs: ['Summary:', 'A summary.', 'Chapter 1', 'Notes:', 'A note.', 'First.', 'Second.', 'End Notes:', 'Thanks.', 'Chapter 2', 'Third.'],
	blocks: [note(true), note(), heading, note(true), note(), text, text, note(true), note(), heading, text],
};
const toc = [{title: 'Chapter 1', paragraph: 2}, {title: 'Chapter 2', paragraph: 9}];

describe('bodyView', () => {
	it('shows everything, with the same places, while notes are shown or there are none', () => {
		const all = bodyView(body, toc, true);
		expect(all.body).toBe(body);
		expect(all.hidden).toBe(0);
		expect(all.toShown({paragraph: 4, char: 2})).toEqual({paragraph: 4, char: 2});
		const plain = {paragraphs: ['a', 'b']};
		expect(bodyView(plain, [], false).body).toBe(plain);
	});

	it('leaves the notes out and maps places both ways', () => {
		const view = bodyView(body, toc, false);
		expect(view.body.paragraphs).toEqual(['Chapter 1', 'First.', 'Second.', 'Chapter 2', 'Third.']);
		expect(view.body.blocks).toHaveLength(5);
		expect(view.hidden).toBe(6);
		expect(view.toc).toEqual([{title: 'Chapter 1', paragraph: 0}, {title: 'Chapter 2', paragraph: 3}]);
		// A shown paragraph keeps its character; a hidden one goes to the start of the next shown one.
		expect(view.toShown({paragraph: 6, char: 3})).toEqual({paragraph: 2, char: 3});
		expect(view.toShown({paragraph: 4, char: 3})).toEqual({paragraph: 1, char: 0});
		expect(view.toShown({paragraph: 0, char: 0})).toEqual({paragraph: 0, char: 0});
		for (const shown of [0, 1, 2, 3, 4]) expect(view.toShown(view.toSource({paragraph: shown, char: 1}))).toEqual({paragraph: shown, char: 1});
		expect(view.toSource({paragraph: 2, char: 3})).toEqual({paragraph: 6, char: 3});
	});

	it('takes a place in notes at the end of the work to the last shown paragraph', () => {
		const tail: WorkBody = {paragraphs: ['Text.', 'End Notes:', 'Bye.'], blocks: [text, note(true), note()]};
		expect(bodyView(tail, [], false).toShown({paragraph: 2, char: 1})).toEqual({paragraph: 0, char: 0});
	});
});
