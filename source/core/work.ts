/**
 * The data every layer shares: what the parser makes of one fic file.
 * Strings in these types have already been decoded, repaired and sanitized:
 * they hold no ESC, no C0/C1 control except LF, and no bidi override.
 */

export type WorkFormat =
	| 'ao3-text'
	| 'fff-text'
	| 'plain-text'
	| 'ao3-html'
	| 'ao3-epub'
	| 'ao3-mobi'
	| 'ao3-azw3'
	| 'fff-epub'
	| 'fff-html'
	| 'epub'
	| 'html'
	| 'mobi'
	| 'azw3';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type WorkStatus = 'complete' | 'in-progress' | 'unknown';

/** What the text pipeline changed on the way in; shown to the user as repair notes. */
export type RepairNote =
	| 'mojibake-repaired'
	| 'c1-mapped'
	| 'controls-removed'
	| 'escapes-removed'
	| 'bidi-removed'
	| 'crlf'
	| 'cr'
	| 'tabs-expanded';

export type Chapters = {
	posted: number;
	/** Null when the total is unknown (`5/?`). */
	total: number | null;
};

export type Series = {
	name: string;
	/** Null when the header gives no part number. */
	part: number | null;
};

export type TocEntry = {
	title: string;
	/** Index into `WorkBody.paragraphs` of the chapter's heading; `UNKNOWN_PARAGRAPH` in a listing that names chapters without reading them. */
	paragraph: number;
};

/**
 * The `paragraph` of a TOC entry listed before its chapter is read: an AO3 or
 * FanFicFare EPUB's listing takes its chapter titles from the book's own
 * table of contents, so `--list --json` and `headings` have them, but where
 * each begins is known only once the body is opened. The reader takes its
 * TOC from the opened body, never from a listing, so it never sees this.
 */
export const UNKNOWN_PARAGRAPH = -1;

/**
 * The metadata of one work: everything the list, the sidebar and the search
 * need, and nothing of the body, so that tens of thousands fit in memory.
 * Field names and meanings are the `--list --json` contract (see `toJson`).
 */
export type WorkMeta = {
	/** Relative to the scanned folder, `/`-separated. */
	path: string;
	format: WorkFormat;
	/** The AO3 Work ID, as a string; null when the file has none. */
	id: string | null;
	title: string;
	authors: string[];
	rating: string | null;
	warnings: string[];
	categories: string[];
	fandoms: string[];
	relationships: string[];
	characters: string[];
	/** AO3's Additional Tags; FanFicFare's Genre. */
	tags: string[];
	language: string | null;
	series: Series[];
	status: WorkStatus;
	chapters: Chapters | null;
	/** Counted in the body, not copied from the header. */
	words: number;
	published: string | null;
	updated: string | null;
	summary: string | null;
	toc: TocEntry[];
	encoding: Encoding;
	notes: RepairNote[];
	/** Path of the primary copy when another file holds the same Work ID. */
	duplicateOf: string | null;
	/** Header labels with no field of their own (Kudos, Hits, unknown ones), as given. */
	extra: Record<string, string>;
};

/**
 * What a library keeps of each of its works: the fields the list, the search
 * and the sidebar's header need. The rest of `WorkMeta` (see `WorkDetails`),
 * the longest part of a header, is read from the file for the one work shown.
 */
export type WorkListing = Omit<WorkMeta, DetailField> & {
	/** How many chapter headings the body has: the chapter count of a work whose header gives none. */
	headings: number;
};

type DetailField = 'summary' | 'toc' | 'extra';

/** The part of `WorkMeta` not kept for every work: read with the body when a work is shown. */
export type WorkDetails = Pick<WorkMeta, DetailField>;

export function listingOf({summary, toc, extra, ...listing}: WorkMeta): WorkListing {
	return {...listing, headings: toc.length};
}

export function detailsOf(meta: WorkMeta): WorkDetails {
	return {summary: meta.summary, toc: meta.toc, extra: meta.extra};
}

/** The whole metadata again, from what a library keeps and what was read for the work. */
export function joinMeta({headings, ...listing}: WorkListing, details: WorkDetails): WorkMeta {
	return {...listing, ...details};
}

/** Emphasis inside a paragraph: the terminal attribute it is shown with. */
export type InlineStyle = 'italic' | 'bold' | 'underline' | 'strike';

/** A run of emphasis over `paragraphs[i].slice(start, end)` (UTF-16 offsets). Runs may nest or overlap. */
export type StyleSpan = {start: number; end: number; style: InlineStyle};

/**
 * What kind of block a paragraph is, for formats that say (HTML, EPUB, MOBI):
 * - `text`: story prose;
 * - `heading`: a chapter or section heading (its text is the heading's own words);
 * - `scene-break`: a `<hr>` or a line of `* * *` (text is what to show centred, e.g. `* * *`);
 * - `quote`: a blockquote inside the story;
 * - `list-item`: one item of a list (text begins with its marker, `• ` or `1. `);
 * - `note`: front or back matter the author wrote around the story (summary,
 *   notes, chapter notes, end notes): shown dimmed, hideable. The block that
 *   opens a note group is its label (`Notes:`, `Chapter Summary:`…), with `label: true`.
 */
export type BlockKind = 'text' | 'heading' | 'scene-break' | 'quote' | 'list-item' | 'note';

export type BlockStyle = {
	kind: BlockKind;
	/** Emphasis runs, in paragraph offsets; absent when the paragraph is plain. */
	spans?: StyleSpan[];
	/** A note block that is the label of the note group it opens. */
	label?: boolean;
};

/** The body of a work, read only while it is open. */
export type WorkBody = {
	/** Paragraphs in reading order; a paragraph may hold single `\n` line breaks. */
	paragraphs: string[];
	/**
	 * One entry per paragraph, for rich formats; absent for text files, whose
	 * paragraphs are all plain `text`. Same length as `paragraphs` when present.
	 */
	blocks?: BlockStyle[];
};

/** One file the scanner could not turn into a work, and why. */
export type Skipped = {
	path: string;
	reason: string;
};
