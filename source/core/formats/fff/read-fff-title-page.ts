/**
 * Reads FanFicFare's title page: `<h3><a href=URL>Title</a> by <a>Author</a></h3>`
 * (`<h1>` in its HTML output) then `<b>Label:</b> value<br/>` lines, or a
 * table of `<b>Label:</b>` rows. The labels are those of its text output, so
 * the text parser's FanFicFare label table reads them (Category = fandoms,
 * Genre = tags with AO3's categories picked out).
 */
import type {Blocks, BlocksOptions} from '../markup/blocks-from-markup.js';
import {BlockList} from '../markup/block-list.js';
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {childElements, elementsUnder, findAll, findFirst, textOf} from '../markup/query-markup.js';
import {fieldsFromEntries, type HeaderFields} from '../../parse/header-fields.js';
import {labelsOf} from '../../parse/labels.js';
import {workIdFromUrl} from '../../parse/parse-values.js';
import {statedWords} from '../meta-from-fields.js';

export type FffTitlePage = {
	/** What the title page states; `title` and `authors` from its heading, `id` from an AO3 story URL. */
	fields: HeaderFields;
	/** The `Words` entry; null when the page gives none. */
	words: number | null;
	/** The summary as a labelled note group, to open the body. */
	front: Blocks;
};

type Entry = {label: string; value: MarkupElement};

const MAX_LABEL_LENGTH = 40;

/** A `<b>Label:</b>`: bold text ending in a colon, short enough to be a label. */
function labelOf(node: MarkupNode): string | undefined {
	if (!isElement(node) || (node.name !== 'b' && node.name !== 'strong')) {
		return undefined;
	}

	const text = textOf(node);
	return text.endsWith(':') && text.length <= MAX_LABEL_LENGTH ? text.slice(0, -1).trim() : undefined;
}

function wrap(children: MarkupNode[]): MarkupElement {
	return {name: 'div', attributes: {}, children};
}

/** Entries of a table: a label cell and a value cell, or one cell holding `<b>Label:</b> value`. */
function tableEntries(table: MarkupElement): Entry[] {
	return findAll(table, element => element.name === 'tr').flatMap(row => {
		const cells = childElements(row).filter(cell => cell.name === 'td' || cell.name === 'th');
		const label = cells.length >= 2 ? textOf(cells[0]!).replace(/:$/, '').trim() : '';
		return label === '' ? lineEntries(cells[0]?.children ?? []) : [{label, value: cells[1]!}];
	});
}

/** Entries of `<b>Label:</b> value<br/>` lines: a value runs to the next label, so a summary may hold line breaks and paragraphs. */
function lineEntries(nodes: readonly MarkupNode[]): Entry[] {
	const entries: Entry[] = [];
	for (const node of nodes) {
		const label = labelOf(node);
		if (label !== undefined) {
			entries.push({label, value: wrap([])});
		} else {
			entries.at(-1)?.value.children.push(node);
		}
	}

	return entries;
}

/** The list of entries with the most labels: the title page's own, not a `<b>Note:</b>` inside a summary. */
function entriesOf(root: MarkupElement): Entry[] {
	const table = findFirst(root, element => element.name === 'table' && findFirst(element, child => labelOf(child) !== undefined) !== undefined);
	if (table !== undefined) {
		return tableEntries(table);
	}

	let best: Entry[] = [];
	for (const element of elementsUnder(root)) {
		if (element.children.some(child => labelOf(child) !== undefined)) {
			const entries = lineEntries(element.children);
			best = entries.length > best.length ? entries : best;
		}
	}

	return best;
}

/** The title heading: the first `h1`–`h3` with a link in it. */
function titleHeading(root: MarkupElement): MarkupElement | undefined {
	return findFirst(root, element => /^h[1-3]$/.test(element.name) && findFirst(element, child => child.name === 'a') !== undefined);
}

function isAo3Url(url: string): boolean {
	return /^https?:\/\/(?:[\w-]+\.)*archiveofourown\.org\//i.test(url);
}

export function readFffTitlePage(root: MarkupElement, options: BlocksOptions = {}): FffTitlePage {
	const entries = entriesOf(root);
	const front = new BlockList();
	const headerEntries = entries.map(({label, value}) => {
		if (/^summary$/i.test(label)) {
			front.noteGroup(label, value, options);
		}

		return {label, value: textOf(value).replaceAll('\n', ' ')};
	});
	const fields = fieldsFromEntries(headerEntries, labelsOf('fff-html'));
	const heading = titleHeading(root);
	const links = heading === undefined ? [] : findAll(heading, element => element.name === 'a');
	const storyUrl = links[0]?.attributes['href'] ?? '';
	const byline = heading === undefined ? '' : (/\bby\s+(.+)$/s.exec(textOf(heading))?.[1] ?? '');
	const authors = links.length > 1 ? links.slice(1).map(link => textOf(link)) : byline.split(/,\s+/).filter(name => name !== '');
	const summary = front.paragraphs.slice(1).join('\n\n');
	return {
		fields: {
			...fields,
			id: fields.id ?? (isAo3Url(storyUrl) ? workIdFromUrl(storyUrl) : null),
			title: links[0] === undefined ? fields.title : textOf(links[0]) || fields.title,
			authors: authors.length > 0 ? authors : fields.authors,
			summary: summary === '' ? fields.summary : summary,
		},
		words: statedWords(fields),
		front: {paragraphs: front.paragraphs, blocks: front.blocks},
	};
}
