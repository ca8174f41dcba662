import {noMatch} from './fuzzy-word.js';

// Works are ordered by a radix sort (two passes of 12 bits) on scores
// rounded to 1/scale: linear time, and stable, so equal scores keep array
// order. A comparison sort of 50,000 hits costs more than the rest of a
// keystroke. Differences below 1/scale are noise; scores past the last key
// (a query of a hundred words) share it.
const scoreScale = 100;
const radixBits = 12;
const radix = 1 << radixBits;
const lastKey = radix * radix - 1;

/**
 * Returns a function that lists the works whose total is not `noMatch`,
 * best (lowest) first, ties in the order of `tieOrder` when given (the list's
 * sort order: works it leaves out come after it), else in array order. The
 * returned array is reused by the next call: read it before ranking again.
 */
export function createRanker(count: number): (totals: Float32Array, tieOrder?: readonly number[]) => Int32Array {
	const works = new Int32Array(count);
	const keys = new Int32Array(count);
	const sortedWorks = new Int32Array(count);
	const sortedKeys = new Int32Array(count);
	const order = new Int32Array(count);
	const counts = new Int32Array(radix + 1);

	/** Stable counting sort of `fromWorks`/`fromKeys` by the digit at `shift`. */
	const pass = (hits: number, shift: number, fromWorks: Int32Array, fromKeys: Int32Array, toWorks: Int32Array, toKeys: Int32Array) => {
		counts.fill(0);
		for (let hit = 0; hit < hits; hit++) counts[((fromKeys[hit]! >>> shift) & (radix - 1)) + 1]!++;
		for (let digit = 0; digit < radix; digit++) counts[digit + 1]! += counts[digit]!;
		for (let hit = 0; hit < hits; hit++) {
			const at = counts[(fromKeys[hit]! >>> shift) & (radix - 1)]!++;
			toWorks[at] = fromWorks[hit]!;
			toKeys[at] = fromKeys[hit]!;
		}
	};

	// The order works are visited in, which the stable sort keeps for ties: built once per tie order given.
	const arrayOrder = Int32Array.from({length: count}, (_, work) => work);
	let visit = arrayOrder;
	let visitFor: readonly number[] | undefined;
	const visitOrder = (tieOrder: readonly number[] | undefined): Int32Array => {
		if (tieOrder === undefined) return arrayOrder;
		if (tieOrder === visitFor) return visit;
		const seen = new Uint8Array(count);
		const built = new Int32Array(count);
		let next = 0;
		for (const work of tieOrder) {
			if (!Number.isInteger(work) || work < 0 || work >= count || seen[work] === 1) continue;
			seen[work] = 1;
			built[next++] = work;
		}

		for (let work = 0; work < count; work++) if (seen[work] === 0) built[next++] = work;
		visitFor = tieOrder;
		visit = built;
		return built;
	};

	return (totals, tieOrder) => {
		const visiting = visitOrder(tieOrder);
		let hits = 0;
		let topKey = 0;
		for (let at = 0; at < count; at++) {
			const work = visiting[at]!;
			const total = totals[work]!;
			if (total === noMatch) continue;
			const key = Math.min(lastKey, Math.round(total * scoreScale));
			works[hits] = work;
			keys[hits++] = key;
			if (key > topKey) topKey = key;
		}

		if (topKey === 0) {
			order.set(works.subarray(0, hits));
			return order.subarray(0, hits);
		}

		pass(hits, 0, works, keys, sortedWorks, sortedKeys);
		pass(hits, radixBits, sortedWorks, sortedKeys, order, keys);
		return order.subarray(0, hits);
	};
}
