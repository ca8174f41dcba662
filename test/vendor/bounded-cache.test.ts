import {expect, it} from 'vitest';
import {BoundedCache} from '../../source/vendor/bounded-cache.js';

it('keeps the most recently used entries, up to its capacity', () => {
	const cache = new BoundedCache<string, number>(2);
	cache.set('a', 1);
	cache.set('b', 2);
	// Reading `a` makes `b` the oldest, so `c` pushes `b` out.
	expect(cache.get('a')).toBe(1);
	cache.set('c', 3);
	expect(cache.get('b')).toBeUndefined();
	expect(cache.get('a')).toBe(1);
	expect(cache.get('c')).toBe(3);
	// Setting a key again replaces its value without growing.
	cache.set('c', 4);
	cache.set('a', 5);
	expect([cache.get('a'), cache.get('c')]).toEqual([5, 4]);
	// Still two entries: a third key pushes out exactly the oldest.
	cache.set('d', 6);
	expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([undefined, 4, 6]);
});
