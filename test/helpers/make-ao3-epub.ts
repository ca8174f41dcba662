import {makeZip, type ZipInput} from './make-zip.js';

export type Ao3Chapter = {heading: string; summary?: string; paragraphs: string[]; endNotes?: string};

export type Ao3EpubOptions = {
	workId: string;
	title: string;
	authors: string[];
	summary: string;
	chapters: Ao3Chapter[];
	/** Where calibre splits a long chapter file; about 260 KB in real books. */
	splitBytes?: number;
	endNotes?: string;
};

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function page(body: string): string {
	return `<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>t</title>
<link rel="stylesheet" type="text/css" href="stylesheet.css"/></head>
<body class="calibre">
${body}
</body></html>`;
}

function chapterFiles(chapter: Ao3Chapter, index: number, splitBytes: number): string[] {
	const meta = `<div class="calibre1"><h2 class="heading" id="calibre_toc_${index}">${escape(chapter.heading)}</h2>
${chapter.summary === undefined ? '' : `<p class="calibre6">Chapter Summary</p><blockquote class="userstuff"><p class="calibre6">${escape(chapter.summary)}</p></blockquote>`}
</div>`;
	const files: string[] = [];
	let current: string[] = [];
	let size = meta.length;
	const flush = (opening: string) => {
		files.push(`<div class="userstuff1" id="chapters">${opening}<div class="userstuff1">\n${current.join('\n')}\n</div></div>`);
		current = [];
		size = 0;
	};

	for (const paragraph of chapter.paragraphs) {
		const markup = `<p class="calibre6">${escape(paragraph)}</p>`;
		if (size + markup.length > splitBytes && current.length > 0) flush(files.length === 0 ? meta : '');
		current.push(markup);
		size += markup.length;
	}

	flush(files.length === 0 ? meta : '');
	if (chapter.endNotes !== undefined) {
		const last = files.pop()!;
		files.push(last.replace(/<\/div>$/, `<div class="calibre1" id="endnotes${index}"><p class="calibre6">Chapter End Notes</p><blockquote class="userstuff"><p class="calibre6">${escape(chapter.endNotes)}</p></blockquote></div></div>`));
	}

	return files;
}

/**
 * An EPUB shaped as AO3's are (calibre's conversion of AO3's HTML, as in
 * fixtures/formats/ao3): the preface split in two files before the `<h1>`,
 * one file per chapter split again past `splitBytes`, the afterword last,
 * wrappers `#preface`, `#chapters`, `#afterword` repeated in every file.
 */
export function makeAo3Epub(options: Ao3EpubOptions): Uint8Array {
	const url = `https://archiveofourown.org/works/${options.workId}`;
	const words = options.chapters.reduce((sum, chapter) => sum + chapter.paragraphs.join(' ').split(/\s+/).length, 0);
	const bodies = [
		`<div id="preface" class="calibre1"><h2 class="toc-heading">Preface</h2>
<p class="message"><b class="calibre2">${escape(options.title)}</b><br class="calibre1"/>
Posted originally on the <a href="https://archiveofourown.org/">Archive of Our Own</a> at <a href="${url}">${url}</a>.</p>
<div class="calibre1"><dl class="tags">
<dt class="calibre3">Rating:</dt><dd class="calibre4"><a href="https://archiveofourown.org/tags/x">General Audiences</a></dd>
<dt class="calibre3">Fandom:</dt><dd class="calibre4"><a href="https://archiveofourown.org/tags/y">Original Work</a></dd>
<dt class="calibre3">Language:</dt><dd class="calibre4">English</dd>
<dt class="calibre3">Stats:</dt><dd class="calibre4">
Published: 2024-01-02
Words: ${words.toLocaleString('en-US')}
Chapters: ${options.chapters.length}/${options.chapters.length}
</dd></dl></div></div>`,
		`<div id="preface" class="calibre1"><div class="calibre1">
<h1 class="calibre5">${escape(options.title)}</h1>
<div class="byline">by ${options.authors.map(name => `<a rel="author" href="https://archiveofourown.org/users/${name}">${escape(name)}</a>`).join(', ')}</div>
<p class="calibre6">Summary</p><blockquote class="userstuff"><p class="calibre6">${escape(options.summary)}</p></blockquote>
</div></div>`,
		`<div id="afterword" class="calibre1"><h2 class="toc-heading">Afterword</h2>
${options.endNotes === undefined ? '' : `<div class="calibre1"><div id="endnotes" class="calibre1"><p class="calibre6">End Notes</p><blockquote class="userstuff"><p class="calibre6">${escape(options.endNotes)}</p></blockquote></div></div>`}
<p class="message">Please <a href="${url}/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p></div>`,
	];
	const afterword = bodies.pop()!;
	const points = [{title: 'Preface', file: 0}];
	for (const [index, chapter] of options.chapters.entries()) {
		points.push({title: chapter.heading, file: bodies.length});
		bodies.push(...chapterFiles(chapter, index + 1, options.splitBytes ?? 260_000));
	}

	points.push({title: 'Afterword', file: bodies.length});
	bodies.push(afterword);
	const stem = options.title.replace(/\W+/g, '_').slice(0, 20);
	const names = bodies.map((_, index) => `${stem}_split_${String(index).padStart(3, '0')}.xhtml`);
	const opf = `<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">
<metadata xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>${escape(options.title)}</dc:title><dc:language>en</dc:language>
<dc:creator opf:role="aut">${escape(options.authors.join(', '))}</dc:creator>
<dc:identifier id="uuid_id" opf:scheme="uuid">0b9e3c55-0000-4000-8000-${options.workId.padStart(12, '0')}</dc:identifier>
<dc:description>${escape(`<p>${escape(options.summary)}</p>`)}</dc:description>
<dc:publisher>Archive of Our Own</dc:publisher><dc:subject>Fanworks</dc:subject><dc:subject>Original Work</dc:subject>
</metadata>
<manifest>${names.map((name, index) => `<item id="html${index}" href="${name}" media-type="application/xhtml+xml"/>`).join('\n')}
<item id="css" href="stylesheet.css" media-type="text/css"/><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest>
<spine toc="ncx">${names.map((_, index) => `<itemref idref="html${index}"/>`).join('')}</spine>
</package>`;
	const navPoints = points.map((point, index) =>
		`<navPoint id="n${index}" playOrder="${index + 1}"><navLabel><text>${escape(point.title)}</text></navLabel><content src="${names[point.file]!}"/></navPoint>`);
	const entries: ZipInput[] = [
		{name: 'mimetype', data: 'application/epub+zip', store: true},
		{name: 'META-INF/container.xml', data: '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'},
		{name: 'content.opf', data: opf},
		{name: 'toc.ncx', data: `<?xml version='1.0' encoding='utf-8'?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${navPoints.join('')}</navMap></ncx>`},
		{name: 'stylesheet.css', data: '.calibre2 { font-weight: bold; } .calibre8 { font-style: italic; }'},
		...bodies.map((body, index) => ({name: names[index]!, data: page(body)})),
	];
	return makeZip(entries);
}
