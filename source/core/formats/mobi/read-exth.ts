import {hasTag, u32} from './read-bytes.js';

/** EXTH record types ficread reads. */
export const EXTH = {
	author: 100,
	publisher: 101,
	description: 103,
	subject: 105,
	published: 106,
	uid: 113,
	kf8Boundary: 121,
	updatedTitle: 503,
	language: 524,
} as const;

/** An EXTH block's records by type, in file order (authors and subjects repeat). */
export type Exth = ReadonlyMap<number, readonly Uint8Array[]>;

/** Far more records than any writer emits: a count past it is corruption, not metadata. */
const MAX_RECORDS = 4096;

/**
 * Reads the EXTH block at `offset` of record 0. A damaged block yields the
 * records read before the damage: metadata is a nicety, and the book's text
 * does not depend on it.
 */
export function readExth(record: Uint8Array, offset: number): Exth {
	const exth = new Map<number, Uint8Array[]>();
	if (!hasTag(record, offset, 'EXTH') || offset + 12 > record.length) {
		return exth;
	}

	const count = Math.min(u32(record, offset + 8, 'EXTH header'), MAX_RECORDS);
	let position = offset + 12;
	for (let index = 0; index < count && position + 8 <= record.length; index++) {
		const type = u32(record, position, 'EXTH record');
		const size = u32(record, position + 4, 'EXTH record');
		if (size < 8 || position + size > record.length) {
			break;
		}

		const values = exth.get(type) ?? [];
		values.push(record.subarray(position + 8, position + size));
		exth.set(type, values);
		position += size;
	}

	return exth;
}

/** The first value of a numeric EXTH record (4 bytes, big-endian), or null. */
export function exthNumber(exth: Exth, type: number): number | null {
	const value = exth.get(type)?.[0];
	return value?.length === 4 ? u32(value, 0, 'EXTH value') : null;
}
