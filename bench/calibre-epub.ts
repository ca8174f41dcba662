/**
 * A generated work as AO3's EPUB download: the shape calibre gave the
 * fixtures in `fixtures/formats/ao3/*.epub` (late-2025 template), so that
 * scanning a generated library costs what scanning real downloads costs.
 *
 * - `content.opf` and `toc.ncx` at the root; zip entries in calibre's
 *   unsorted order (the last chapter first, the OPF among the chapters);
 * - `<Name>_split_NNN.xhtml`: the preface in two (the message and tags; then
 *   the `<h1>`, byline and summary), one file per chapter, a chapter over
 *   260 KB cut into halves until each part is under it, the afterword last;
 * - classes renamed the way calibre renames them (`calibre1`, `userstuff1`);
 * - a uuid identifier, one `dc:creator` for all creators, `dc:subject` =
 *   Fanworks + every tag, no work URL in the OPF; deflate level 6, as
 *   Python's zipfile writes by default.
 */
import {ao3FileName} from '../scripts/fixtures/ao3-file-name.mjs';
import {epubZip, type ZipEntry} from '../scripts/fixtures/zip-writer.mjs';
import type {WorkParts} from './fic-folder.js';

const splitBytes = 260 * 1024;
const site = 'https://archiveofourown.org';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const languageCodes: Record<string, string> = {English: 'en', Español: 'es', Français: 'fr', Deutsch: 'de', Русский: 'ru', '中文-普通话 國語': 'zh', 'Português brasileiro': 'pt-BR', Italiano: 'it', Polski: 'pl'};
/** OPF subjects are tag names; the preface shows display names. */
const rawWarnings: Record<string, string> = {'Creator Chose Not To Use Archive Warnings': 'Choose Not To Use Archive Warnings'};

function document(title: string, body: string): string {
	return `<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
  <head>
    <meta content="ie=edge" http-equiv="x-ua-compatible"/>
    <title>${escapeXml(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
  <link rel="stylesheet" type="text/css" href="stylesheet.css"/>
<link rel="stylesheet" type="text/css" href="page_styles.css"/>
</head>
  <body class="calibre">
${body}
</body></html>
`;
}

function tagLinks(tags: readonly string[]): string {
	return tags.map(tag => `<a href="${site}/tags/${encodeURIComponent(tag.replaceAll('/', '*s*').replaceAll('&', '*a*'))}">${escapeXml(tag)}</a>`).join(', ');
}

function prefaceRows(parts: WorkParts): string {
	const {meta} = parts;
	const groups: Array<[string, string, readonly string[]]> = [
		['Rating', 'Ratings', meta.rating === null ? [] : [meta.rating]],
		['Archive Warning', 'Archive Warnings', meta.warnings],
		['Category', 'Categories', meta.categories],
		['Fandom', 'Fandoms', meta.fandoms],
		['Relationship', 'Relationships', meta.relationships],
		['Character', 'Characters', meta.characters],
		['Additional Tags', 'Additional Tags', meta.tags],
	];
	let rows = '';
	for (const [singular, plural, tags] of groups) {
		if (tags.length > 0) rows += `\n          <dt class="calibre3">${tags.length > 1 ? plural : singular}:</dt>\n          <dd class="calibre4">${tagLinks(tags)}</dd>\n`;
	}

	if (meta.language !== null) rows += `\n        <dt class="calibre3">Language:</dt>\n        <dd class="calibre4">${escapeXml(meta.language)}</dd>\n`;
	if (meta.series.length > 0) {
		const series = meta.series.map((entry, index) => `Part ${entry.part ?? 1} of <a href="${site}/series/${1_000_000 + index}">${escapeXml(entry.name)}</a>`);
		rows += `\n        <dt class="calibre3">Series:</dt>\n        <dd class="calibre4">${series.join(', ')}</dd>\n`;
	}

	const chapters = meta.chapters ?? {posted: 1, total: 1};
	const updated = meta.updated === null ? '' : `          ${meta.status === 'complete' ? 'Completed' : 'Updated'}: ${meta.updated}\n`;
	rows += `      <dt class="calibre3">Stats:</dt>\n      <dd class="calibre4">\n        Published: ${meta.published}\n${updated}        Words: ${meta.words.toLocaleString('en-US')}\n        Chapters: ${chapters.posted}/${chapters.total ?? '?'}\n      </dd>`;
	return rows;
}

