import {Buffer} from 'node:buffer';
import type {RepairNote} from '../../work.js';
import {classStylesFromCss} from '../markup/class-styles-from-css.js';
import type {ClassStyles} from '../markup/inline-styles.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {parseNotingRepairs} from '../markup/parse-noting-repairs.js';
import {findFirst} from '../markup/query-markup.js';
import {decodeMobiText} from './decode-mobi-text.js';
import {AO3_MESSAGE, contentOf} from './mobi6-nodes.js';
import {bylineAt} from './mobi6-to-ao3-markup.js';
import type {MobiBook} from './open-mobi-book.js';
import {readFirstKf8Files, readKf8Files} from './read-kf8.js';
import {readText, readTextUntil} from './read-text.js';
import {splitMobi6} from './split-mobi6.js';

/**
 * A book's markup, parsed: MOBI 6's parts between page breaks, or KF8's
 * files, in reading order; and the emphasis its CSS gives class names.
 */
export type MobiMarkup = {parts: MarkupElement[]; classStyles: ClassStyles; notes: RepairNote[]};

function parse(bytes: Uint8Array, book: MobiBook, notes: RepairNote[]): MarkupElement {
	const reported = new Set<RepairNote>();
	const root = parseNotingRepairs(decodeMobiText(bytes, book.encoding, notes), reported);
	notes.push(...reported);
	return root;
}

/** calibre's generated table of contents, a KF8 file of links that point nowhere ficread goes. */
function isGeneratedToc(file: MarkupElement): boolean {
	return findFirst(file, element => element.name === 'body')?.attributes['id'] === 'calibre_generated_inline_toc';
}

function unique(notes: RepairNote[]): RepairNote[] {
	return [...new Set(notes)];
}

export async function readMobiMarkup(book: MobiBook): Promise<MobiMarkup> {
	const notes: RepairNote[] = [];
	if (book.part === 'mobi6') {
		const parts = splitMobi6(await readText(book.pdb, book)).map(part => parse(part, book, notes));
		return {parts, classStyles: new Map(), notes: unique(notes)};
	}

	const {files, css} = await readKf8Files(book);
	const parts = files.map(file => parse(file, book, notes)).filter(file => !isGeneratedToc(file));
	return {parts, classStyles: classStylesFromCss(decodeMobiText(css, book.encoding)), notes: unique(notes)};
}

const hasBytes = (bytes: Uint8Array, text: string) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(text);

/**
 * For a listing: the parts of an AO3 book's preface, reading no more text
 * than it takes to reach the title and byline that end it. Null for a book
 * whose first part is not AO3's, or whose preface has no end in the text a
 * listing reads: the caller then reads the whole book.
 */
export async function readAo3PrefaceMarkup(book: MobiBook): Promise<MobiMarkup | null> {
	const notes: RepairNote[] = [];
	if (book.part === 'mobi6') {
		// The last part split off may be cut short by the records read so far.
		const whole = (text: Uint8Array) => splitMobi6(text).slice(0, -1);
		const titleAt = (parts: MarkupElement[]) => parts.findIndex(part => bylineAt(contentOf(part)) >= 0);
		const text = await readTextUntil(book.pdb, book, read => {
			const parts = whole(read);
			return (parts.length > 0 && !hasBytes(parts[0]!, AO3_MESSAGE)) || titleAt(parts.map(part => parse(part, book, []))) >= 0;
		});
		const parts = whole(text).map(part => parse(part, book, notes));
		const end = titleAt(parts);
		return end < 0 || !hasBytes(splitMobi6(text)[0]!, AO3_MESSAGE) ? null : {parts: parts.slice(0, end + 1), classStyles: new Map(), notes: unique(notes)};
	}

	// KF8 keeps AO3's `<h1>` title, in the preface's last file.
	const files = await readFirstKf8Files(book, read => read.some(file => hasBytes(file, '<h1')) || (read.length > 0 && !hasBytes(read[0]!, AO3_MESSAGE)));
	const end = files.findIndex(file => hasBytes(file, '<h1'));
	if (end < 0 || !hasBytes(files[0]!, AO3_MESSAGE)) {
		return null;
	}

	return {parts: files.slice(0, end + 1).map(file => parse(file, book, notes)), classStyles: new Map(), notes: unique(notes)};
}
