import {fail} from './mobi-error.js';
import type {Pdb} from './read-pdb.js';
import {hasTag, u16, u32, u8} from './read-bytes.js';
import {readForwardVarint, tryForwardVarint} from './varint.js';

/**
 * An INDX index (KF8's skeleton and fragment tables): a header record naming
 * its tag layout (TAGX), then index records whose IDXT lists their entries,
 * then CNCX records holding the strings entries point at. Layout as the
 * MobileRead wiki and calibre's `reader/index.py` describe it; every count and
 * offset is checked against the record it comes from.
 */
export type IndexEntry = {
	/** The entry's name: `SKEL0000000000` for a skeleton, the insert position in decimal for a fragment. */
	label: string;
	/** Values by tag number. */
	tags: ReadonlyMap<number, readonly number[]>;
};

export type Index = {
	entries: IndexEntry[];
	/** The CNCX string at `offset`, or null. */
	string(offset: number): string | null;
};

type TagLayout = {tag: number; valuesPerEntry: number; mask: number; endOfControlByte: boolean};

/** Far past the skeletons and fragments of any fic; more is corruption. */
const MAX_INDEX_RECORDS = 1024;
const MAX_ENTRIES = 200_000;

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function readTagx(record: Uint8Array, offset: number): {controlBytes: number; layout: TagLayout[]} {
	const length = u32(record, offset + 4, 'index tag table');
	const controlBytes = u32(record, offset + 8, 'index tag table');
	if (length < 12 || offset + length > record.length || controlBytes > 16) {
		fail('corrupt KF8 index (tag table)');
	}

	const layout: TagLayout[] = [];
	for (let position = offset + 12; position + 4 <= offset + length; position += 4) {
		layout.push({
			tag: record[position]!,
			valuesPerEntry: record[position + 1]!,
			mask: record[position + 2]!,
			endOfControlByte: record[position + 3] === 1,
		});
	}

	return {controlBytes, layout};
}

function bitCount(value: number): number {
	let count = 0;
	for (let bits = value; bits !== 0; bits >>>= 1) {
		count += bits & 1;
	}

	return count;
}

/** An entry's tag values, from its control bytes and the numbers after them. */
function readTags(data: Uint8Array, start: number, end: number, controlBytes: number, layout: readonly TagLayout[]): Map<number, number[]> {
	let position = start + controlBytes;
	const next = (): number => {
		if (position >= end) {
			fail('corrupt KF8 index (entry cut short)');
		}

		const {value, length} = readForwardVarint(data, position);
		position += length;
		return value;
	};

	// First which tags are present and how many values (or bytes of values) each has…
	const present: Array<{tag: number; count: number | null; bytes: number | null; perEntry: number}> = [];
	let control = start;
	for (const {tag, valuesPerEntry, mask, endOfControlByte} of layout) {
		if (endOfControlByte) {
			control++;
			continue;
		}

		const value = control < start + controlBytes ? data[control]! & mask : 0;
		if (value === 0) {
			continue;
		}

		if (value === mask && bitCount(mask) > 1) {
			present.push({tag, count: null, bytes: next(), perEntry: valuesPerEntry});
		} else {
			let count = value;
			for (let shifted = mask; (shifted & 1) === 0; shifted >>>= 1) {
				count >>>= 1;
			}

			present.push({tag, count, bytes: null, perEntry: valuesPerEntry});
		}
	}

	// …then the values themselves, in the same order.
	const tags = new Map<number, number[]>();
	for (const {tag, count, bytes, perEntry} of present) {
		const values: number[] = [];
		if (count === null) {
			const stop = position + bytes!;
			while (position < stop) {
				values.push(next());
			}
		} else {
			for (let index = 0; index < count * perEntry; index++) {
				values.push(next());
			}
		}

		tags.set(tag, values);
	}

	return tags;
}

function readEntries(record: Uint8Array, tagx: ReturnType<typeof readTagx>, entries: IndexEntry[]): void {
	if (!hasTag(record, 0, 'INDX')) {
		fail('corrupt KF8 index (not an INDX record)');
	}

	const idxt = u32(record, 20, 'index record');
	const count = u32(record, 24, 'index record');
	if (!hasTag(record, idxt, 'IDXT') || idxt + 4 + count * 2 > record.length || entries.length + count > MAX_ENTRIES) {
		fail('corrupt KF8 index (entry table)');
	}

	for (let index = 0; index < count; index++) {
		const start = u16(record, idxt + 4 + index * 2, 'index entry table');
		const end = index + 1 < count ? u16(record, idxt + 6 + index * 2, 'index entry table') : idxt;
		if (start >= end || end > idxt) {
			fail('corrupt KF8 index (entry out of place)');
		}

		const labelLength = u8(record, start, 'index entry');
		if (start + 1 + labelLength > end) {
			fail('corrupt KF8 index (entry name cut short)');
		}

		const label = latin1.decode(record.subarray(start + 1, start + 1 + labelLength));
		entries.push({label, tags: readTags(record, start + 1 + labelLength, end, tagx.controlBytes, tagx.layout)});
	}
}

/** CNCX strings by offset: record k's strings start at k × 0x10000. */
function readStrings(records: readonly Uint8Array[]): Map<number, string> {
	const strings = new Map<number, string>();
	for (const [number, record] of records.entries()) {
		let position = 0;
		while (position < record.length) {
			const size = tryForwardVarint(record, position);
			if (size === null || size.value === 0) {
				// The padding at the end of a record.
				break;
			}

			const {value: length, length: used} = size;
			strings.set(number * 0x1_00_00 + position, utf8.decode(record.subarray(position + used, position + used + length)));
			position += used + length;
		}
	}

	return strings;
}

/** Reads the index whose header is record `first` of the file. */
export async function readIndex(pdb: Pdb, first: number): Promise<Index> {
	const header = await pdb.read(first);
	if (!hasTag(header, 0, 'INDX')) {
		fail('corrupt KF8 index (no INDX header)');
	}

	const headerLength = u32(header, 4, 'index header');
	const recordCount = u32(header, 24, 'index header');
	const stringRecords = u32(header, 52, 'index header');
	if (recordCount > MAX_INDEX_RECORDS || stringRecords > MAX_INDEX_RECORDS) {
		fail('corrupt KF8 index (record counts)');
	}

	// The tag table follows the header; older writers put it elsewhere, so look for it.
	const tagxOffset = hasTag(header, headerLength, 'TAGX') ? headerLength : indexOfTag(header, 'TAGX');
	if (tagxOffset < 0) {
		fail('corrupt KF8 index (no tag table)');
	}

	const tagx = readTagx(header, tagxOffset);
	const entries: IndexEntry[] = [];
	for (const record of await pdb.readRun(first + 1, recordCount)) {
		readEntries(record, tagx, entries);
	}

	const strings = readStrings(await pdb.readRun(first + 1 + recordCount, stringRecords));
	return {entries, string: offset => strings.get(offset) ?? null};
}

function indexOfTag(record: Uint8Array, tag: string): number {
	for (let offset = 0; offset + tag.length <= record.length; offset++) {
		if (hasTag(record, offset, tag)) {
			return offset;
		}
	}

	return -1;
}
