import {describe, expect, it} from 'vitest';
import {zip} from '../../../../scripts/fixtures/zip-writer.mjs';
import {ao3Edition} from '../../../../source/core/formats/epub/ao3-epub.js';
import {epubAdapter} from '../../../../source/core/formats/epub/epub-adapter.js';
import {readPackage} from '../../../../source/core/formats/epub/read-package.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import type {FileSource} from '../../../../source/core/formats/format-adapter.js';
import {makeEpub} from '../../../helpers/make-epub.js';

describe('epubAdapter.recognise', () => {
	it('takes an EPUB, and a zip without a mimetype first', () => {
		expect(epubAdapter.recognise(makeEpub({chapters: []}).subarray(0, 4096))).toBe(true);
		expect(epubAdapter.recognise(zip([{name: 'content.opf', data: '<package/>'}]))).toBe(true);
	});

	it('refuses a zip whose mimetype says another format, and what is not a zip', () => {
		expect(epubAdapter.recognise(zip([{name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true}]))).toBe(false);
		expect(epubAdapter.recognise(new TextEncoder().encode('Title: A text fic\n'))).toBe(false);
		expect(epubAdapter.recognise(new Uint8Array(0))).toBe(false);
	});
});

describe('epubAdapter', () => {
	it('turns a failing read of the file into a reason', async () => {
		const failing: FileSource = {path: 'gone.epub', size: 100, read: async () => Promise.reject(new Error('EIO: i/o error\u001b[2J'))};
		expect(await epubAdapter.readListing(failing)).toEqual({ok: false, reason: 'could not read EPUB: EIO: i/o error?[2J'});
		expect(await epubAdapter.openBody(failing)).toEqual({ok: false, reason: 'could not read EPUB: EIO: i/o error?[2J'});
	});
});

describe('ao3Edition', () => {
	const pkg = readPackage(`<package><metadata><dc:title>Packed</dc:title><dc:creator>Ann, Bo &amp; Cy</dc:creator>
<dc:publisher>Archive of Our Own</dc:publisher></metadata></package>`, 'content.opf');

	it('splits the co-creators calibre packs into one creator only when the preface has no byline', () => {
		const noByline = parseMarkup('<body><div id="preface"><h1>Packed</h1></div></body>');
		expect(ao3Edition(pkg, [noByline]).fields.authors).toEqual(['Ann', 'Bo', 'Cy']);
		const byline = parseMarkup('<body><div id="preface"><div class="meta"><h1>Packed</h1><div class="byline">by <a rel="author" href="/users/a">Ann, the Elder (ann)</a></div></div></div></body>');
		expect(ao3Edition(pkg, [byline]).fields.authors).toEqual(['Ann, the Elder (ann)']);
	});

	it('names the chapters from calibre\'s TOC without the preface, the afterword or a one-shot\'s title', () => {
		const spined = readPackage(`<package><metadata><dc:title>Packed</dc:title></metadata>
<manifest><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/><item id="c" href="c.xhtml"/></manifest>
<spine><itemref idref="a"/><itemref idref="b"/><itemref idref="c"/></spine></package>`, 'content.opf');
		const preface = parseMarkup('<body><div id="preface"><h1>Packed</h1></div></body>');
		const target = (path: string, title: string) => ({path, fragment: null, title});
		const chaptered = [target('a.xhtml', 'Preface'), target('b.xhtml', 'Chapter 1: Rain'), target('c.xhtml', 'Chapter 2'), target('c.xhtml', 'Afterword')];
		expect(ao3Edition(spined, [preface], chaptered).chapterTitles).toEqual(['Chapter 1: Rain', 'Chapter 2']);
		const oneShot = [target('a.xhtml', 'Preface'), target('b.xhtml', 'Packed'), target('c.xhtml', 'Afterword')];
		expect(ao3Edition(spined, [preface], oneShot).chapterTitles).toEqual([]);
	});
});
