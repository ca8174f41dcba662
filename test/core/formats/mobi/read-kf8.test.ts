import {describe, expect, test} from 'vitest';
import {MobiError} from '../../../../source/core/formats/mobi/mobi-error.js';
import {openMobiBook} from '../../../../source/core/formats/mobi/open-mobi-book.js';
import {readFirstKf8Files, readKf8Files} from '../../../../source/core/formats/mobi/read-kf8.js';
import {reassembleFiles} from '../../../../source/core/formats/mobi/reassemble-kf8.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {buildMobi, type Kf8File} from '../../../helpers/mobi/build-mobi.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

const files: Kf8File[] = [
	{skeleton: '<html><body aid="0"><div aid="1"></div></body></html>', fragments: [{at: 33, text: '<p>One <i>two</i></p>'}]},
	{skeleton: '<html><body aid="0"></body></html>', fragments: [{at: 20, text: '<p>Three ünï</p>'}, {at: 38, text: '<p>Four</p>'}]},
];

async function kf8Book(spec: Parameters<typeof buildMobi>[0]) {
	return openMobiBook(memoryFileSource(buildMobi(spec)));
}

describe('readKf8Files', () => {
	test('inserts each fragment into its skeleton, files in order, CSS apart', async () => {
		const {files: read, css} = await readKf8Files(await kf8Book({kf8: {files, css: '.c1 {font-style: italic}'}, extraFlags: 3}));
		expect(read.map(decode)).toEqual([
			'<html><body aid="0"><div aid="1"><p>One <i>two</i></p></div></body></html>',
			'<html><body aid="0"><p>Three ünï</p><p>Four</p></body></html>',
		]);
		expect(decode(css)).toBe('.c1 {font-style: italic}');
	});

	test('text spread over many records, with trailing entries, reassembles whole', async () => {
		const long = Array.from({length: 300}, (_, index) => `<p>Paragraph ${index}, ünïcødé — “quoted”.</p>`).join('');
		const {files: read} = await readKf8Files(await kf8Book({kf8: {files: [{skeleton: '<html><body></body></html>', fragments: [{at: 12, text: long}]}]}, extraFlags: 3}));
		expect(decode(read[0]!)).toBe(`<html><body>${long}</body></html>`);
	});

	test('a listing reads only the files it needs', async () => {
		const many = Array.from({length: 20}, (_, index) => ({skeleton: '<html><body></body></html>', fragments: [{at: 12, text: `<p>${String(index).repeat(3000)}</p>`}]}));
		const source = memoryFileSource(buildMobi({kf8: {files: many}}));
		const book = await openMobiBook(source);
		const first = await readFirstKf8Files(book, found => found.length >= 2);
		expect(first.length).toBeGreaterThanOrEqual(2);
		expect(first.length).toBeLessThan(20);
		expect(source.bytesRead).toBeLessThan(source.size / 2);
	});

	test('a wrong insert position falls back on the fragment\'s aid selector', () => {
		const text = encode('<html><body aid="0"><div aid="1"></div></body></html><p>x</p>');
		const layout = {
			skeletons: [{fragments: 1, start: 0, length: 53}],
			// 22 is inside the `<div …>` tag: inserting there would cut it.
			fragments: [{insertAt: 22, selector: 'P-//*[@aid=\'1\']', offset: 0, length: 8}],
		};
		expect(decode(reassembleFiles(text, layout).files[0]!)).toBe('<html><body aid="0"><div aid="1"><p>x</p></div></body></html>');
		expect(() => reassembleFiles(text, {...layout, fragments: [{...layout.fragments[0]!, selector: null}]})).toThrow(/no place in its skeleton/);
	});

	test('a skeleton reaching past the text is left out, and the result says so', () => {
		const layout = {skeletons: [{fragments: 0, start: 0, length: 6}, {fragments: 0, start: 6, length: 40}], fragments: []};
		expect(reassembleFiles(encode('<html><body>'), layout)).toEqual({files: [encode('<html>')], complete: false});
	});

	test('a damaged index is a MobiError', async () => {
		const file = buildMobi({kf8: {files}});
		const book = await openMobiBook(memoryFileSource(file));
		const fragmentHeader = book.pdb.records[book.header.kf8!.fragment]!;
		// The index record count of the fragment index's header.
		new DataView(file.buffer).setUint32(fragmentHeader.offset + 24, 5000);
		await expect(readKf8Files(await openMobiBook(memoryFileSource(file)))).rejects.toThrow(MobiError);
	});
});
