import {describe, expect, test} from 'vitest';
import {htmlAdapter, MAX_HTML_BYTES} from '../../../../source/core/formats/html/html-adapter.js';
import type {FileSource, OpenedBody} from '../../../../source/core/formats/format-adapter.js';
import {chaptered, oldOneShot} from '../ao3/ao3-samples.js';
import {fffHtml} from '../fff/fff-samples.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {UNSAFE} from '../block-lines.js';

async function open(content: string | Uint8Array, path?: string): Promise<OpenedBody> {
	const opened = await htmlAdapter.openBody(memoryFileSource(content, path));
	if (!opened.ok) throw new Error(opened.reason);
	return opened;
}


describe('htmlAdapter.recognise', () => {
	test('knows HTML by its first tags, in any case and after a BOM or an XML declaration', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		expect(htmlAdapter.recognise(bytes('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'))).toBe(true);
		expect(htmlAdapter.recognise(bytes('\uFEFF<?xml version="1.0"?>\n<HTML xmlns="x">'))).toBe(true);
		expect(htmlAdapter.recognise(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('<html>', 'utf16le'))]))).toBe(true);
		expect(htmlAdapter.recognise(bytes('\n<p>A fragment, saved <i>without</i> its document.</p>'))).toBe(true);
		expect(htmlAdapter.recognise(bytes('Title: A work\nAuthor: someone\n<p>'))).toBe(false);
		expect(htmlAdapter.recognise(bytes('<3 this fic\n'))).toBe(false);
		expect(htmlAdapter.recognise(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(false);
	});
});

describe('htmlAdapter on AO3 downloads', () => {
	test('lists an AO3 file from its preface alone, with the Stats word count', async () => {
		const padding = `<p>${'word '.repeat(200_000)}</p>`;
		const file = memoryFileSource(chaptered.replace('<p>Dawn,', `${padding}<p>Dawn,`));
		const listing = await htmlAdapter.readListing(file);
		expect(listing).toMatchObject({ok: true, meta: {format: 'ao3-html', id: '4242', title: 'The Lamp Keeper', words: 1234, toc: [], encoding: 'utf-8'}});
		expect(file.furthest).toBeLessThan(file.size / 2);
	});

	test('opens the body with its notes, chapters and a word count of the story alone', async () => {
		const {meta, body} = await open(chaptered);
		expect(meta).toMatchObject({format: 'ao3-html', id: '4242', authors: ['quietfern (fern)', 'Tide'], words: 19, status: 'complete'});
		expect(meta.toc.map(entry => entry.title)).toEqual(['Chapter 1: Dusk', 'Chapter 2']);
		expect(body.paragraphs).toHaveLength(body.blocks!.length);
		expect(body.paragraphs).not.toContain('Please drop by the Archive and comment to let the creator know if you enjoyed their work!');
		expect(body.paragraphs.join('\n')).not.toMatch(/Works inspired|See the end of/);
	});

	test('reads an old one-shot whole when its head is all there is', async () => {
		const listing = await htmlAdapter.readListing(memoryFileSource(oldOneShot));
		expect(listing).toMatchObject({ok: true, meta: {format: 'ao3-html', id: '77', words: 12, chapters: {posted: 1, total: 1}}});
	});

	test('counts the body when the preface states no word count', async () => {
		const listing = await htmlAdapter.readListing(memoryFileSource(oldOneShot.replace(' Words: 12', '')));
		expect(listing).toMatchObject({ok: true, meta: {format: 'ao3-html', words: 10}});
	});
});

