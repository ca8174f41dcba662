/**
 * Reads AO3's preface: the download's front matter, in the HTML file, in
 * calibre's EPUB preface files and in a MOBI's HTML stream. calibre renames
 * every class, so this relies on ids, element names, headings and the label
 * words AO3 writes, never on a class name. The labels mean what they mean in
 * AO3's text download, so the text parser's label table reads them.
 */
import type {Blocks, BlocksOptions} from '../markup/blocks-from-markup.js';
import {BlockList} from '../markup/block-list.js';
import {isElement, type MarkupElement} from '../markup/parse-markup.js';
import {ancestorsOfMatches, childElements, findAll, findFirst, textOf} from '../markup/query-markup.js';
import {fieldsFromEntries, type HeaderFields} from '../../parse/header-fields.js';
import {labelsOf, type HeaderEntry} from '../../parse/labels.js';
import {workIdFromUrl} from '../../parse/parse-values.js';
import {statedWords} from '../meta-from-fields.js';
import {findNoteGroups} from './note-groups.js';

export type Ao3Preface = {
	/** What the preface states: the tags, the Stats, `id` from the Archive link, `title` from the `<h1>`, `authors` from the byline, `summary`. */
	fields: HeaderFields;
	/** The Stats line's word count; null when the preface gives none. */
	words: number | null;
	/** The Summary and Notes as labelled note groups, to open the body. */
	front: Blocks;
};

/** Markup in several parts (calibre splits the preface in two files) read as one. */
export function joinMarkup(parts: readonly MarkupElement[]): MarkupElement {
	return {name: '#document', attributes: {}, children: parts.flatMap(part => part.children)};
}

/**
 * The `div#preface` elements (calibre repeats the id on each part); before
 * 2019 there was none, and the preface is what comes before `div#chapters`.
 */
function prefaceOf(root: MarkupElement): MarkupElement {
	const prefaces = findAll(root, element => element.attributes['id'] === 'preface');
	if (prefaces.length > 0) {
		return joinMarkup(prefaces);
	}

	const body = findFirst(root, element => element.name === 'body') ?? root;
	const holdsChapters = ancestorsOfMatches(body, element => element.attributes['id'] === 'chapters');
	const end = body.children.findIndex(child => isElement(child) && (child.attributes['id'] === 'chapters' || holdsChapters.has(child)));
	return {name: '#document', attributes: {}, children: end === -1 ? body.children : body.children.slice(0, end)};
}

/** The Work ID from the `Posted originally on the Archive of Our Own at …/works/ID` message. */
function workIdOf(preface: MarkupElement): string | null {
	const message = findFirst(preface, element => element.name === 'p' && textOf(element).includes('Posted originally on'));
	for (const link of message === undefined ? [] : findAll(message, element => element.name === 'a')) {
		const id = workIdFromUrl(link.attributes['href'] ?? '');
		if (id !== null) {
			return id;
		}
	}

	return null;
}

/** One line of the Stats `dd`, `Published: 2020-01-01 Words: 1,234 Chapters: 1/1`, as entries. */
function statsEntries(text: string): HeaderEntry[] {
	return [...text.matchAll(/([A-Za-z][A-Za-z ]{0,30}?):\s*(\S+)/g)].map(([, label, value]) => ({label: label!.trim(), value: value!}));
}

/** The `dt`/`dd` pairs of the tag list: AO3 joins tags with `, `, which the label table's lists split on. */
function tagEntries(preface: MarkupElement): HeaderEntry[] {
	const list = findFirst(preface, element => element.name === 'dl');
	const entries: HeaderEntry[] = [];
	let label: string | undefined;
	for (const element of list === undefined ? [] : childElements(list)) {
		if (element.name === 'dt') {
			label = textOf(element).replace(/:$/, '').trim();
		} else if (element.name === 'dd' && label !== undefined) {
			const value = textOf(element).split('\n').join(', ');
			if (label.toLowerCase() === 'stats') {
				entries.push(...statsEntries(value.replaceAll(', ', ' ')));
			} else {
				entries.push({label, value});
			}

			label = undefined;
		}
	}

	return entries;
}

/**
 * The byline's names as given (`pseud (user)`): the links of the element
 * after the `<h1>`, else its words after `by` (an anonymous work links none).
 * Only there: the afterword's "Works inspired by this one" has author links too.
 */
function authorsOf(preface: MarkupElement, title: MarkupElement | undefined): string[] {
	const parent = title === undefined ? undefined : findFirst(preface, element => element.children.includes(title));
	const siblings = parent === undefined ? [] : childElements(parent);
	const byline = siblings[siblings.indexOf(title!) + 1];
	if (byline === undefined || !/^by\s/i.test(textOf(byline))) {
		return [];
	}

	const links = findAll(byline, element => element.name === 'a').map(link => textOf(link)).filter(name => name !== '');
	return links.length > 0 ? [...new Set(links)] : textOf(byline).replace(/^by\s+/i, '').split(/,\s+/).filter(name => name !== '');
}

export function readAo3Preface(root: MarkupElement, options: BlocksOptions = {}): Ao3Preface {
	const preface = prefaceOf(root);
	const fields = fieldsFromEntries(tagEntries(preface), labelsOf('ao3-html'));
	const title = findFirst(preface, element => element.name === 'h1');
	const front = new BlockList();
	let summary: string | null = null;
	for (const {label, content} of findNoteGroups(preface, /^(?:Summary|Notes)$/i)) {
		const start = front.length;
		front.noteGroup(label, content, options);
		if (/^summary$/i.test(label) && summary === null) {
			// The group's paragraphs after its label.
			summary = front.paragraphs.slice(start + 1).join('\n\n') || null;
		}
	}

	return {
		fields: {
			...fields,
			id: workIdOf(preface) ?? fields.id,
			title: title === undefined ? fields.title : textOf(title).replaceAll('\n', ' ') || fields.title,
			authors: authorsOf(preface, title),
			summary: summary ?? fields.summary,
		},
		words: statedWords(fields),
		front: {paragraphs: front.paragraphs, blocks: front.blocks},
	};
}
