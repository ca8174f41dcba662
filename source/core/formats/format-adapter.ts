/**
 * The one interface every file format is read through (epy's `ebooks/base.py`,
 * in TypeScript): recognise a file, read its listing, open its body. The
 * scanner and the reader never ask which format they hold.
 *
 * Everything an adapter returns is already clean: decoded, repaired and
 * sanitized where it entered (see `core/text/clean-text.ts`), so no string in
 * a `ParsedMeta` or a `WorkBody` can carry an escape sequence to the terminal.
 * An adapter never throws for a bad file: it returns `{ok: false, reason}`,
 * and the reason is what the user sees beside the file's name.
 */
import type {WorkBody, WorkMeta} from '../work.js';

/** Random access to one file's bytes, so that an adapter reads only what it needs (a zip's central directory, an HTML file's head). */
export type FileSource = {
	/** Relative to the library's folder, `/`-separated: for titles of last resort and messages. */
	path: string;
	size: number;
	/** Up to `length` bytes from `offset`; fewer only at the end of the file. */
	read(offset: number, length: number): Promise<Uint8Array>;
};

/** A file's metadata as its adapter reads it; the library adds where it lives and which copy is primary. */
export type ParsedMeta = Omit<WorkMeta, 'path' | 'duplicateOf'>;

export type Refusal = {ok: false; reason: string};

export type Listing = {
	ok: true;
	meta: ParsedMeta;
	/**
	 * What identifies this work when it has no Work ID, to key its reading
	 * state: the text of a text file, an EPUB's package identifier and title.
	 * Stable across re-reads of the same file. Asked only of a work without
	 * a Work ID: a text file's is the whole text, costly to join.
	 */
	identity: () => string;
};

export type OpenedBody = {
	ok: true;
	meta: ParsedMeta;
	/** The body, or its first part: enough for a first page. */
	body: WorkBody;
	/**
	 * For a format read a part at a time (an EPUB's chapter files): the whole
	 * body, whose first paragraphs are `body`'s, so positions in the first part
	 * stay valid, with the metadata of the whole (its `toc` reaches every
	 * chapter). Absent when `body` is already whole.
	 */
	rest?: () => Promise<{body: WorkBody; meta: ParsedMeta}>;
};

export type FormatAdapter = {
	/** For messages and the bench: `text`, `html`, `epub`, `mobi`. */
	name: string;
	/** Lower-case file extensions this adapter reads, without the dot. */
	extensions: readonly string[];
	/** Whether a file's first bytes (up to 4 KiB) are this format. */
	recognise(head: Uint8Array): boolean;
	/** The metadata, reading as little of the file as the format allows. */
	readListing(file: FileSource): Promise<Listing | Refusal>;
	/** The body, for the reader, `--print` and full-text search; with the metadata read from the same bytes. */
	openBody(file: FileSource): Promise<OpenedBody | Refusal>;
};
