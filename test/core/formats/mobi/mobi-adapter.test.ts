import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {OpenedBody, Refusal} from '../../../../source/core/formats/format-adapter.js';
import {mobiAdapter} from '../../../../source/core/formats/mobi/mobi-adapter.js';
import {DRM_REASON, HUFF_REASON} from '../../../../source/core/formats/mobi/read-mobi-header.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {buildMobi, type Kf8File, type MobiSpec} from '../../../helpers/mobi/build-mobi.js';

function opened(result: OpenedBody | Refusal): OpenedBody {
	if (!result.ok) {
		throw new Error(`refused: ${result.reason}`);
	}

	return result;
}

const open = async (spec: MobiSpec, path = 'book.mobi') => opened(await mobiAdapter.openBody(memoryFileSource(buildMobi(spec), path)));

// A book that is not AO3's, the way calibre writes MOBI 6: headings as bold <font>, a filepos link, a TOC page at the end.
const storyHtml = [
	'<html><head><guide><reference type="toc" title="Table of Contents" filepos=#TOC# /></guide></head><body>',
	'<p height="1em"><font size="5"><b>One</b></font></p><p height="1em">She said <i>nothing</i> and <b>waited</b>, <a filepos=0000000042>see</a>.</p>',
	'<hr/><p>After <img recindex="00001" alt="a map"/> and <img recindex="00002"/>.</p>',
	'<mbp:pagebreak/><p><font size="5"><b>Two</b></font></p><blockquote>A letter, <i>quoted</i>.</blockquote><p>Ünïcødé — “quotes”.</p>',
	'<mbp:pagebreak/>#TOCSTART#<p><font size="5"><b>Table of Contents</b></font></p><p><a filepos=0000000100>One</a></p>',
	'<mbp:pagebreak/></body></html>',
].join('');

function withToc(html: string): string {
	const at = new TextEncoder().encode(html.slice(0, html.indexOf('#TOCSTART#')).replace('#TOC#', '0000000000')).length;
	return html.replace('#TOC#', String(at).padStart(10, '0')).replace('#TOCSTART#', '');
}

