/**
 * An EPUB opened as far as its structure: the zip's directory, the container,
 * the package document and the table of contents. Chapter files are read
 * later, one at a time, through `readDocument`. Every problem becomes a
 * reason, and DRM is recognised before anything encrypted is read.
 */
import type {FileSource, Refusal} from '../format-adapter.js';
import type {Encoding, RepairNote} from '../../work.js';
import {displaySafe} from '../../text/display-safe.js';
import {decodeHtml} from '../html/decode-html.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {parseNotingRepairs} from '../markup/parse-noting-repairs.js';
import {openZip, readEntry, unreadable, type ZipArchive} from '../zip/zip-archive.js';
import {DRM_REASON, ENCRYPTION_PATH, encryptsContent, hasDrmMarker} from './detect-drm.js';
import {CONTAINER_PATH, packagePath} from './read-container.js';
import {readPackage, type PackageDocument} from './read-package.js';
import {readNav, readNcx, type TocTarget} from './read-toc.js';

export type EpubBook = {
	ok: true;
	zip: ZipArchive;
	pkg: PackageDocument;
	toc: TocTarget[];
	/** The package document's encoding: the book's, as far as one file tells. */
	encoding: Encoding;
	/** What the text pipeline repaired in the files read so far. */
	notes: Set<RepairNote>;
};

export type TextRead = {ok: true; text: string} | Refusal;

/** The file's text, decoded as (X)HTML is and its mojibake repaired; the parser sanitizes it. */
async function readDecoded(zip: ZipArchive, path: string, notes?: Set<RepairNote>): Promise<TextRead & {encoding?: Encoding}> {
	const entry = await readEntry(zip, path);
	if (!entry.ok) return entry;
	const {text, encoding, notes: repairs} = decodeHtml(entry.bytes);
	for (const note of repairs) notes?.add(note);
	return {ok: true, text, encoding};
}

/** The text of the file at `path`, decoded and repaired (not yet sanitized: parse it); its repairs are noted on the book. */
export async function readText(book: EpubBook, path: string): Promise<TextRead> {
	return readDecoded(book.zip, path, book.notes);
}

/** The file at `path` parsed as (X)HTML, whose rules read real chapter files best. */
export async function readDocument(book: EpubBook, path: string): Promise<{ok: true; root: MarkupElement} | Refusal> {
	const text = await readText(book, path);
	if (!text.ok) return text;
	return {ok: true, root: parseNotingRepairs(text.text, book.notes)};
}

async function readToc(zip: ZipArchive, pkg: PackageDocument): Promise<TocTarget[]> {
	// A broken table of contents costs the titles, not the book.
	for (const [item, read] of [[pkg.nav, readNav], [pkg.ncx, readNcx]] as const) {
		if (item === null || !zip.entries.has(item.path)) continue;
		const text = await readDecoded(zip, item.path);
		const targets = text.ok ? read(text.text, item.path) : [];
		if (targets.length > 0) return targets;
	}

	return [];
}

export async function openEpub(source: FileSource): Promise<EpubBook | Refusal> {
	const zip = await openZip(source);
	if (!zip.ok) return zip;
	if (hasDrmMarker(zip.entries)) return {ok: false, reason: DRM_REASON};
	if (zip.entries.has(ENCRYPTION_PATH)) {
		const encryption = await readDecoded(zip, ENCRYPTION_PATH);
		if (!encryption.ok || encryptsContent(encryption.text)) return {ok: false, reason: DRM_REASON};
	}

	const container = await readDecoded(zip, CONTAINER_PATH);
	if (!container.ok) return {ok: false, reason: `not an EPUB: ${container.reason}`};
	const opfPath = packagePath(container.text);
	if (opfPath === null) return {ok: false, reason: 'not an EPUB: its container names no package document'};
	const opf = await readDecoded(zip, opfPath);
	if (!opf.ok) return opf;
	const pkg = readPackage(opf.text, opfPath);
	// A spine file that is missing is left out, as readers do; one that cannot be read stops the book.
	pkg.spine = pkg.spine.filter(item => zip.entries.has(item.path));
	for (const item of pkg.spine) {
		const problem = unreadable(zip.entries.get(item.path)!);
		if (problem !== null) return {ok: false, reason: `zip entry ${displaySafe(item.path.slice(0, 120))}: ${problem}`};
	}

	if (pkg.spine.length === 0) return {ok: false, reason: 'EPUB has no chapter files'};
	return {ok: true, zip, pkg, toc: await readToc(zip, pkg), encoding: opf.encoding ?? 'utf-8', notes: new Set()};
}
