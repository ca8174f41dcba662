/**
 * Reading an EPUB for the library and for the reader. The listing reads the
 * structure and the opening files, never an AO3 or FanFicFare book's
 * chapters. The body comes a spine file at a time: enough files for a first
 * page at once, the rest on request. Each file adds blocks from its own
 * markup (and the opening files' front matter, read before any), and blocks
 * are only ever appended, so the first part's paragraphs begin the whole and
 * a place found in the first part stays valid in it.
 */
import {UNKNOWN_PARAGRAPH, type WorkBody} from '../../work.js';
import type {FileSource, Listing, OpenedBody, ParsedMeta, Refusal} from '../format-adapter.js';
import {errorText} from '../guard-step.js';
import {BlockList, countStoryWords} from '../markup/block-list.js';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import {metaFromFields} from '../meta-from-fields.js';
import type {Edition} from './edition.js';
import {editionOf} from './epub-edition.js';
import {openEpub, readDocument, type EpubBook} from './open-epub.js';
import {readClassStyles} from './read-styles.js';

/** Story text enough for a first page on any terminal, with room to turn a few pages. */
export const FIRST_PART_CHARS = 8000;

type Reading = {
	book: EpubBook;
	edition: Edition;
	options: BlocksOptions;
	list: BlockList;
	/** How many spine files have been appended. */
	files: number;
};

/** Appends the next spine file; its reason when it cannot be read. */
async function readNextFile(reading: Reading): Promise<Refusal | null> {
	const index = reading.files;
	const document = await readDocument(reading.book, reading.book.pkg.spine[index]!.path);
	if (!document.ok) return document;
	reading.edition.read(index, document.root, reading.list, reading.options);
	reading.files++;
	return null;
}

function isWhole(reading: Reading): boolean {
	return reading.files >= reading.book.pkg.spine.length;
}

function storyChars({paragraphs, blocks}: BlockList): number {
	let chars = 0;
	for (const [index, paragraph] of paragraphs.entries()) {
		if (blocks[index]!.kind !== 'note') chars += paragraph.length;
	}

	return chars;
}

function metaOf(reading: Reading, words: number): ParsedMeta {
	const {book, edition, list} = reading;
	return metaFromFields(edition.fields, {format: edition.format, path: book.zip.source.path, words, toc: [...list.toc], encoding: book.encoding, notes: [...book.notes]});
}

/** Opens the book and decides its edition. */
async function startReading(source: FileSource, styled: boolean): Promise<Reading | Refusal> {
	const book = await openEpub(source);
	if (!book.ok) return book;
	const edition = await editionOf(book);
	if (!edition.ok) return edition;
	const options: BlocksOptions = styled ? {classStyles: await readClassStyles(book)} : {};
	return {book, edition, options, list: new BlockList(), files: 0};
}

/** The package's unique identifier and the title: what keys a book's reading state. */
function identityOf(book: EpubBook, title: string): string {
	return `epub:${book.pkg.uniqueIdentifier ?? ''}\n${title}`;
}

export async function listEpub(source: FileSource): Promise<Listing | Refusal> {
	const reading = await startReading(source, false);
	if ('ok' in reading) return reading;
	let words = reading.edition.statedWords;
	if (words === null) {
		// A book that states no count is counted as the reader would count it, through its blocks; its TOC comes with them.
		while (!isWhole(reading)) {
			const failed = await readNextFile(reading);
			if (failed !== null) return failed;
		}

		words = countStoryWords(reading.list);
	}

	const meta = metaOf(reading, words);
	// A listing that read no chapter names them from the book's TOC; where each begins is the body's to say.
	if (reading.files === 0) meta.toc = reading.edition.chapterTitles.map(title => ({title, paragraph: UNKNOWN_PARAGRAPH}));
	return {ok: true, meta, identity: () => identityOf(reading.book, meta.title)};
}

/** A note at the end of the body saying why the rest of the book is missing. */
function appendProblem(list: BlockList, reason: string): void {
	list.append({
		paragraphs: ['ficread could not read the rest of this book:', reason],
		blocks: [{kind: 'note', label: true}, {kind: 'note'}],
	});
}

/**
 * Reads the spine files after the first part. Never rejects: a file that
 * cannot be read ends the body with a note saying why. The metadata comes
 * with it, completed: the `toc` of every chapter, and the counted `words` of
 * a book that states none.
 */
async function readRest(reading: Reading, meta: ParsedMeta): Promise<{body: WorkBody; meta: ParsedMeta}> {
	try {
		while (!isWhole(reading)) {
			// A file in memory reads without a turn of the event loop: let the first page draw, and keys act, between files.
			await new Promise(resolve => setImmediate(resolve));
			const failed = await readNextFile(reading);
			if (failed !== null) {
				appendProblem(reading.list, failed.reason);
				break;
			}
		}
	} catch (error) {
		appendProblem(reading.list, errorText(error));
	}

	const {list} = reading;
	const words = reading.edition.statedWords ?? countStoryWords(list);
	return {body: {paragraphs: list.paragraphs, blocks: list.blocks}, meta: {...meta, toc: [...list.toc], words}};
}

export async function openEpubBody(source: FileSource): Promise<OpenedBody | Refusal> {
	const reading = await startReading(source, true);
	if ('ok' in reading) return reading;
	while (!isWhole(reading) && storyChars(reading.list) < FIRST_PART_CHARS) {
		const failed = await readNextFile(reading);
		if (failed !== null) return failed;
	}

	const {list, edition} = reading;
	const meta = metaOf(reading, edition.statedWords ?? countStoryWords(list));
	if (isWhole(reading)) return {ok: true, meta, body: {paragraphs: list.paragraphs, blocks: list.blocks}};
	// A copy: the rest is appended to the list itself.
	const first = {paragraphs: [...list.paragraphs], blocks: [...list.blocks]};
	let whole: Promise<{body: WorkBody; meta: ParsedMeta}> | undefined;
	return {ok: true, meta, body: first, rest: async () => (whole ??= readRest(reading, meta))};
}