function prefaceFiles(parts: WorkParts): string[] {
	const {meta} = parts;
	const url = `${site}/works/${meta.id}`;
	const message = `<div id="preface" class="calibre1">
  <h2 class="toc-heading" id="calibre_toc_1">Preface</h2>

  <p class="message">
    <b class="calibre2">${escapeXml(meta.title)}</b><br class="calibre1"/>
    Posted originally on the <a href="${site}/">Archive of Our Own</a> at <a href="${url}">${url}</a>.
  </p>

  <div class="calibre1">
    <dl class="tags">${prefaceRows(parts)}
    </dl>
    </div>
</div>`;
	const byline = meta.authors.map(author => `<a href="${site}/users/${encodeURIComponent(author)}/pseuds/${encodeURIComponent(author)}" rel="author">${escapeXml(author)}</a>`).join(', ');
	const summary = meta.summary === null ? '' : `\n      <p class="calibre6">Summary</p>\n      <blockquote class="userstuff"><p class="calibre6">${escapeXml(meta.summary)}</p></blockquote>\n`;
	const title = `<div id="preface" class="calibre1">
<div class="calibre1">
<h1 class="calibre5" id="calibre_pb_1">${escapeXml(meta.title)}</h1>
    <div class="byline">by ${byline}</div>${summary}
  </div>
</div>

<div class="userstuff1" id="chapters">

<div class="calibre1">
  <div class="calibre7" id="calibre_pb_2"></div>
</div>


</div>`;
	return [message, title];
}

/** One chapter's body, cut in halves (at paragraph boundaries) until every part is under calibre's split size. */
function chapterFiles(heading: string, paragraphs: readonly string[], toc: number): string[] {
	const head = `<div class="calibre1">\n<h2 class="heading" id="calibre_toc_${toc}">\n      ${escapeXml(heading)}\n  </h2>\n</div>\n\n\n`;
	const wrap = (first: boolean, text: readonly string[]) =>
		`<div class="userstuff1" id="chapters">\n${first ? head : ''}<div class="userstuff1">\n  ${text.map(paragraph => `<p class="calibre6">${escapeXml(paragraph)}</p>`).join('\n')}\n</div>\n\n</div>`;
	const cut = (text: readonly string[], first: boolean): string[] => {
		const file = wrap(first, text);
		if (file.length <= splitBytes || text.length < 2) return [file];
		const middle = Math.ceil(text.length / 2);
		return [...cut(text.slice(0, middle), first), ...cut(text.slice(middle), false)];
	};

	return cut(paragraphs, true);
}

function oneShotFile(title: string, paragraphs: readonly string[]): string[] {
	return chapterFiles(title, paragraphs, 2).map(file => file.replace('<h2 class="heading"', '<h2 class="toc-heading"'));
}

const afterword = (id: string | null) => `<div id="afterword" class="calibre1">
<h2 class="toc-heading" id="calibre_toc_9999">Afterword</h2>

  <p class="message">Please <a href="${site}/works/${id}/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
</div>`;

/** A stable uuid for work `key`, so that regenerated files have the same identifier. */
function uuidFor(key: string): string {
	let hash = 0x81_1c_9d_c5;
	const hex: string[] = [];
	for (let round = 0; round < 4; round++) {
		for (const char of `${round}:${key}`) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01_00_01_93) >>> 0;
		hex.push(hash.toString(16).padStart(8, '0'));
	}

	const all = hex.join('');
	return `${all.slice(0, 8)}-${all.slice(8, 12)}-4${all.slice(13, 16)}-8${all.slice(17, 20)}-${all.slice(20, 32)}`;
}

function opf(parts: WorkParts, files: readonly string[], uuid: string): string {
	const {meta} = parts;
	const subjects = ['Fanworks', ...(meta.rating === null ? [] : [meta.rating]), ...meta.warnings.map(warning => rawWarnings[warning] ?? warning), ...meta.categories, ...meta.fandoms, ...meta.relationships, ...meta.characters, ...meta.tags];
	const series = meta.series[0] ? `\n    <meta name="calibre:series" content="${escapeXml(meta.series[0].name)}"/>\n    <meta name="calibre:series_index" content="${meta.series[0].part ?? 1}"/>` : '';
	const summary = meta.summary === null ? '' : `\n    <dc:description>${escapeXml(`<p>${escapeXml(meta.summary)}</p>`)}</dc:description>`;
	const ids = files.map((_, index) => `html${files.length - index}`);
	return `<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">
  <metadata xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata">
    <dc:title>${escapeXml(meta.title)}</dc:title>
    <meta name="calibre:timestamp" content="2026-01-01T00:00:00+00:00"/>
    <dc:language>${languageCodes[meta.language ?? ''] ?? 'en'}</dc:language>
    <dc:creator opf:file-as="${escapeXml(meta.authors.join(',  ').toLowerCase())}" opf:role="aut">${escapeXml(meta.authors.join(', '))}</dc:creator>
    <dc:identifier id="uuid_id" opf:scheme="uuid">${uuid}</dc:identifier>
    <meta name="calibre:title_sort" content="${escapeXml(meta.title.toLowerCase())}"/>${summary}
    <dc:publisher>Archive of Our Own</dc:publisher>${series}
${subjects.map(subject => `    <dc:subject>${escapeXml(subject)}</dc:subject>`).join('\n')}
    <dc:date>${meta.updated ?? meta.published}T00:00:00+00:00</dc:date>
  </metadata>
  <manifest>
${files.map((file, index) => `    <item id="${ids[index]}" href="${file}" media-type="application/xhtml+xml"/>`).join('\n')}
    <item id="page_css" href="page_styles.css" media-type="text/css"/>
    <item id="css" href="stylesheet.css" media-type="text/css"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
  </manifest>
  <spine toc="ncx">
${ids.map(id => `    <itemref idref="${id}"/>`).join('\n')}
  </spine>
</package>
`;
}

