/**
 * Reads the body of an AO3 download: `div#chapters` (per chapter a meta
 * group with the heading and the chapter's byline and notes, the text, then
 * its end notes) and `div#afterword` (the work's end notes). Found by ids,
 * element names and label words, as in `read-ao3-preface.ts`: calibre renames
 * the classes, and repeats the ids on every file of an EPUB.
 */
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {BlockList} from '../markup/block-list.js';
import {isElement, type MarkupElement} from '../markup/parse-markup.js';
import {childElements, findAll, hasClass, textOf} from '../markup/query-markup.js';
import {findNoteGroups} from './note-groups.js';

const headingNames = new Set(['h2', 'h3']);
const frontAndBack = new Set(['preface', 'afterword']);

function withId(root: MarkupElement, test: (id: string) => boolean): MarkupElement[] {
	return findAll(root, element => test(element.attributes['id'] ?? ''));
}

/** A chapter's meta group: AO3's `div.meta.group`, or what calibre left of it, a `div` that opens with the chapter's heading. */
function isChapterMeta(element: MarkupElement): boolean {
	return element.name === 'div' && (hasClass(element, 'meta') || headingNames.has(childElements(element)[0]?.name ?? ''));
}

function readChapterMeta(meta: MarkupElement, into: BlockList, options: BlocksOptions): void {
	for (const child of childElements(meta)) {
		if (headingNames.has(child.name)) {
			into.heading(textOf(child).replaceAll('\n', ' '));
		} else if (child.name === 'p' && /^Chapter by\b/i.test(textOf(child))) {
			into.noteLabel(textOf(child).replaceAll('\n', ' '));
		}
	}

	for (const {label, content} of findNoteGroups(meta)) {
		into.noteGroup(label, content, options);
	}
}

/** One `div#chapters`: its chapters' headings, notes and text, in order. */
function readChaptersDiv(chapters: MarkupElement, into: BlockList, options: BlocksOptions): void {
	for (const child of chapters.children) {
		if (!isElement(child)) {
			into.appendMarkup([child], options);
		} else if (/^endnotes\d*$/.test(child.attributes['id'] ?? '')) {
			for (const {label, content} of findNoteGroups(child)) {
				into.noteGroup(label, content, options);
			}
		} else if (isChapterMeta(child)) {
			readChapterMeta(child, into, options);
		} else if (!headingNames.has(child.name)) {
			// A heading outside a meta group is a one-shot's `h2.toc-heading`: the work's title again.
			into.appendMarkup(child, options);
		}
	}
}

/**
 * Adds the chapters to `into`: a heading block per chapter (in the table of
 * contents), labelled note groups for chapter bylines, summaries and notes,
 * and the text. A one-shot's `h2.toc-heading` only repeats the work's title
 * and is left out. Without a `div#chapters`, everything outside the preface
 * and the afterword is the text.
 */
export function readAo3Chapters(root: MarkupElement, into: BlockList, options: BlocksOptions = {}): void {
	const chapters = withId(root, id => id === 'chapters');
	if (chapters.length > 0) {
		for (const div of chapters) {
			readChaptersDiv(div, into, options);
		}

		return;
	}

	into.appendMarkup(root, {...options, skip: element => frontAndBack.has(element.attributes['id'] ?? '')});
}

/**
 * Adds the work's end notes from `div#afterword` (`div#endnotes` alone before
 * 2019); "Works inspired by this one" and the plea to comment are not the
 * author's words and are left out.
 */
export function readAo3Afterword(root: MarkupElement, into: BlockList, options: BlocksOptions = {}): void {
	const afterwords = withId(root, id => id === 'afterword');
	for (const afterword of afterwords.length > 0 ? afterwords : withId(root, id => id === 'endnotes')) {
		for (const {label, content} of findNoteGroups(afterword, /^End Notes$/i)) {
			into.noteGroup(label, content, options);
		}
	}
}
