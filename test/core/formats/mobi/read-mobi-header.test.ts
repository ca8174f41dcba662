import {describe, expect, test} from 'vitest';
import {openMobiBook} from '../../../../source/core/formats/mobi/open-mobi-book.js';
import {readExth} from '../../../../source/core/formats/mobi/read-exth.js';
import {DRM_REASON, HUFF_REASON, readMobiHeader} from '../../../../source/core/formats/mobi/read-mobi-header.js';
import {readPdb} from '../../../../source/core/formats/mobi/read-pdb.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {buildMobi, type MobiSpec} from '../../../helpers/mobi/build-mobi.js';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function header(spec: MobiSpec) {
	const pdb = await readPdb(memoryFileSource(buildMobi(spec)));
	return readMobiHeader(await pdb.read(0));
}

describe('readMobiHeader', () => {
	test('reads compression, lengths, encoding, version, flags and name', async () => {
		const read = await header({text: 'x'.repeat(5000), extraFlags: 3, fullName: 'Lanterns', encoding: 1252});
		expect(read).toMatchObject({compression: 'palmdoc', textLength: 5000, textRecords: 2, encoding: 1252, version: 6, extraFlags: 3, kf8: null});
		expect(decode(read.fullName)).toBe('Lanterns');
	});

	test('EXTH: repeated authors and subjects kept in order', async () => {
		const read = await header({text: 'x', exth: [[100, 'First'], [105, 'Tag one'], [100, 'Second'], [105, 'Tag two'], [503, 'Title']]});
		expect(read.exth.get(100)?.map(decode)).toEqual(['First', 'Second']);
		expect(read.exth.get(105)?.map(decode)).toEqual(['Tag one', 'Tag two']);
		expect(decode(read.exth.get(503)?.[0])).toBe('Title');
	});

	test('a damaged EXTH keeps the records before the damage', () => {
		const block = Uint8Array.from([...Buffer.from('EXTH'), 0, 0, 0, 40, 0, 0, 0, 3, 0, 0, 0, 100, 0, 0, 0, 9, 0x41, 0, 0, 0, 105, 0xff, 0xff, 0xff, 0xff]);
		const exth = readExth(block, 0);
		expect(exth.get(100)?.map(decode)).toEqual(['A']);
		expect(exth.has(105)).toBe(false);
	});

	test.each([
		['DRM', {encryption: 2}, DRM_REASON],
		['old DRM', {encryption: 1}, DRM_REASON],
		['HUFF/CDIC', {compression: 17_480}, HUFF_REASON],
		['an unknown compression', {compression: 7}, 'unknown MOBI compression (7)'],
		['an unknown encoding', {encoding: 932}, 'unknown MOBI text encoding (932)'],
	])('refuses %s', async (_name, spec, reason) => {
		await expect(header({text: 'x', ...spec})).rejects.toThrow(reason);
	});

	test('no MOBI signature', () => {
		expect(() => readMobiHeader(new Uint8Array(300))).toThrow(/no MOBI header/);
	});

	test('flags are not read from a header too short to hold them', async () => {
		const file = buildMobi({text: 'x', extraFlags: 3});
		const pdb = await readPdb(memoryFileSource(file));
		const record = (await pdb.read(0)).slice();
		new DataView(record.buffer).setUint32(20, 0xe0);
		expect(readMobiHeader(record).extraFlags).toBe(0);
	});
});

describe('openMobiBook', () => {
	const files = [{skeleton: '<html><body aid="0"></body></html>', fragments: [{at: 20, text: '<p>KF8 text</p>'}]}];

	test('MOBI 6', async () => {
		expect(await openMobiBook(memoryFileSource(buildMobi({text: '<p>x</p>'})))).toMatchObject({part: 'mobi6', standaloneKf8: false, headerRecord: 0});
	});

	test('KF8 alone', async () => {
		expect(await openMobiBook(memoryFileSource(buildMobi({kf8: {files}})))).toMatchObject({part: 'kf8', standaloneKf8: true, headerRecord: 0});
	});

	test('MOBI 6 + KF8: the KF8 part, found through EXTH 121 and its BOUNDARY record', async () => {
		const book = await openMobiBook(memoryFileSource(buildMobi({text: '<p>old</p>', kf8: {files}, joint: true, exth: [[503, 'Joint']]})));
		expect(book).toMatchObject({part: 'kf8', standaloneKf8: false, headerRecord: 3});
		expect(decode(book.exth.get(503)?.[0])).toBe('Joint');
	});

	test('an EXTH 121 that points at no BOUNDARY is ignored', async () => {
		const file = buildMobi({text: '<p>x</p>', exth: [[121, Uint8Array.of(0, 0, 0, 1)]]});
		expect((await openMobiBook(memoryFileSource(file))).part).toBe('mobi6');
	});

	test('not a book', async () => {
		const file = buildMobi({text: 'x'});
		file.set(Buffer.from('TEXtREAd'), 60);
		await expect(openMobiBook(memoryFileSource(file))).rejects.toThrow(/no BOOKMOBI signature/);
	});
});