function ncx(title: string, uuid: string, points: ReadonlyArray<[string, string]>): string {
	const navPoints = points
		.map(([label, src], index) => `    <navPoint id="np${index + 1}" playOrder="${index + 1}">\n      <navLabel>\n        <text>${escapeXml(label)}</text>\n      </navLabel>\n      <content src="${src}"/>\n    </navPoint>`)
		.join('\n');
	return `<?xml version='1.0' encoding='utf-8'?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
  <head>
    <meta name="dtb:uid" content="${uuid}"/>
    <meta name="dtb:depth" content="2"/>
    <meta name="dtb:generator" content="calibre (6.13.0)"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle>
    <text>${escapeXml(title)}</text>
  </docTitle>
  <navMap>
${navPoints}
  </navMap>
</ncx>
`;
}

const pageStyles = '@page {\n  margin-bottom: 5pt;\n  margin-top: 5pt;\n}\n';
const stylesheet = '.calibre {\n  display: block;\n  margin: 0 5pt;\n}\n.calibre1 {\n  display: block;\n}\n.calibre6 {\n  display: block;\n  margin: 1em 0;\n}\n.message {\n  display: block;\n  text-align: center;\n}\n';

/**
 * The EPUB of `parts`, the file name AO3 gives it (without `.epub`), and how
 * many files calibre's 260 KB split added beyond one per chapter.
 */
export function calibreEpub(parts: WorkParts): {name: string; bytes: Buffer; extraSplits: number} {
	const {meta} = parts;
	const name = ao3FileName(meta.title, meta.id ?? '0');
	const pageTitle = `${meta.title} - ${meta.authors.join(', ')} - ${meta.fandoms.length > 3 ? 'Multifandom' : meta.fandoms.join(', ')}`;
	const bodies: string[] = [...prefaceFiles(parts)];
	const points: Array<[string, number]> = [['Preface', 0]];
	const oneShot = parts.chapters.length === 1 && parts.chapters[0]!.heading === null;
	for (const [index, chapter] of parts.chapters.entries()) {
		points.push([oneShot ? meta.title : chapter.heading ?? `Chapter ${index + 1}`, bodies.length]);
		bodies.push(...(oneShot ? oneShotFile(meta.title, chapter.paragraphs) : chapterFiles(chapter.heading ?? `Chapter ${index + 1}`, chapter.paragraphs, index + 2)));
	}

	points.push(['Afterword', bodies.length]);
	bodies.push(afterword(meta.id));
	const files = bodies.map((_, index) => `${name}_split_${String(index).padStart(3, '0')}.xhtml`);
	const uuid = uuidFor(`${meta.id}:${meta.title}`);
	const chapters: ZipEntry[] = bodies.map((body, index) => ({name: files[index]!, data: document(pageTitle, body), level: 6}));
	// calibre's zip order is its manifest's set order: not the spine's.
	const middle = Math.floor(chapters.length / 2);
	const entries: ZipEntry[] = [
		{name: 'META-INF/container.xml', data: '<?xml version="1.0"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n   <rootfiles>\n      <rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>\n   </rootfiles>\n</container>\n', level: 6},
		...chapters.slice(middle).reverse(),
		{name: 'content.opf', data: opf(parts, files, uuid), level: 6},
		...chapters.slice(0, middle).reverse(),
		{name: 'stylesheet.css', data: stylesheet, level: 6},
		{name: 'toc.ncx', data: ncx(meta.title, uuid, points.map(([label, file]) => [label, files[file]!])), level: 6},
		{name: 'page_styles.css', data: pageStyles, level: 6},
	];
	return {name, bytes: epubZip(entries), extraSplits: bodies.length - parts.chapters.length - 3};
}
