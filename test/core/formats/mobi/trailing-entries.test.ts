import {describe, expect, test} from 'vitest';
import {stripTrailingEntries} from '../../../../source/core/formats/mobi/trailing-entries.js';
import {readBackwardVarint} from '../../../../source/core/formats/mobi/varint.js';
import {textRecords} from '../../../helpers/mobi/build-mobi.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('stripTrailingEntries', () => {
	test('no flags: the record is all text', () => {
		expect(stripTrailingEntries(bytes(0x61, 0x62, 0x83), 0)).toEqual(bytes(0x61, 0x62, 0x83));
	});

	test('multibyte flag: the overlap bytes and their count come off', () => {
		// "é" cut after its first byte: the record repeats the second byte, then the count 1.
		expect(stripTrailingEntries(bytes(0x61, 0xc3, 0xa9, 0x01), 1)).toEqual(bytes(0x61, 0xc3));
		expect(stripTrailingEntries(bytes(0x61, 0x62, 0x00), 1)).toEqual(bytes(0x61, 0x62));
	});

	test('sized entries come off outermost first, then the multibyte bytes', () => {
		// Text "ab", multibyte count 0, an entry of 3 bytes (bit 1), an entry of 2 bytes (bit 2).
		const record = bytes(0x61, 0x62, 0x00, 0x11, 0x22, 0x83, 0x33, 0x82);
		expect(stripTrailingEntries(record, 0b111)).toEqual(bytes(0x61, 0x62));
		expect(stripTrailingEntries(record, 0b110)).toEqual(bytes(0x61, 0x62, 0x00));
	});

	test('a size wider than one byte is read backwards', () => {
		expect(readBackwardVarint(bytes(0x81, 0x05), 2)).toBe(133);
		const record = new Uint8Array(200).fill(0x61);
		record.set(bytes(0x81, 0x05), 198);
		expect(stripTrailingEntries(record, 0b10).length).toBe(200 - 133);
	});

	test('a corrupt size larger than the record empties it instead of reaching past it', () => {
		expect(stripTrailingEntries(bytes(0x61, 0xff), 0b10)).toEqual(bytes());
		expect(stripTrailingEntries(bytes(0x03), 0b1)).toEqual(bytes());
	});

	test('a character cut at a record boundary comes back whole', () => {
		const text = new TextEncoder().encode(`${'a'.repeat(4095)}é${'b'.repeat(10)}`);
		const records = textRecords(text, {compression: 1, extraFlags: 0b11});
		const joined = Buffer.concat(records.map(record => stripTrailingEntries(record, 0b11)));
		expect(joined.toString('utf8')).toBe(`${'a'.repeat(4095)}é${'b'.repeat(10)}`);
		// Without stripping, the junk of the sized entries shows at the boundary.
		expect(Buffer.concat(records).toString('utf8')).toContain('<!-');
	});
});
