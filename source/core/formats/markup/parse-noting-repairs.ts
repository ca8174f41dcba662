/**
 * Parsing a book's markup and telling the reader what sanitizing removed.
 * One place for every adapter (HTML, EPUB, MOBI), so that a work says the
 * same about the same markup whatever format carried it.
 */
import type {RepairNote} from '../../work.js';
import {type MarkupElement, parseMarkup} from './parse-markup.js';

/** What sanitizing a text node can do that is worth telling: line ends and tabs are only white space in markup. */
const REPORTED_NOTES: ReadonlySet<RepairNote> = new Set(['escapes-removed', 'controls-removed', 'bidi-removed']);

/** `text` parsed as (X)HTML; what sanitizing removed that is worth telling is added to `notes`. */
export function parseNotingRepairs(text: string, notes: Set<RepairNote>): MarkupElement {
	const removed = new Set<RepairNote>();
	const root = parseMarkup(text, {notes: removed});
	for (const note of removed) {
		if (REPORTED_NOTES.has(note)) notes.add(note);
	}

	return root;
}
