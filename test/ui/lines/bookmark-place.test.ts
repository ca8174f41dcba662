import {describe, expect, it} from 'vitest';
import {bookmarkPlace} from '../../../source/ui/lines/bookmark-place.js';

describe('bookmarkPlace', () => {
	it('says the chapter and %', () => {
		expect(bookmarkPlace({number: 3, title: 'Chapter 3: High Water'}, 0.452)).toBe('ch 3 · 45%');
		expect(bookmarkPlace({number: 2, title: 'The Lighthouse'}, 1)).toBe('ch 2 · 100%');
	});

	it('names the chapter where asked, when its title says more than its number and the excerpt does not start with it', () => {
		const named = {excerpt: 'She left the lamp lit.'};
		expect(bookmarkPlace({number: 1, title: 'Chapter 1: Salt Tides'}, 0, named)).toBe('ch 1 Salt Tides · 0%');
		expect(bookmarkPlace({number: 2, title: 'The Lighthouse'}, 0.5, named)).toBe('ch 2 The Lighthouse · 50%');
		expect(bookmarkPlace({number: 3, title: 'Chapter 3'}, 0.6, named)).toBe('ch 3 · 60%');
		// A bookmark at the chapter's start: its excerpt is the heading already.
		expect(bookmarkPlace({number: 5, title: 'Chapter 5: Low Tide'}, 0.67, {excerpt: 'Chapter 5: Low Tide'})).toBe('ch 5 · 67%');
	});

	it('leaves out what is not known: no chapters marked, or a bookmark saved before they were kept', () => {
		expect(bookmarkPlace(null, 0.5)).toBe('50%');
		expect(bookmarkPlace(undefined, undefined, {excerpt: 'x'})).toBe('');
	});
});
