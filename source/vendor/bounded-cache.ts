/**
 * A map that keeps only its `capacity` most recently used entries: what was
 * just used stays at hand without holding on to everything ever used. Search
 * results of the last few query words; Ink's measured and wrapped texts of the
 * last few frames (see scripts/build/package-patches.js).
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
