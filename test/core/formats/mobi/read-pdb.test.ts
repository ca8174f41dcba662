import {describe, expect, test} from 'vitest';
import {MobiError} from '../../../../source/core/formats/mobi/mobi-error.js';
import {readPdb} from '../../../../source/core/formats/mobi/read-pdb.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {palmDatabase} from '../../../helpers/mobi/build-mobi.js';

const records = [Uint8Array.of(1, 2, 3), Uint8Array.of(4), Uint8Array.of(5, 6)];

function withTable(file: Uint8Array, entries: Array<[number, number]>): Uint8Array {
	const copy = file.slice();
	const view = new DataView(copy.buffer);
	for (const [index, offset] of entries) {
		view.setUint32(78 + index * 8, offset);
	}

	return copy;
}

describe('readPdb', () => {
	test('reads the ident and each record, singly or as a run', async () => {
		const pdb = await readPdb(memoryFileSource(palmDatabase(records)));
		expect(pdb.ident).toBe('BOOKMOBI');
		expect(pdb.records).toHaveLength(3);
		expect(await pdb.read(1)).toEqual(Uint8Array.of(4));
		expect(await pdb.readRun(0, 3)).toEqual(records);
		expect(await pdb.readRun(2, 0)).toEqual([]);
	});

	test('reads the table once and a run in one read', async () => {
		const source = memoryFileSource(palmDatabase(records));
		const pdb = await readPdb(source);
		const afterTable = source.bytesRead;
		expect(afterTable).toBe(78 + 3 * 8);
		await pdb.readRun(0, 3);
		expect(source.bytesRead - afterTable).toBe(6);
	});

	test.each([
		['a file shorter than its header', Uint8Array.of(1, 2, 3), /shorter than its header/],
		['an absurd record count', (() => {
			const file = palmDatabase(records);
			new DataView(file.buffer).setUint16(76, 65_535);
			return file;
		})(), /does not fit/],
		['a record past the end', withTable(palmDatabase(records), [[1, 1_000_000]]), /outside the file or out of order/],
		['records out of order', withTable(palmDatabase(records), [[2, 0x68]]), /out of order/],
		['a record inside the table', withTable(palmDatabase(records), [[0, 80]]), /out of order/],
	])('refuses %s', async (_name, file, reason) => {
		await expect(readPdb(memoryFileSource(file))).rejects.toThrow(reason);
		await expect(readPdb(memoryFileSource(file))).rejects.toBeInstanceOf(MobiError);
	});

	test('a record number outside the table is refused', async () => {
		const pdb = await readPdb(memoryFileSource(palmDatabase(records)));
		await expect(pdb.read(3)).rejects.toThrow(/names record 3, but has 3/);
		await expect(pdb.readRun(2, 5)).rejects.toThrow(MobiError);
	});
});
