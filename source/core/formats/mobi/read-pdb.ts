import type {FileSource} from '../format-adapter.js';
import {fail} from './mobi-error.js';
import {u16, u32} from './read-bytes.js';

/** Where the record table starts: after the 78-byte Palm database header. */
const TABLE_OFFSET = 78;
const ENTRY_SIZE = 8;

/** One record's bytes in the file: `[offset, end)`. */
export type PdbRecord = {offset: number; end: number};

/**
 * A Palm database (a MOBI file's container): its type and creator, and a
 * record table checked once so that every record lies inside the file and
 * records follow each other. Records are read on demand through `read`.
 */
export type Pdb = {
	/** Type and creator, 8 ASCII bytes at offset 60: `BOOKMOBI`. */
	ident: string;
	records: readonly PdbRecord[];
	/** Record `index`'s bytes. */
	read(index: number): Promise<Uint8Array>;
	/**
	 * Records `first` to `first + count − 1`, read in one call: the text of a
	 * book is one run of records, and reading it whole is faster than one read
	 * per record.
	 */
	readRun(first: number, count: number): Promise<Uint8Array[]>;
};

export async function readPdb(file: FileSource): Promise<Pdb> {
	const head = await file.read(0, TABLE_OFFSET);
	if (head.length < TABLE_OFFSET) {
		fail('not a MOBI file (shorter than its header)');
	}

	const ident = String.fromCharCode(...head.subarray(60, 68));
	const count = u16(head, 76, 'database header');
	const tableEnd = TABLE_OFFSET + count * ENTRY_SIZE;
	if (count < 2 || tableEnd > file.size) {
		fail(`corrupt MOBI file (record table of ${count} records does not fit)`);
	}

	const table = await file.read(TABLE_OFFSET, count * ENTRY_SIZE);
	const offsets: number[] = [];
	for (let index = 0; index < count; index++) {
		const offset = u32(table, index * ENTRY_SIZE, 'record table');
		const previous = offsets.at(-1) ?? tableEnd;
		if (offset < previous || offset > file.size) {
			fail(`corrupt MOBI file (record ${index} lies outside the file or out of order)`);
		}

		offsets.push(offset);
	}

	const records = offsets.map((offset, index) => ({offset, end: offsets[index + 1] ?? file.size}));
	const check = (index: number): PdbRecord => {
		const record = records[index];
		if (!Number.isInteger(index) || record === undefined) {
			fail(`corrupt MOBI file (it names record ${index}, but has ${count})`);
		}

		return record;
	};

	return {
		ident,
		records,
		async read(index) {
			const {offset, end} = check(index);
			return file.read(offset, end - offset);
		},
		async readRun(first, runLength) {
			if (runLength <= 0) {
				return [];
			}

			const start = check(first).offset;
			const last = check(first + runLength - 1);
			const bytes = await file.read(start, last.end - start);
			return records.slice(first, first + runLength).map(({offset, end}) =>
				bytes.subarray(Math.min(offset - start, bytes.length), Math.min(end - start, bytes.length)),
			);
		},
	};
}
