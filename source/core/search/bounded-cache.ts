/**
 * A map that keeps only its `capacity` most recently used entries. Search
 * results of the last few query words stay at hand while typing, without
 * holding on to a result array per word ever typed.
 */
export class BoundedCache<Key, Value> {
	readonly #entries = new Map<Key, Value>();

	constructor(readonly capacity: number) {}

	get(key: Key): Value | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			// Re-inserting moves the key to the end: Map keeps insertion order.
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}

		return value;
	}

	set(key: Key, value: Value): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.capacity) {
			const oldest = this.#entries.keys().next();
			if (!oldest.done) this.#entries.delete(oldest.value);
		}
	}
}