describe('htmlAdapter on FanFicFare and other HTML', () => {
	test('reads FanFicFare\'s HTML output', async () => {
		const {meta, body} = await open(fffHtml);
		expect(meta).toMatchObject({format: 'fff-html', title: 'Glass Orchard', authors: ['Wren'], fandoms: ['Original Work'], status: 'complete', words: 9});
		expect(meta.toc).toEqual([{title: 'One', paragraph: 2}, {title: 'Two', paragraph: 6}]);
		expect(body.paragraphs[0]).toBe('Summary:');
	});

	test('reads any page: title, author, headings, emphasis from its stylesheet', async () => {
		const {meta, body} = await open(`<html><head><title>My  Story</title><meta name="author" content="Ann, Bo"><style>.it { font-style: italic }</style></head>
<body><h1>My Story</h1><h2>Part one</h2><p>Some <span class="it">slanted</span> words.</p></body></html>`);
		expect(meta).toMatchObject({format: 'html', id: null, title: 'My Story', authors: ['Ann', 'Bo'], words: 3, status: 'unknown'});
		expect(meta.toc).toEqual([{title: 'My Story', paragraph: 0}, {title: 'Part one', paragraph: 1}]);
		expect(body.blocks![2]).toEqual({kind: 'text', spans: [{start: 5, end: 12, style: 'italic'}]});
	});

	test('takes a missing title from the file name', async () => {
		const {meta} = await open('<p>Just text.</p>', 'some/dir/Untitled Draft.html');
		expect(meta.title).toBe('Untitled Draft');
	});

	test('decodes Windows-1252, a declared legacy charset and a BOM, and repairs mojibake', async () => {
		expect((await open(new Uint8Array([...Buffer.from('<p>caf'), 0xe9, 0x93, ...Buffer.from('</p>')]))).body.paragraphs).toEqual(['café“']);
		const sjis = new Uint8Array([...Buffer.from('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...Buffer.from('</p>')]);
		expect((await open(sjis)).body.paragraphs).toEqual(['日本']);
		expect((await open(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('<p>x</p>')]))).meta.encoding).toBe('utf-8-bom');
		const mojibake = await open('<p>Itâ€™s</p>');
		expect(mojibake.body.paragraphs).toEqual(['It’s']);
		expect(mojibake.meta.notes).toContain('mojibake-repaired');
	});

	test('removes escapes that references spell, and says so', async () => {
		const {meta, body} = await open('<title>&#27;]0;pwned&#7;T</title><p>&#27;[31mred &#x202E;txt</p>');
		expect([meta.title, ...body.paragraphs].some(text => UNSAFE.test(text))).toBe(false);
		expect(meta.notes).toEqual(expect.arrayContaining(['escapes-removed', 'bidi-removed']));
	});
});

describe('htmlAdapter refusals', () => {
	test('refuses empty, binary, textless and oversized files with a reason', async () => {
		expect(await htmlAdapter.readListing(memoryFileSource(''))).toEqual({ok: false, reason: 'empty file'});
		expect(await htmlAdapter.openBody(memoryFileSource(new Uint8Array([60, 104, 0, 1, 2])))).toEqual({ok: false, reason: 'binary file (NUL byte in the first 8 KiB)'});
		expect(await htmlAdapter.readListing(memoryFileSource('<html><head><title>T</title></head><body> </body></html>'))).toEqual({ok: false, reason: 'no text in the HTML file'});
		const huge: FileSource = {path: 'big.html', size: MAX_HTML_BYTES + 1, read: async () => new Uint8Array()};
		expect(await htmlAdapter.openBody(huge)).toMatchObject({ok: false, reason: expect.stringMatching(/too large/)});
	});

	test('turns a read error into a refusal instead of throwing', async () => {
		const failing: FileSource = {path: 'x.html', size: 10, read: async () => {
			throw new Error('EIO: i/o error\u001B[2J');
		}};
		const result = await htmlAdapter.readListing(failing);
		expect(result).toEqual({ok: false, reason: 'unreadable HTML file: EIO: i/o error?[2J'});
	});

	test('reads broken markup without complaint', async () => {
		const {body} = await open('<p>one<div><b>two<i>three</p></b>four<hr><<p>five');
		expect(body.paragraphs.length).toBeGreaterThan(0);
		expect(body.paragraphs.join(' ')).toMatch(/one.*two.*three.*four.*five/s);
	});
});
