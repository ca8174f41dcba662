import {describe, expect, it} from 'vitest';
import {queryFieldNames} from '../../../source/core/search/parse-query.js';
import {querySyntax} from '../../../source/core/search/query-syntax.js';

describe('the query syntax table (the search box help)', () => {
	const examples = querySyntax.map(row => row.example).join(' ');

	it('names every field the parser reads', () => {
		const names = queryFieldNames();
		expect(names.length).toBeGreaterThan(10);
		const missing = names.filter(name => !new RegExp(`(^|\\s)${name}:`).test(examples));
		expect(missing).toEqual([]);
	});

	it('shows every is: flag, phrases, exact, prefix and both ways to exclude', () => {
		for (const form of ['is:reading', 'is:read', 'is:unread', 'is:later', 'is:bookmarked', 'is:new', '"two words"', "'word", '^word', '!term', '-term']) expect(examples).toContain(form);
	});
});
