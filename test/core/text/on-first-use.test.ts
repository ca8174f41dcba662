import {expect, it} from 'vitest';
import {onFirstUse} from '../../../source/core/text/on-first-use.js';

it('makes the regex when first asked for, and only then', () => {
	let made = 0;
	const letters = onFirstUse(() => {
		made++;
		return /\p{L}+/gu;
	});
	expect(made).toBe(0);
	const first = letters();
	expect(letters()).toBe(first);
	expect(made).toBe(1);
	expect('a1b'.match(letters())).toEqual(['a', 'b']);
});
