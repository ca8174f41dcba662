import {fail} from './mobi-error.js';

/**
 * The variable-width integers of MOBI indexes: 7 bits a byte, big-endian; a
 * forward integer ends at the byte with the high bit set. Five bytes hold
 * more than any offset in a readable book, so a longer run is corruption,
 * not a number.
 */
const MAX_BYTES = 5;

export function readForwardVarint(bytes: Uint8Array, offset: number): {value: number; length: number} {
	return tryForwardVarint(bytes, offset) ?? fail('corrupt number in an index');
}

/** A forward integer, or null where the bytes end first or run too long (a record's padding). */
export function tryForwardVarint(bytes: Uint8Array, offset: number): {value: number; length: number} | null {
	let value = 0;
	for (let length = 1; length <= MAX_BYTES; length++) {
		const byte = bytes[offset + length - 1];
		if (byte === undefined) {
			return null;
		}

		value = value * 128 + (byte & 0x7f);
		if (byte & 0x80) {
			return {value, length};
		}
	}

	return null;
}

/**
 * A backward integer, read from the byte before `end` towards the start,
 * as text records store the sizes of their trailing entries: the byte with
 * the high bit set is the first (most significant) one.
 */
export function readBackwardVarint(bytes: Uint8Array, end: number): number {
	let value = 0;
	let shift = 1;
	for (let position = end - 1; position >= 0 && position >= end - 4; position--) {
		const byte = bytes[position]!;
		value += (byte & 0x7f) * shift;
		shift *= 128;
		if (byte & 0x80) {
			break;
		}
	}

	return value;
}
