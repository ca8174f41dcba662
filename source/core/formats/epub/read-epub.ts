/**
 * Reading an EPUB for the library and for the reader. The listing reads the
 * structure and the opening files, never an AO3 or FanFicFare book's
 * chapters. The body comes a spine file at a time: enough files for a first
 * page at once, the rest on request, appended to the same assembly so the
 * first part's paragraphs begin the whole.
 */
import type {InlineStyle, WorkBody} from '../../work.js';
import type {FileSource, Listing, OpenedBody, ParsedMeta, Refusal} from '../format-adapter.js';
import {displaySafe} from '../../text/display-safe.js';
import {appendPart, emptyAssembly, snapshot, storyWords, type Assembly} from './body-parts.js';
import {editionOf, type Edition} from './epub-edition.js';
import {openEpub, readDocument, type EpubBook} from './open-epub.js';
import {readClassStyles} from './read-styles.js';

/** Story text enough for a first page on any terminal, with room to turn a few pages. */
export const FIRST_PART_CHARS = 8000;

type Reading = {
	book: EpubBook;
	edition: Edition;
	classStyles: ReadonlyMap<string, InlineStyle[]>;
	assembly: Assembly;
};

/** Appends the next spine file; its reason when it cannot be read. */
async function readNextPart(reading: Reading): Promise<Refusal | null> {
	const index = reading.assembly.files;
	const document = await readDocument(reading.book, reading.book.pkg.spine[index]!.path);
	if (!document.ok) return document;
	appendPart(reading.assembly, reading.edition.part(index, document.root, reading.classStyles));
	return null;
}

function isWhole(reading: Reading): boolean {
	return reading.assembly.files >= reading.book.pkg.spine.length;
}

function storyChars({paragraphs, blocks}: Assembly): number {
	let chars = 0;
	paragraphs.forEach((paragraph, index) => {
		if (blocks[index]?.kind !== 'note') chars += paragraph.length;
	});
	return chars;
}

function bodyOf({paragraphs, blocks}: Assembly): WorkBody {
	return {paragraphs, blocks};
}

function metaOf(reading: Reading, words: number): ParsedMeta {
	const {book, edition, assembly} = reading;
	return {...edition.meta, words, toc: [...assembly.toc], encoding: book.encoding, notes: [...book.notes]};
}

/** Opens the book and decides its edition. */
async function startReading(source: FileSource, styled: boolean): Promise<Reading | Refusal> {
	const book = await openEpub(source);
	if (!book.ok) return book;
	const edition = await editionOf(book);
	if (!edition.ok) return edition;
	const classStyles = styled ? await readClassStyles(book) : new Map<string, InlineStyle[]>();
	return {book, edition, classStyles, assembly: emptyAssembly()};
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
			const failed = await readNextPart(reading);
			if (failed !== null) return failed;
		}

		words = storyWords(reading.assembly.paragraphs, reading.assembly.blocks);
	}

	const meta = metaOf(reading, words);
	return {ok: true, meta, identity: identityOf(reading.book, meta.title)};
}

/** A note at the end of the body saying why the rest of the book is missing. */
function appendProblem(assembly: Assembly, reason: string): void {
	appendPart(assembly, {
		paragraphs: ['ficread could not read the rest of this book:', reason],
		blocks: [{kind: 'note', label: true}, {kind: 'note'}],
		toc: [],
	});
}

/**
 * Reads the spine files after the first part. Never rejects: a file that
 * cannot be read ends the body with a note saying why. When it resolves,
 * the `meta` given with the first part is completed in place (its `toc`,
 * and the counted `words` of a book that states none).
 */
async function readRest(reading: Reading, meta: ParsedMeta): Promise<WorkBody> {
	try {
		while (!isWhole(reading)) {
			const failed = await readNextPart(reading);
			if (failed !== null) {
				appendProblem(reading.assembly, failed.reason);
				break;
			}
		}
	} catch (error) {
		appendProblem(reading.assembly, displaySafe(error instanceof Error ? error.message : String(error)));
	}

	const {assembly} = reading;
	meta.toc.splice(0, meta.toc.length, ...assembly.toc);
	if (reading.edition.statedWords === null) meta.words = storyWords(assembly.paragraphs, assembly.blocks);
	return bodyOf(assembly);
}

export async function openEpubBody(source: FileSource): Promise<OpenedBody | Refusal> {
	const reading = await startReading(source, true);
	if ('ok' in reading) return reading;
	while (!isWhole(reading) && storyChars(reading.assembly) < FIRST_PART_CHARS) {
		const failed = await readNextPart(reading);
		if (failed !== null) return failed;
	}

	const {assembly, edition} = reading;
	const meta = metaOf(reading, edition.statedWords ?? storyWords(assembly.paragraphs, assembly.blocks));
	if (isWhole(reading)) return {ok: true, meta, body: bodyOf(assembly)};
	const first = bodyOf(snapshot(assembly));
	let whole: Promise<WorkBody> | undefined;
	return {ok: true, meta, body: first, rest: async () => (whole ??= readRest(reading, meta))};
}