describe('mobiAdapter', () => {
	test('notes the escape sequences and bidi controls it removed from the markup, as HTML and EPUB do', async () => {
		const {meta, body} = await open({text: '<html><body><p>Red\u001B[31m text \u202Eback\u202C.</p></body></html>'});
		expect(body.paragraphs.join('\n')).not.toMatch(/[\u001B\u202E\u202C]/);
		expect(meta.notes).toEqual(expect.arrayContaining(['escapes-removed', 'bidi-removed']));
	});

	test('recognises BOOKMOBI at offset 60, for .mobi and .azw3', () => {
		expect(mobiAdapter.extensions).toEqual(['mobi', 'azw3']);
		expect(mobiAdapter.recognise(buildMobi({text: 'x'}).subarray(0, 4096))).toBe(true);
		expect(mobiAdapter.recognise(new TextEncoder().encode('BOOKMOBI is not at the start'))).toBe(false);
		expect(mobiAdapter.recognise(new Uint8Array(10))).toBe(false);
	});

	test('a MOBI 6 book that is not AO3\'s: EXTH metadata, chapters at page breaks, italics, images, no TOC page', async () => {
		const {meta, body} = await open({
			text: withToc(storyHtml),
			extraFlags: 3,
			fullName: 'Header_Name',
			exth: [[503, 'The Long Title'], [100, 'First Author'], [100, 'Second Author'], [105, 'Boats; Lanterns'], [105, 'Lanterns'], [103, '<p>A <i>short</i> summary.</p>'], [106, '2021-03-04T00:00:00+00:00'], [524, 'en']],
		});
		expect(meta).toMatchObject({
			format: 'mobi',
			id: null,
			title: 'The Long Title',
			authors: ['First Author', 'Second Author'],
			tags: ['Boats', 'Lanterns'],
			summary: 'A short summary.',
			published: '2021-03-04',
			language: 'en',
			encoding: 'utf-8',
			toc: [{title: 'One', paragraph: 0}, {title: 'Two', paragraph: 4}],
		});
		expect(body.paragraphs).toEqual([
			'One',
			'She said nothing and waited, see.',
			'* * *',
			// The shared block writer pads an image's text with spaces.
			'After [image: a map] and [image].',
			'Two',
			'A letter, quoted.',
			'Ünïcødé — “quotes”.',
		]);
		expect(body.blocks?.map(block => block.kind)).toEqual(['heading', 'text', 'scene-break', 'text', 'heading', 'quote', 'text']);
		expect(body.blocks?.[1]?.spans).toEqual([{start: 9, end: 16, style: 'italic'}, {start: 21, end: 27, style: 'bold'}]);
		expect(body.blocks?.[5]?.spans).toEqual([{start: 10, end: 16, style: 'italic'}]);
		// Story paragraphs only (not headings, breaks or image markers): 6 + 2 + 3 + 2.
		expect(meta.words).toBe(13);
	});

	test('a part that is all blockquotes is calibre\'s margins, not a quotation', async () => {
		const indented = '<blockquote height="1em" align="center"><font size="5"><b>Chapter One</b></font></blockquote>'
			+ '<blockquote height="1em"><blockquote width="0pt">First <i>paragraph</i>.</blockquote></blockquote>'
			+ '<blockquote height="1em"><blockquote width="0pt">Second paragraph.</blockquote></blockquote>'
			+ '<blockquote height="1em"><blockquote width="0pt">Third paragraph.</blockquote></blockquote>'
			+ '<blockquote height="1em"><blockquote width="0pt">Fourth paragraph.</blockquote></blockquote>';
		const {meta, body} = await open({text: `<html><body>${indented}<mbp:pagebreak/><p>Said:</p><blockquote>A real quote.</blockquote></body></html>`});
		expect(body.paragraphs).toEqual(['Chapter One', 'First paragraph.', 'Second paragraph.', 'Third paragraph.', 'Fourth paragraph.', 'Said:', 'A real quote.']);
		expect(body.blocks?.map(block => block.kind)).toEqual(['heading', 'text', 'text', 'text', 'text', 'text', 'quote']);
		expect(body.blocks?.[1]?.spans).toEqual([{start: 6, end: 15, style: 'italic'}]);
		expect(meta.toc).toEqual([{title: 'Chapter One', paragraph: 0}]);
	});

	test('the title falls back on the full name, then on the file name', async () => {
		expect((await open({text: '<p>x</p>', fullName: 'Header Name'})).meta.title).toBe('Header Name');
		expect((await open({text: '<p>x</p>', fullName: ''}, 'shelf/My Book.azw3')).meta.title).toBe('My Book');
	});

	test('Windows-1252 text decodes by the header\'s code page', async () => {
		const bytes = Uint8Array.from([...new TextEncoder().encode('<p>'), 0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, ...new TextEncoder().encode('</p>')]);
		const {meta, body} = await open({text: bytes, encoding: 1252});
		expect(body.paragraphs).toEqual(['“café”']);
		expect(meta.encoding).toBe('windows-1252');
	});

	test('escape sequences in the text and the metadata never come through', async () => {
		const {meta, body} = await open({text: '<p>safe\u001b[31mred\u001b]0;title\u0007</p>', exth: [[503, 'Ti\u001b[2Jtle'], [100, 'A\u009b31muthor']]});
		expect(JSON.stringify([meta, body])).not.toMatch(/[\u001b\u009b\u0007]/);
		expect(body.paragraphs).toEqual(['safered']);
	});

	test('a KF8 book: files reassembled, its CSS\'s italic classes kept, calibre\'s inline TOC left out', async () => {
		const files: Kf8File[] = [
			{skeleton: '<html><head><title>t</title></head><body aid="0"></body></html>', fragments: [{at: 52, text: '<h1>Opening</h1><p>The <span class="c1">slanted</span> word.</p>'}]},
			{skeleton: '<html><body id="calibre_generated_inline_toc" aid="1"></body></html>', fragments: [{at: 52, text: '<h2>Table of Contents</h2>'}]},
		];
		const {meta, body} = opened(await mobiAdapter.openBody(memoryFileSource(buildMobi({kf8: {files, css: '.c1 { font-style: italic }'}, exth: [[503, 'Kay']]}), 'k.azw3')));
		expect(meta).toMatchObject({format: 'azw3', title: 'Kay', toc: [{title: 'Opening', paragraph: 0}]});
		expect(body.paragraphs).toEqual(['Opening', 'The slanted word.']);
		expect(body.blocks?.[1]?.spans).toEqual([{start: 4, end: 11, style: 'italic'}]);
	});

	test('a combined MOBI 6 + KF8 file is read through its KF8 part, and is still a mobi', async () => {
		const files: Kf8File[] = [{skeleton: '<html><body></body></html>', fragments: [{at: 12, text: '<p>From the KF8 part.</p>'}]}];
		const {meta, body} = await open({text: '<p>From the MOBI 6 part.</p>', kf8: {files}, joint: true});
		expect(meta.format).toBe('mobi');
		expect(body.paragraphs).toEqual(['From the KF8 part.']);
	});

	test.each([
		['DRM', {encryption: 2}, DRM_REASON],
		['HUFF/CDIC compression', {compression: 17_480}, HUFF_REASON],
		['more text records than the file has', {textRecords: 40}, 'corrupt MOBI file (40 text records claimed, 1 present)'],
		['a text length past the cap', {textLength: 100 * 1024 * 1024}, 'book text is larger than 64 MiB'],
	])('refuses %s, listing and body alike', async (_name, spec, reason) => {
		const file = buildMobi({text: '<p>x</p>', ...spec});
		expect(await mobiAdapter.readListing(memoryFileSource(file))).toEqual({ok: false, reason});
		expect(await mobiAdapter.openBody(memoryFileSource(file))).toEqual({ok: false, reason});
	});

	test('a record that decompresses past its bound is refused', async () => {
		// Two literals, then 14,000 ten-byte references: 140 KB from 28 KB.
		const bomb = Uint8Array.from([0x61, 0x61, ...Array.from({length: 14_000}, () => [0x80, 0x0f]).flat()]);
		expect(await mobiAdapter.openBody(memoryFileSource(buildMobi({rawRecords: [bomb]})))).toEqual({ok: false, reason: 'a text record decompresses to more than 65536 bytes'});
	});

	test('a book whose records together decompress past 64 MiB is refused', async () => {
		// 1,100 records of 64 KiB each, 13 KB apiece in the file.
		const record = Uint8Array.from([0x61, 0x61, ...Array.from({length: 6553}, () => [0x80, 0x0f]).flat()]);
		const file = buildMobi({rawRecords: Array.from({length: 1100}, () => record), textLength: 1000});
		expect(await mobiAdapter.openBody(memoryFileSource(file))).toEqual({ok: false, reason: 'book text decompresses to more than 64 MiB'});
	});

	test('a file cut short is refused with a reason, not thrown', async () => {
		const file = buildMobi({text: withToc(storyHtml).repeat(20), exth: [[503, 'Cut']]});
		for (const length of [0, 40, 77, 100, 300, file.length >> 1, file.length - 1]) {
			const cut = file.subarray(0, length);
			const results = [await mobiAdapter.readListing(memoryFileSource(cut)), await mobiAdapter.openBody(memoryFileSource(cut))];
			for (const result of results) {
				expect(result.ok ? 'read' : result.reason).toMatch(/^(?:read|not a MOBI|corrupt|truncated)/);
			}
		}
	});

	test('a file that cannot be read is a reason', async () => {
		const source = {path: 'x.mobi', size: 1000, read: async () => Promise.reject(new Error('EIO: i/o error'))};
		expect(await mobiAdapter.openBody(source)).toEqual({ok: false, reason: 'could not read MOBI: EIO: i/o error'});
	});
});

