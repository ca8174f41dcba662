/**
 * A MOBI or AZW3 book as a work: its metadata and body, from the markup the
 * readers under this folder recover. AO3's downloads are read by the AO3
 * readers shared with the HTML and EPUB adapters (`readAo3Work`), with EXTH
 * as the fallback for what the preface lacks; any other book by its EXTH and
 * its markup's blocks.
 */
import type {HeaderFields} from '../../parse/header-fields.js';
import type {TocEntry, WorkBody, WorkFormat} from '../../work.js';
import type {FileSource, Listing, OpenedBody, ParsedMeta} from '../format-adapter.js';
import {metaFromFields, noFields} from '../meta-from-fields.js';
import {readAo3Preface} from '../ao3/read-ao3-preface.js';
import {readAo3Work} from '../ao3/read-ao3-work.js';
import {BlockList, countStoryWords} from '../markup/block-list.js';
import {type MarkupElement} from '../markup/parse-markup.js';
import {findFirst} from '../markup/query-markup.js';
import {encodingOf} from './decode-mobi-text.js';
import {exthMeta, type ExthMeta} from './exth-meta.js';
import {mobi6WithHeadings} from './mobi6-chapters.js';
import {holdsAo3Message} from './mobi6-nodes.js';
import {ao3MarkupFromMobi6} from './mobi6-to-ao3-markup.js';
import {type MobiBook, openMobiBook} from './open-mobi-book.js';
import {type MobiMarkup, readAo3PrefaceMarkup, readMobiMarkup} from './read-mobi-markup.js';

/** AO3's structure, when the book is an AO3 download. */
function ao3Root(book: MobiBook, {parts}: MobiMarkup): MarkupElement | null {
	if (book.part === 'mobi6') {
		return ao3MarkupFromMobi6(parts);
	}

	const first = parts[0];
	return first !== undefined && holdsAo3Message(first) ? oneDocument(parts) : null;
}

/**
 * KF8's files as the one HTML document AO3 wrote: their bodies' content in
 * one `body`, so that what the AO3 readers find by position (the preface of
 * a download from before 2019 is what precedes `div#chapters`) spans files.
 */
function oneDocument(files: readonly MarkupElement[]): MarkupElement {
	const content = files.flatMap(file => (findFirst(file, element => element.name === 'body') ?? file).children);
	return {name: '#document', attributes: {}, children: [{name: 'html', attributes: {}, children: [{name: 'body', attributes: {}, children: content}]}]};
}

function formatOf(book: MobiBook, ao3: boolean): WorkFormat {
	const kind = book.standaloneKf8 ? 'azw3' : 'mobi';
	return ao3 ? `ao3-${kind}` : kind;
}

type Facts = {fields: HeaderFields; words: number; toc: ParsedMeta['toc']; notes: ParsedMeta['notes']; ao3: boolean};

function metaOf(book: MobiBook, file: FileSource, exth: ExthMeta, {fields, words, toc, notes, ao3}: Facts): ParsedMeta {
	const withExth: HeaderFields = {
		...fields,
		title: fields.title ?? exth.title,
		authors: fields.authors.length > 0 ? fields.authors : exth.authors,
		// For AO3, EXTH's subjects are every tag at once, "Fanworks" first: the preface sorts them.
		tags: ao3 ? fields.tags : exth.tags,
		// AO3's preface is the record of what it states: EXTH's language code is calibre's default, not AO3's.
		language: ao3 ? fields.language : exth.language,
		published: fields.published ?? exth.published,
		summary: fields.summary ?? exth.summary,
	};
	return metaFromFields(withExth, {format: formatOf(book, ao3), path: file.path, words, toc, encoding: encodingOf(book.encoding), notes});
}

/** The body of a book that is not AO3's: every part's blocks, its headings the table of contents. */
function genericBody(book: MobiBook, {parts, classStyles}: MobiMarkup): Required<WorkBody> & {toc: TocEntry[]} {
	const body = new BlockList();
	for (const part of book.part === 'mobi6' ? mobi6WithHeadings(parts) : parts) {
		body.appendMarkup(part, {classStyles});
	}

	const toc = body.blocks.flatMap(({kind}, paragraph) => (kind === 'heading' ? [{title: body.paragraphs[paragraph]!, paragraph}] : []));
	return {paragraphs: body.paragraphs, blocks: body.blocks, toc};
}

function identityOf(exth: ExthMeta, title: string): string {
	return `mobi:${exth.uid ?? ''}\n${title}`;
}

type Whole = {meta: ParsedMeta; body: WorkBody};

async function readWhole(book: MobiBook, file: FileSource): Promise<Whole> {
	const exth = exthMeta(book);
	const markup = await readMobiMarkup(book);
	const root = ao3Root(book, markup);
	if (root !== null) {
		const work = readAo3Work(root, {classStyles: markup.classStyles});
		const meta = metaOf(book, file, exth, {fields: work.fields, words: work.storyWords, toc: work.toc, notes: markup.notes, ao3: true});
		return {meta, body: work.body};
	}

	const {toc, ...body} = genericBody(book, markup);
	const meta = metaOf(book, file, exth, {fields: noFields(), words: countStoryWords(body), toc, notes: markup.notes, ao3: false});
	return {meta, body};
}

export async function listMobi(file: FileSource): Promise<Listing> {
	const book = await openMobiBook(file);
	const exth = exthMeta(book);
	const preface = await readAo3PrefaceMarkup(book);
	const root = preface === null ? null : ao3Root(book, preface);
	if (preface !== null && root !== null) {
		const {fields, words} = readAo3Preface(root);
		if (words !== null) {
			// The preface states the count: a listing needs read no further.
			const meta = metaOf(book, file, exth, {fields, words, toc: [], notes: preface.notes, ao3: true});
			return {ok: true, meta, identity: () => identityOf(exth, meta.title)};
		}
	}

	const {meta} = await readWhole(book, file);
	return {ok: true, meta, identity: () => identityOf(exth, meta.title)};
}

export async function openMobi(file: FileSource): Promise<OpenedBody> {
	const {meta, body} = await readWhole(await openMobiBook(file), file);
	return {ok: true, meta, body};
}
