/**
 * The adapter for `.html` and `.htm` files: AO3's HTML download, FanFicFare's
 * HTML output, and any other page. An AO3 file is listed from its preface
 * alone (the head of the file, up to its chapters); anything else, and every
 * body, is read whole, up to a size cap. Never throws: a bad file becomes a
 * refusal naming the problem.
 */
import {Buffer} from 'node:buffer';
import {readAo3Preface} from '../ao3/read-ao3-preface.js';
import type {FileSource, FormatAdapter, Listing, OpenedBody, ParsedMeta, Refusal} from '../format-adapter.js';
import {classStylesFromCss} from '../markup/class-styles-from-css.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {parseNotingRepairs} from '../markup/parse-noting-repairs.js';
import {guarded} from '../guard-step.js';
import {metaFromFields} from '../meta-from-fields.js';
import {isBinary, utf16Named} from '../../text/decode-bytes.js';
import type {WorkBody} from '../../work.js';
import {decodeHtml} from './decode-html.js';
import {readHtmlHead} from './read-html-head.js';
import {htmlKindOf, readHtmlWork} from './read-html-work.js';
import {styleSheetsOf} from './style-sheets.js';

/** Far past any fic; a bigger file is refused rather than read into memory. */
export const MAX_HTML_BYTES = 64 * 1024 * 1024;

/** How much of the body goes into the identity of a work without a Work ID. */
const IDENTITY_BODY_LENGTH = 4096;

const htmlStart = /<(?:!doctype\s+html|html|head|body)[\s>]/i;
// A fragment saved without its document tags: markup from the first character, and a tag of text in it.
const fragmentStart = /^\s*<[!?a-z]/i;
const textTag = /<(?:p|div|h[1-6]|br|span|em|i|b)[\s/>]/i;

type Parsed = {root: MarkupElement; text: string; meta: Pick<ParsedMeta, 'encoding' | 'notes'>};

function refusal(reason: string): Refusal {
	return {ok: false, reason};
}

/** The file's size, or why it cannot be read at all. */
function sizeProblem(file: FileSource): string | undefined {
	if (file.size === 0) return 'empty file';
	if (file.size > MAX_HTML_BYTES) return `HTML file too large (${Math.ceil(file.size / 1024 / 1024)} MiB; at most ${MAX_HTML_BYTES / 1024 / 1024} MiB is read)`;
	return undefined;
}

function parse(bytes: Uint8Array): Parsed {
	const {text, encoding, notes} = decodeHtml(bytes);
	const repairs = new Set(notes);
	const root = parseNotingRepairs(text, repairs);
	return {root, text, meta: {encoding, notes: [...repairs]}};
}

function identityOf(meta: ParsedMeta, body?: WorkBody): string {
	const start = body === undefined ? '' : body.paragraphs.join('\n').slice(0, IDENTITY_BODY_LENGTH);
	return [meta.format, meta.id ?? '', meta.title, meta.authors.join(', '), meta.summary ?? '', start].join('\n');
}

async function openWhole(file: FileSource): Promise<OpenedBody | Refusal> {
	const problem = sizeProblem(file);
	if (problem !== undefined) return refusal(problem);
	const bytes = await file.read(0, file.size);
	if (isBinary(bytes)) return refusal('binary file (NUL byte in the first 8 KiB)');
	const {root, text, meta} = parse(bytes);
	const kind = htmlKindOf(root);
	const work = readHtmlWork(root, kind, {classStyles: classStylesFromCss(styleSheetsOf(text))});
	if (work.body.paragraphs.length === 0) return refusal('no text in the HTML file');
	return {
		ok: true,
		meta: metaFromFields(work.fields, {format: kind, path: file.path, words: work.words, toc: work.toc, ...meta}),
		body: work.body,
	};
}

/** An AO3 file's listing from its head alone, when the preface states the word count; undefined otherwise. */
async function listFromHead(file: FileSource): Promise<Listing | undefined> {
	const head = await readHtmlHead(file);
	if (head === null || isBinary(head)) return undefined;
	const {root, meta} = parse(head);
	if (htmlKindOf(root) !== 'ao3-html') return undefined;
	const preface = readAo3Preface(root);
	if (preface.words === null) return undefined;
	const listed = metaFromFields(preface.fields, {format: 'ao3-html', path: file.path, words: preface.words, toc: [], ...meta});
	return {ok: true, meta: listed, identity: () => identityOf(listed)};
}

async function listHtml(file: FileSource): Promise<Listing | Refusal> {
	const problem = sizeProblem(file);
	if (problem !== undefined) return refusal(problem);
	const listed = await listFromHead(file);
	if (listed !== undefined) return listed;
	const opened = await openWhole(file);
	return opened.ok ? {ok: true, meta: opened.meta, identity: () => identityOf(opened.meta, opened.body)} : opened;
}

export const htmlAdapter: FormatAdapter = {
	name: 'html',
	extensions: ['html', 'htm'],

	recognise(head: Uint8Array): boolean {
		const utf16 = utf16Named(head);
		const text = utf16 === null ? Buffer.from(head).toString('latin1') : new TextDecoder(utf16).decode(head);
		const start = text.replace(/^\uFEFF/, '');
		return htmlStart.test(start) || (fragmentStart.test(start) && textTag.test(start));
	},

	readListing: guarded('unreadable HTML file', listHtml),
	openBody: guarded('unreadable HTML file', openWhole),
};
