import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {MobiError} from '../../../../source/core/formats/mobi/mobi-error.js';
import {decompressPalmDoc} from '../../../../source/core/formats/mobi/palmdoc.js';
import {compressPalmDoc} from '../../../helpers/mobi/compress-palmdoc.js';

const hex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const ascii = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('decompressPalmDoc', () => {
	// Inputs and outputs of calibre's compress_doc (calibre 6.13).
	test.each([
		['616263616263616263616263', '616263616263616263616263'],
		[
			'546865ec616e7465726ef377756e672ed4809f809be16761696e2e',
			'546865206c616e7465726e207377756e672e20546865206c616e7465726e207377756e6720616761696e2e',
		],
		['20f3706163656420f76f72647320e8657265', '20207370616365642020776f726473202068657265'],
		['0004010280ffed697865642002c3a97402c3a9', '00010280ff206d6978656420c3a974c3a9'],
	])('calibre vector %s', (compressed, plain) => {
		expect(Buffer.from(decompressPalmDoc(hex(compressed), 4096)).toString('hex')).toBe(plain);
	});

	test('each kind of byte, by hand', () => {
		// Literals, a reference overlapping its own output (distance 3, length 6), a space pair, a counted run.
		expect(ascii(decompressPalmDoc(Uint8Array.from([0x61, 0x62, 0x63, 0x80, 0x1b, 0xc8, 0x02, 0x80, 0xff]), 4096))).toBe('abcabcabc H\x80\xff');
	});

	test('a reference before the start of the record is corruption', () => {
		expect(() => decompressPalmDoc(Uint8Array.from([0x61, 0x80, 0x13]), 4096)).toThrow(MobiError);
		expect(() => decompressPalmDoc(Uint8Array.from([0x80, 0x00]), 4096)).toThrow(/reference before/);
	});

	test('a reference or a literal run cut short by the record end is corruption', () => {
		expect(() => decompressPalmDoc(Uint8Array.from([0x61, 0x80]), 4096)).toThrow(/cut short/);
		expect(() => decompressPalmDoc(Uint8Array.from([0x05, 0x61]), 4096)).toThrow(/literal run/);
	});

	test('output past the limit is refused, not written', () => {
		// 2 literals, then references of 10 bytes each: 5× expansion.
		const bomb = Uint8Array.from([0x61, 0x61, ...Array.from({length: 1000}, () => [0x80, 0x0f]).flat()]);
		expect(decompressPalmDoc(bomb, 1 << 20).length).toBe(2 + 10_000);
		expect(() => decompressPalmDoc(bomb, 4096)).toThrow(/more than 4096 bytes/);
	});

	test('round trips through the test compressor', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 4096}), bytes => {
				expect(decompressPalmDoc(compressPalmDoc(bytes), 8192)).toEqual(bytes);
			}),
			{numRuns: 60},
		);
		const text = new TextEncoder().encode('The lantern swung, and the lantern swung again — “über” ünïcødé. '.repeat(40));
		const compressed = compressPalmDoc(text);
		expect(compressed.length).toBeLessThan(text.length / 2);
		expect(decompressPalmDoc(compressed, 8192)).toEqual(text);
	});

	test('random input ends in bytes or a MobiError, never another error', () => {
		fc.assert(
			fc.property(fc.uint8Array({maxLength: 2048}), bytes => {
				try {
					expect(decompressPalmDoc(bytes, 4096).length).toBeLessThanOrEqual(4096);
				} catch (error) {
					expect(error).toBeInstanceOf(MobiError);
				}
			}),
			{numRuns: 300},
		);
	});
});
