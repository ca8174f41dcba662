import {readBackwardVarint} from './varint.js';

/**
 * A text record's own bytes, without the entries a MOBI writer appends after
 * them (the header's extra-record-data flags say which). Bit 0: the trailing
 * bytes of a multibyte character the next record repeats, their count in the
 * low two bits of the last byte left; every higher bit: an entry (indexing
 * data, TBS) that ends with its own size as a backward number. The sized
 * entries sit outermost, highest bit last, so they come off first. Left in,
 * they show as junk — or a broken character — at every record boundary.
 */
export function stripTrailingEntries(record: Uint8Array, flags: number): Uint8Array {
	let end = record.length;
	for (let bits = flags >>> 1; bits !== 0 && end > 0; bits >>>= 1) {
		if (bits & 1) {
			// A corrupt size larger than what is left empties the record rather
			// than reaching into bytes before it.
			end -= Math.min(end, readBackwardVarint(record, end));
		}
	}

	if (flags & 1 && end > 0) {
		end -= Math.min(end, (record[end - 1]! & 0b11) + 1);
	}

	return record.subarray(0, end);
}
