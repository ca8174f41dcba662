/**
 * calibre's MOBI 6 output keeps none of AO3's ids or classes: the preface's
 * tag list becomes `<p><b>Rating:</b></p><blockquote>…</blockquote>` pairs,
 * the title and chapter headings bold `<font>` paragraphs, and each chapter a
 * part between page breaks. This puts AO3's structure back (`div#preface`
 * with a `dl`, an `h1` title, `div#chapters` with a meta group and `h2` per
 * chapter, `div#endnotesN`, `div#afterword`), so that the AO3 readers shared
 * with the HTML and EPUB adapters read a MOBI too.
 */
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {textOf} from '../markup/query-markup.js';
import {AO3_NOTE_LABEL} from '../ao3/note-groups.js';
import {contentOf, element, firstShown, holdsAo3Message, isHeadingParagraph, isShown, labelOf, shortText, visible} from './mobi6-nodes.js';

/** The preface's `Label:` paragraph + blockquote pairs as one `dl`, where the first pair was. */
function withTagList(nodes: readonly MarkupNode[]): MarkupNode[] {
	const list = element('dl', []);
	const rest: MarkupNode[] = [];
	const shown = visible(nodes);
	for (let index = 0; index < shown.length; index++) {
		const node = shown[index]!;
		const next = shown[index + 1];
		if (/:$/.test(labelOf(node)) && isElement(next!) && next.name === 'blockquote') {
			if (list.children.length === 0) {
				rest.push(list);
			}

			list.children.push(element('dt', [labelOf(node)]), element('dd', next.children));
			index++;
		} else {
			rest.push(node);
		}
	}

	return rest;
}

/** Where a part's title and byline are: a heading paragraph, then `by …`. */
export function bylineAt(nodes: readonly MarkupNode[]): number {
	// A title opens its part; calibre may put a heading-less spacer first.
	const shown = firstShown(nodes, 3);
	return shown.findIndex((node, index) => isHeadingParagraph(node) && /^by\s/i.test(shortText(shown[index + 1] ?? '', 2000)?.trim() ?? ''));
}

const isAfterwordStart = (node: MarkupNode) => /^(?:End Notes:?|Works inspired by this one:?)$/i.test(labelOf(node)) || /drop by the archive and comment/i.test(labelOf(node));

/**
 * How many nodes from `start` are front matter: note groups (a label, then
 * one or more blockquotes), a chapter's byline, the "See the end of the
 * chapter for more notes" line, and AO3's lists of related works ("Inspired
 * by …"), which open a work or a chapter before its text.
 */
function frontMatterEnd(shown: readonly MarkupNode[], start: number): number {
	let end = start;
	let inGroup = false;
	for (; end < shown.length; end++) {
		const node = shown[end]!;
		const label = labelOf(node).replace(/:$/, '');
		if (isElement(node) && node.name === 'blockquote' && inGroup) {
			continue;
		}

		inGroup = AO3_NOTE_LABEL.test(label);
		const related = isElement(node) && (node.name === 'ul' || node.name === 'ol') && /^\s*(?:Inspired by|A translation of|Translation into)\b/i.test(textOf(node));
		if (!inGroup && !related && !/^Chapter by\b/i.test(label) && !/^See the end of the (?:chapter|work) for (?:more )?notes?\.?$/i.test(label)) {
			break;
		}
	}

	return end;
}

function chapterMarkup(nodes: readonly MarkupNode[], number: number): MarkupNode[] {
	const shown = visible(nodes);
	const heading = shown[0];
	if (heading === undefined || !isHeadingParagraph(heading)) {
		return [element('div', shown)];
	}

	const index = frontMatterEnd(shown, 1);
	const meta = element('div', [element('h2', heading.children), ...shown.slice(1, index)], {class: 'meta group'});

	const endNotes = shown.findIndex((node, at) => at >= index && /^Chapter End Notes:?$/i.test(labelOf(node)));
	const textEnd = endNotes < 0 ? shown.length : endNotes;
	const parts: MarkupNode[] = [meta, element('div', shown.slice(index, textEnd), {class: 'userstuff'})];
	if (endNotes >= 0) {
		parts.push(element('div', shown.slice(endNotes), {id: `endnotes${number}`}));
	}

	return parts;
}

/** The byline's links to AO3 users, marked `rel="author"` again as AO3 wrote them (calibre's MOBI 6 drops `rel`). */
function markAuthors(byline: MarkupNode | undefined): void {
	const stack = byline === undefined ? [] : [byline];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (isElement(node)) {
			if (node.name === 'a' && /\/users\//.test(node.attributes['href'] ?? '')) {
				node.attributes['rel'] = 'author';
			}

			for (const child of node.children) {
				stack.push(child);
			}
		}
	}
}

/**
 * The preface's nodes from its parts: the tag list rebuilt, the title an
 * `h1`, the byline's authors marked; and what follows the front matter in
 * the title's part, which is story text when no page break came before it
 * (AO3's downloads before 2019 have no chapter heading for a one-shot).
 */
function splitPreface(contents: readonly MarkupNode[][], titlePart: number): {preface: MarkupNode[]; rest: MarkupNode[]} {
	const preface: MarkupNode[] = [];
	let rest: MarkupNode[] = [];
	for (const [index, nodes] of contents.slice(0, Math.max(titlePart, 0) + 1).entries()) {
		const shown = index === 0 ? withTagList(nodes) : visible(nodes);
		if (index !== titlePart) {
			preface.push(...shown);
			continue;
		}

		const title = bylineAt(shown);
		markAuthors(shown[title + 1]);
		const end = frontMatterEnd(shown, title + 2);

		preface.push(...shown.slice(0, end).map((node, at) => (at === title && isElement(node) ? element('h1', node.children) : node)));
		rest = shown.slice(end);
	}

	return {preface, rest};
}

/** AO3's structure from the parts of an AO3 MOBI 6 book; null when the first part has no AO3 message (not an AO3 download). */
export function ao3MarkupFromMobi6(parts: readonly MarkupElement[]): MarkupElement | null {
	const contents = parts.map(part => contentOf(part)).filter(nodes => nodes.some(node => isShown(node)));
	const first = contents[0];
	if (first === undefined || !first.some(node => holdsAo3Message(node))) {
		return null;
	}

	const titlePart = contents.findIndex(nodes => bylineAt(nodes) >= 0);
	const {preface, rest} = splitPreface(contents, titlePart);
	const chapters = [rest, ...contents.slice(Math.max(titlePart, 0) + 1)].filter(nodes => nodes.some(node => isShown(node)));
	const last = chapters.at(-1) ?? [];
	const afterwordAt = last.findIndex(node => isAfterwordStart(node));
	const afterword = afterwordAt < 0 ? [] : last.slice(afterwordAt);
	if (afterwordAt >= 0) {
		chapters[chapters.length - 1] = last.slice(0, afterwordAt);
	}

	const chapterNodes = chapters.filter(nodes => nodes.some(node => isShown(node))).flatMap((nodes, index) => chapterMarkup(nodes, index + 1));
	return element('#document', [
		// AO3 nests the title and byline in a `div.meta`; the preface reader finds the byline as the title's sibling there.
		element('div', [element('div', preface, {class: 'meta'})], {id: 'preface'}),
		element('div', chapterNodes, {id: 'chapters'}),
		element('div', afterword, {id: 'afterword'}),
	]);
}
