import {describe, expect, it} from 'vitest';
import {bookmarkPlace} from '../../../source/ui/lines/bookmark-place.js';

describe('bookmarkPlace', () => {
	it('says the chapter and %, with the title where it says more than the number', () => {
		expect(bookmarkPlace({number: 3, title: 'Chapter 3'}, 0.452)).toBe('ch 3 · 45%');
		expect(bookmarkPlace({number: 1, title: 'Chapter 1: Salt Tides'}, 0)).toBe('ch 1 Salt Tides · 0%');
		expect(bookmarkPlace({number: 2, title: 'The Lighthouse'}, 1)).toBe('ch 2 The Lighthouse · 100%');
	});

	it('leaves out what is not known: no chapters marked, or a bookmark saved before they were kept', () => {
		expect(bookmarkPlace(null, 0.5)).toBe('50%');
		expect(bookmarkPlace(undefined, undefined)).toBe('');
	});
});
