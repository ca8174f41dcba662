import {containerXml, epubZip, type ZipEntry} from '../../scripts/fixtures/zip-writer.mjs';
import {claimMethod} from './byte-source.js';

export type EpubChapter = {
	/** The file name inside the OEBPS folder. */
	file: string;
	/** The TOC title; no TOC entry when absent. */
	title?: string;
	/** The `<body>`'s inner markup. */
	body: string;
	/** Zip flags to write (bit 0: encrypted). */
	flags?: number;
	/** A compression method to claim, whatever the data is. */
	method?: number;
};

export type EpubOptions = {
	/** Null for a book without a `dc:title`. */
	title?: string | null;
	creators?: string[];
	metadata?: string;
	chapters: EpubChapter[];
	/** `ncx` (EPUB 2, the default), `nav` (EPUB 3) or none. */
	toc?: 'ncx' | 'nav' | 'none';
	css?: string;
	/** More zip entries, added after the book's own. */
	extra?: ZipEntry[];
};

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function xhtml(body: string): string {
	return `<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title><link rel="stylesheet" href="style.css"/></head>
<body>${body}</body></html>`;
}

function ncx(chapters: readonly EpubChapter[]): string {
	const points = chapters
		.filter(chapter => chapter.title !== undefined)
		.map((chapter, index) => `<navPoint id="p${index}" playOrder="${index + 1}"><navLabel><text>${escape(chapter.title!)}</text></navLabel><content src="${chapter.file}"/></navPoint>`);
	return `<?xml version='1.0' encoding='utf-8'?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${points.join('\n')}</navMap></ncx>`;
}

function nav(chapters: readonly EpubChapter[]): string {
	const items = chapters
		.filter(chapter => chapter.title !== undefined)
		.map(chapter => `<li><a href="${chapter.file}">${escape(chapter.title!)}</a></li>`);
	return xhtml(`<nav epub:type="toc" xmlns:epub="http://www.idpf.org/2007/ops"><ol>${items.join('')}</ol></nav>`);
}

/** A small EPUB made the way common tools make them: OEBPS folder, OPF, NCX or nav, a stylesheet. */
export function makeEpub(options: EpubOptions): Uint8Array {
	const toc = options.toc ?? 'ncx';
	const creators = (options.creators ?? ['A. Writer']).map(name => `<dc:creator opf:role="aut">${escape(name)}</dc:creator>`);
	const items = options.chapters.map((chapter, index) => `<item id="c${index}" href="${chapter.file}" media-type="application/xhtml+xml"/>`);
	const spine = options.chapters.map((_, index) => `<itemref idref="c${index}"/>`);
	const opf = `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="${toc === 'nav' ? '3.0' : '2.0'}" unique-identifier="uid">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
${options.title === null ? '' : `<dc:title>${escape(options.title ?? 'A Test Book')}</dc:title>`}
${creators.join('\n')}
<dc:language>en</dc:language>
${options.metadata ?? ''}
</metadata>
<manifest>
${toc === 'ncx' ? '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>' : ''}
${toc === 'nav' ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : ''}
<item id="css" href="style.css" media-type="text/css"/>
${items.join('\n')}
</manifest>
<spine${toc === 'ncx' ? ' toc="ncx"' : ''}>${spine.join('')}</spine>
</package>`;
	const entries: ZipEntry[] = [
		{name: 'META-INF/container.xml', data: containerXml('OEBPS/content.opf')},
		{name: 'OEBPS/content.opf', data: opf},
		{name: 'OEBPS/style.css', data: options.css ?? '.it { font-style: italic; }'},
		...options.chapters.map(({file, body, flags}) => ({name: `OEBPS/${file}`, data: xhtml(body), flags})),
	];
	if (toc === 'ncx') entries.push({name: 'OEBPS/toc.ncx', data: ncx(options.chapters)});
	if (toc === 'nav') entries.push({name: 'OEBPS/nav.xhtml', data: nav(options.chapters)});
	let bytes: Uint8Array = new Uint8Array(epubZip([...entries, ...(options.extra ?? [])]));
	for (const {file, method} of options.chapters) {
		if (method !== undefined) bytes = claimMethod(bytes, `OEBPS/${file}`, method);
	}

	return bytes;
}
