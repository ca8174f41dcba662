import {describe, expect, it} from 'vitest';
import {DRM_REASON} from '../../../../source/core/formats/epub/detect-drm.js';
import {openEpub, type EpubBook} from '../../../../source/core/formats/epub/open-epub.js';
import {makeEpub} from '../../../helpers/make-epub.js';
import {epubZip, zip} from '../../../../scripts/fixtures/zip-writer.mjs';
import {byteSource} from '../../../helpers/byte-source.js';

async function open(bytes: Uint8Array): Promise<EpubBook> {
	const book = await openEpub(byteSource(bytes));
	if (!book.ok) throw new Error(book.reason);
	return book;
}

async function reasonOf(bytes: Uint8Array): Promise<string> {
	const book = await openEpub(byteSource(bytes));
	return book.ok ? 'opened' : book.reason;
}

const chapters = [
	{file: 'cover.xhtml', body: '<p>Cover</p>'},
	{file: 'ch1.xhtml', title: 'One', body: '<h1>Chapter One</h1><p>Text.</p>'},
	{file: 'ch2.xhtml', title: 'Two & Three', body: '<p>More.</p>'},
];

describe('openEpub', () => {
	it('reads the package: metadata, spine in order, and the NCX titles', async () => {
		const book = await open(makeEpub({
			title: 'Salt & Stars',
			creators: ['Ann', 'Bo'],
			chapters,
			metadata: `<dc:subject>Found Family</dc:subject><dc:subject>Slow Burn</dc:subject>
<dc:description>&lt;p&gt;A &lt;b&gt;summary&lt;/b&gt;.&lt;/p&gt;</dc:description>
<dc:date>2021-03-04T00:00:00+00:00</dc:date><dc:creator opf:role="ill">Drawer</dc:creator>
<meta name="calibre:series" content="Tides"/><meta name="calibre:series_index" content="2"/>`,
		}));
		expect(book.pkg).toMatchObject({
			uniqueIdentifier: 'urn:uuid:12345678-1234-1234-1234-123456789abc',
			title: 'Salt & Stars',
			creators: ['Ann', 'Bo'],
			subjects: ['Found Family', 'Slow Burn'],
			description: '<p>A <b>summary</b>.</p>',
			language: 'en',
			date: '2021-03-04',
			series: {name: 'Tides', part: 2},
		});
		expect(book.pkg.spine.map(item => item.path)).toEqual(['OEBPS/cover.xhtml', 'OEBPS/ch1.xhtml', 'OEBPS/ch2.xhtml']);
		expect(book.pkg.stylesheets.map(item => item.path)).toEqual(['OEBPS/style.css']);
		expect(book.toc).toEqual([
			{path: 'OEBPS/ch1.xhtml', fragment: null, title: 'One'},
			{path: 'OEBPS/ch2.xhtml', fragment: null, title: 'Two & Three'},
		]);
	});

	it('reads an EPUB 3 nav document', async () => {
		const book = await open(makeEpub({chapters, toc: 'nav'}));
		expect(book.toc.map(target => [target.path, target.title])).toEqual([['OEBPS/ch1.xhtml', 'One'], ['OEBPS/ch2.xhtml', 'Two & Three']]);
	});

	it('reads EPUB 3 creator roles and collections', async () => {
		const book = await open(makeEpub({
			creators: [],
			chapters,
			metadata: `<dc:creator id="c1">Writer</dc:creator><meta refines="#c1" property="role">aut</meta>
<dc:creator id="c2">Editor</dc:creator><meta refines="#c2" property="role">edt</meta>
<meta property="belongs-to-collection" id="s1">The Saga</meta><meta refines="#s1" property="group-position">3</meta>`,
		}));
		expect(book.pkg.creators).toEqual(['Writer']);
		expect(book.pkg.series).toEqual({name: 'The Saga', part: 3});
	});

	it('leaves out spine files the zip does not hold, and refuses a book with none', async () => {
		const bytes = makeEpub({chapters: [{file: 'ch1.xhtml', body: '<p>x</p>'}]});
		expect((await open(bytes)).pkg.spine).toHaveLength(1);
		const empty = epubZip([
			{name: 'META-INF/container.xml', data: '<container><rootfiles><rootfile full-path="c.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'},
			{name: 'c.opf', data: '<package><manifest><item id="a" href="gone.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>'},
		]);
		expect(await reasonOf(empty)).toBe('EPUB has no chapter files');
	});

	it('refuses a zip without a container, or a container naming nothing', async () => {
		expect(await reasonOf(zip([{name: 'a.txt', data: 'x'}]))).toMatch(/not an EPUB: zip has no entry META-INF\/container.xml/);
		expect(await reasonOf(zip([{name: 'META-INF/container.xml', data: '<container/>'}]))).toMatch(/names no package/);
	});

	it('refuses DRM, but not font obfuscation', async () => {
		const adobe = makeEpub({chapters, extra: [{name: 'META-INF/rights.xml', data: '<rights/>'}]});
		expect(await reasonOf(adobe)).toBe(DRM_REASON);
		const encrypted = makeEpub({chapters, extra: [{name: 'META-INF/encryption.xml', data: `<encryption xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`}]});
		expect(await reasonOf(encrypted)).toBe(DRM_REASON);
		const fonts = makeEpub({chapters, extra: [{name: 'META-INF/encryption.xml', data: `<encryption xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData></enc:EncryptedData></encryption>`}]});
		expect(await reasonOf(fonts)).toBe('opened');
	});

	it('refuses a book whose spine file is encrypted or of an unknown method before reading any', async () => {
		expect(await reasonOf(makeEpub({chapters: [{file: 'ch1.xhtml', body: '<p>x</p>', flags: 0x01}]}))).toMatch(/ch1.xhtml: encrypted/);
		expect(await reasonOf(makeEpub({chapters: [{file: 'ch1.xhtml', body: '<p>x</p>', method: 14}]}))).toMatch(/ch1.xhtml: compression method 14/);
	});
});
