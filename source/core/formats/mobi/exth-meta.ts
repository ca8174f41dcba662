import {blocksFromMarkup} from '../markup/blocks-from-markup.js';
import {parseMarkup} from '../markup/parse-markup.js';
import {sanitize} from '../../text/sanitize.js';
import {decodeMobiText} from './decode-mobi-text.js';
import {EXTH} from './read-exth.js';
import type {MobiBook} from './open-mobi-book.js';

/** What the EXTH block says of a book: the metadata of a book that is not AO3's, and the fallback of one that is. */
export type ExthMeta = {
	title: string | null;
	authors: string[];
	tags: string[];
	summary: string | null;
	published: string | null;
	language: string | null;
	/** calibre's book id (EXTH 113), for a book's identity. */
	uid: string | null;
};

function oneLine(text: string): string {
	return sanitize(text).text.replaceAll(/\s+/g, ' ').trim();
}

export function exthMeta(book: MobiBook): ExthMeta {
	const strings = (type: number) => (book.exth.get(type) ?? []).map(value => oneLine(decodeMobiText(value, book.encoding))).filter(value => value !== '');
	const first = (type: number) => strings(type)[0] ?? null;
	const fullName = oneLine(decodeMobiText(book.fullName, book.encoding));
	// calibre writes the summary as HTML; its paragraphs are what a reader sees.
	const description = book.exth.get(EXTH.description)?.[0];
	const summary = description === undefined ? '' : blocksFromMarkup(parseMarkup(decodeMobiText(description, book.encoding))).paragraphs.join('\n\n');
	const published = /^\d{4}-\d{2}-\d{2}/.exec(first(EXTH.published) ?? '')?.[0] ?? null;
	return {
		title: first(EXTH.updatedTitle) ?? (fullName || null),
		authors: [...new Set(strings(EXTH.author))],
		// calibre's reader splits subjects on `;` too: some writers join them so.
		tags: [...new Set(strings(EXTH.subject).flatMap(subject => subject.split(';').map(tag => tag.trim())).filter(tag => tag !== ''))],
		summary: summary === '' ? null : summary,
		published,
		language: first(EXTH.language),
		uid: first(EXTH.uid),
	};
}