describe('mobiAdapter on damaged input', () => {
	const mobi6 = buildMobi({text: withToc(storyHtml).repeat(3), extraFlags: 3, exth: [[503, 'T'], [100, 'A']]});
	const kf8 = buildMobi({
		kf8: {files: [{skeleton: '<html><body aid="0"></body></html>', fragments: [{at: 20, text: '<p>One <i>two</i></p>'.repeat(50)}]}], css: '.a{font-style:italic}'},
		extraFlags: 3,
	});

	async function settles(bytes: Uint8Array): Promise<void> {
		for (const step of [mobiAdapter.readListing, mobiAdapter.openBody]) {
			const result = await step(memoryFileSource(bytes));
			expect(typeof (result.ok ? result.meta.title : result.reason)).toBe('string');
		}
	}

	test('random bytes never throw', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({minLength: 0, maxLength: 3000}), fc.boolean(), async (bytes, signed) => {
				const file = bytes.slice();
				if (signed && file.length >= 68) {
					// Make it look like a MOBI so that the readers get past the signature.
					file.set(new TextEncoder().encode('BOOKMOBI'), 60);
				}

				await settles(file);
			}),
			{numRuns: 150},
		);
	});

	test('bit flips of a valid MOBI 6 and KF8 book never throw', async () => {
		for (const valid of [mobi6, kf8]) {
			await fc.assert(
				fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({min: 0, max: 7})), {minLength: 1, maxLength: 8}), async flips => {
					const file = valid.slice();
					for (const [at, bit] of flips) {
						file[at]! ^= 1 << bit;
					}

					await settles(file);
				}),
				{numRuns: 150},
			);
		}
	});

	test('flips in the header and the record table, where damage matters most, never throw', async () => {
		await fc.assert(
			fc.asyncProperty(fc.nat(400), fc.integer({min: 1, max: 255}), async (at, mask) => {
				const file = kf8.slice();
				file[at]! ^= mask;
				await settles(file);
			}),
			{numRuns: 300},
		);
	});
});
