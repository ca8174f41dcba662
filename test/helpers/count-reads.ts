/** `items` behind a proxy that counts reads of its elements, to show a lookup does not scan them all. */
export function countReads<T extends readonly unknown[]>(items: T): {items: T; reads: () => number} {
	let reads = 0;
	const counted = new Proxy(items, {
		get(target, key, receiver) {
			if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
			return Reflect.get(target, key, receiver) as unknown;
		},
	});
	return {items: counted, reads: () => reads};
}
