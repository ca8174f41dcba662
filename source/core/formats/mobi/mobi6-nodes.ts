/**
 * What calibre's MOBI 6 markup looks like, node by node: whether a node shows
 * anything, a short text read without walking a long paragraph, a part's
 * content past its cut `html`/`body` tags, and headings, which MOBI 6 writes
 * as bold `<font>` paragraphs.
 */
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {findFirst, textOf} from '../markup/query-markup.js';

/** The words AO3 opens every download with (`Posted originally on the Archive of Our Own at …`); a book without them is not AO3's. */
export const AO3_MESSAGE = 'Posted originally on';

/** Whether `node` is or holds AO3's opening message. */
export function holdsAo3Message(node: MarkupNode): boolean {
	const isMessage = (element: MarkupElement) => element.name === 'p' && textOf(element).includes(AO3_MESSAGE);
	return isElement(node) && (isMessage(node) || findFirst(node, isMessage) !== undefined);
}

export function element(name: string, children: MarkupNode[], attributes: Record<string, string> = {}): MarkupElement {
	return {name, attributes, children};
}

const textOfNode = (node: MarkupNode) => (isElement(node) ? textOf(node) : node);

/**
 * Whether a node shows anything: words, a picture, a scene break (calibre
 * pads parts with empty paragraphs). It stops at the first, so that asking
 * it of every paragraph of a long book costs little.
 */
export function isShown(node: MarkupNode): boolean {
	const stack = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (!isElement(next)) {
			if (/\S/.test(next)) {
				return true;
			}
		} else if (next.name === 'img' || next.name === 'hr') {
			return true;
		} else {
			for (const child of next.children) {
				stack.push(child);
			}
		}
	}

	return false;
}

/** The text of a short element (a label, a heading); null past `limit` characters, found without reading all of a long one. */
export function shortText(node: MarkupNode, limit: number): string | null {
	let length = 0;
	const stack = [node];
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (isElement(next)) {
			for (const child of next.children) {
				stack.push(child);
			}
		} else {
			length += next.length;
			if (length > limit * 2) {
				// Raw text, before white space collapses: twice the limit is surely past it.
				return null;
			}
		}
	}

	const text = textOfNode(node);
	return text.length > limit ? null : text;
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
	if (!isElement(node) || !isShown(node)) {
		return false;
	}

	if (/^h[1-6]$/.test(node.name)) {
		return true;
	}

	if ((node.name !== 'p' && node.name !== 'div') || shortText(node, 200) === null) {
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

/** The text of a paragraph short enough to be a label (`Summary`, `Rating:`), or ''. */
export const labelOf = (node: MarkupNode) => (isElement(node) && node.name === 'p' ? (shortText(node, 120) ?? '').trim() : '');

export const visible = (nodes: readonly MarkupNode[]) => nodes.filter(node => isShown(node));

/** The first few nodes that show anything: where a part's title and byline are. */
export function firstShown(nodes: readonly MarkupNode[], count: number): MarkupNode[] {
	const shown: MarkupNode[] = [];
	for (const node of nodes) {
		if (shown.length === count) {
			break;
		}

		if (isShown(node)) {
			shown.push(node);
		}
	}

	return shown;
}
