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

function element(name: string, children: MarkupNode[], attributes: Record<string, string> = {}): MarkupElement {
	return {name, attributes, children};
}

const textOfNode = (node: MarkupNode) => (isElement(node) ? textOf(node) : node);

/** Whether a node shows nothing: no words, no picture, no scene break (calibre pads parts with empty paragraphs). */
function isBlank(node: MarkupNode): boolean {
	if (textOfNode(node).trim() !== '') {
		return false;
	}

	const stack = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (isElement(next)) {
			if (next.name === 'img' || next.name === 'hr') {
				return false;
			}

			for (const child of next.children) {
				stack.push(child);
			}
		}
	}

	return true;
}

/** A part's content: the children of its `body`, or of the part itself when the break cut the body's tags away. */
export function contentOf(part: MarkupElement): MarkupNode[] {
	let nodes = part.children;
	for (const name of ['html', 'body']) {
		const wrapper = nodes.find((node): node is MarkupElement => isElement(node) && node.name === name);
		if (wrapper !== undefined) {
			nodes = wrapper.children.filter(node => !(isElement(node) && node.name === 'head'));
		}
	}

	return nodes;
}

const emphasis = new Set(['b', 'strong', 'font', 'big', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A heading as calibre writes one in MOBI 6: a short paragraph whose every word is bold or in a sized `<font>`. */
export function isHeadingParagraph(node: MarkupNode): node is MarkupElement {
	if (!isElement(node) || isBlank(node)) {
		return false;
	}

	if (/^h[1-6]$/.test(node.name)) {
		return true;
	}

	if ((node.name !== 'p' && node.name !== 'div') || textOf(node).length > 200) {
		return false;
	}

	const stack: Array<[MarkupNode, boolean]> = node.children.map(child => [child, false]);
	while (stack.length > 0) {
		const [child, emphasized] = stack.pop()!;
		if (!isElement(child)) {
			if (!emphasized && child.trim() !== '') {
				return false;
			}
		} else {
			for (const grandchild of child.children) {
				stack.push([grandchild, emphasized || emphasis.has(child.name)]);
			}
		}
	}

	return true;
}

/** The label text of a paragraph, without its colon. */
const labelOf = (node: MarkupNode) => (isElement(node) && node.name === 'p' ? textOf(node).trim() : '');

const visible = (nodes: readonly MarkupNode[]) => nodes.filter(node => !isBlank(node));

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
	const shown = visible(nodes);
	return shown.findIndex((node, index) => isHeadingParagraph(node) && /^by\s/i.test(textOfNode(shown[index + 1] ?? '').trim()));
}

const isAfterwordStart = (node: MarkupNode) => /^(?:End Notes:?|Works inspired by this one:?)$/i.test(labelOf(node)) || /drop by the archive and comment/i.test(labelOf(node));

/** Note groups, chapter bylines and the "See the end of the chapter" line that open a chapter. */
function isFrontMatter(node: MarkupNode, previous: MarkupNode | undefined): boolean {
	if (isElement(node) && node.name === 'blockquote') {
		return previous !== undefined && AO3_NOTE_LABEL.test(labelOf(previous).replace(/:$/, ''));
	}

	const label = labelOf(node).replace(/:$/, '');
	return AO3_NOTE_LABEL.test(label) || /^Chapter by\b/i.test(label) || /^See the end of the (?:chapter|work) for more notes?$/i.test(label);
}

function chapterMarkup(nodes: readonly MarkupNode[], number: number): MarkupNode[] {
	const shown = visible(nodes);
	const heading = shown[0];
	if (heading === undefined || !isHeadingParagraph(heading)) {
		return [element('div', shown)];
	}

	const meta = element('div', [element('h2', heading.children)], {class: 'meta group'});
	let index = 1;
	while (index < shown.length && isFrontMatter(shown[index]!, shown[index - 1])) {
		meta.children.push(shown[index]!);
		index++;
	}

	const endNotes = shown.findIndex((node, at) => at >= index && /^Chapter End Notes:?$/i.test(labelOf(node)));
	const textEnd = endNotes < 0 ? shown.length : endNotes;
	const parts: MarkupNode[] = [meta, element('div', shown.slice(index, textEnd), {class: 'userstuff'})];
	if (endNotes >= 0) {
		parts.push(element('div', shown.slice(endNotes), {id: `endnotes${number}`}));
	}

	return parts;
}

/** AO3's structure from the parts of an AO3 MOBI 6 book; null when the first part has no AO3 message (not an AO3 download). */
export function ao3MarkupFromMobi6(parts: readonly MarkupElement[]): MarkupElement | null {
	const contents = parts.map(part => contentOf(part)).filter(nodes => visible(nodes).length > 0);
	const first = contents[0];
	if (first === undefined || !first.some(node => isElement(node) && textOf(node).includes('Posted originally on'))) {
		return null;
	}

	const titlePart = contents.findIndex(nodes => bylineAt(nodes) >= 0);
	const prefaceEnd = titlePart < 0 ? 1 : titlePart + 1;
	const preface = contents.slice(0, prefaceEnd).flatMap((nodes, index) => {
		const shown = index === 0 ? withTagList(nodes) : visible(nodes);
		const title = index === titlePart ? bylineAt(shown) : -1;
		return shown.map((node, at) => (at === title && isElement(node) ? element('h1', node.children) : node));
	});
	const chapters = contents.slice(prefaceEnd);
	const last = chapters.at(-1) ?? [];
	const afterwordAt = last.findIndex(node => isAfterwordStart(node));
	const afterword = afterwordAt < 0 ? [] : last.slice(afterwordAt);
	if (afterwordAt >= 0) {
		chapters[chapters.length - 1] = last.slice(0, afterwordAt);
	}

	const chapterNodes = chapters.filter(nodes => visible(nodes).length > 0).flatMap((nodes, index) => chapterMarkup(nodes, index + 1));
	return element('#document', [
		element('div', preface, {id: 'preface'}),
		element('div', chapterNodes, {id: 'chapters'}),
		element('div', afterword, {id: 'afterword'}),
	]);
}

/**
 * A book that is not AO3's, part by part, each part's opening heading
 * paragraph made an `h2`: MOBI 6 has no heading elements, and a part between
 * page breaks that opens with one is a chapter.
 */
export function mobi6WithHeadings(parts: readonly MarkupElement[]): MarkupElement[] {
	return parts.map(part => {
		const shown = visible(contentOf(part));
		const heading = shown[0];
		const children = heading !== undefined && isHeadingParagraph(heading) ? [element('h2', heading.children), ...shown.slice(1)] : shown;
		return element('#document', children);
	});
}
