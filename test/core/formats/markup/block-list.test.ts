import {describe, expect, it} from 'vitest';
import {BlockList} from '../../../../source/core/formats/markup/block-list.js';

describe('BlockList.heading', () => {
	it('trims a heading of every kind of white space, as every paragraph is, and adds none that is blank', () => {
		// An AO3 chapter heading that opens with `&nbsp;`: the markup's text keeps the no-break space at its edge.
		const list = new BlockList();
		list.heading('\u00A0 Dawn \u00A0');
		list.heading('\u00A0\u00A0');
		expect(list.paragraphs).toEqual(['Dawn']);
		expect(list.toc).toEqual([{title: 'Dawn', paragraph: 0}]);
	});
});
