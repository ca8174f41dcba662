import {noMatch} from './fuzzy-word.js';

// Works are ordered by a counting sort on scores rounded to 1/scale: linear
// time, and stable, so equal scores keep array order. A comparison sort of
// 50,000 hits costs more than the rest of a keystroke. Differences below
// 1/scale are noise; scores past the last bucket (a query of a hundred
// words) share it.
const scoreScale = 10_000;
const lastBucket = 1 << 20;

/**
 * Returns a function that lists the works whose total is not `noMatch`,
 * best (lowest) first, ties in array order. The returned array is reused by
 * the next call: read it before ranking again.
 */
export function createRanker(count: number): (totals: Float32Array) => Int32Array {
	const works = new Int32Array(count);
	const buckets = new Int32Array(count);
	const order = new Int32Array(count);
	return totals => {
		let hits = 0;
		let topBucket = 0;
		for (let work = 0; work < count; work++) {
			const total = totals[work]!;
			if (total === noMatch) continue;
			const bucket = Math.min(lastBucket, Math.round(total * scoreScale));
			works[hits] = work;
			buckets[hits++] = bucket;
			if (bucket > topBucket) topBucket = bucket;
		}

		const bucketStart = new Int32Array(topBucket + 2);
		for (let hit = 0; hit < hits; hit++) bucketStart[buckets[hit]! + 1]!++;
		for (let bucket = 0; bucket <= topBucket; bucket++) bucketStart[bucket + 1]! += bucketStart[bucket]!;
		for (let hit = 0; hit < hits; hit++) order[bucketStart[buckets[hit]!]!++] = works[hit]!;
		return order.subarray(0, hits);
	};
}
