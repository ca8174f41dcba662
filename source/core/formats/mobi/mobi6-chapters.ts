/**
 * A MOBI 6 book that is not AO3's, part by part. MOBI 6 has no heading
 * elements: a part between page breaks that opens with a heading paragraph
 * is a chapter, and that paragraph becomes an `h2`. And calibre writes a
 * paragraph's margins as nested blockquotes: a part that is nearly all
 * blockquotes is the story indented, not a quotation, and reads as paragraphs.
 */
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {contentOf, element, isHeadingParagraph, visible} from './mobi6-nodes.js';

/** The share of a part's blocks that, as blockquotes, makes them margins rather than quotations. */
const MOSTLY = 0.8;

/** A blockquote and the blockquotes it only wraps, as plain blocks. */
function unquoted(node: MarkupNode): MarkupNode {
	if (!isElement(node) || node.name !== 'blockquote') {
		return node;
	}

	const inner = node.children.filter(child => isElement(child) || child.trim() !== '');
	const only = inner.length === 1 ? inner[0]! : undefined;
	return element('div', only === undefined ? node.children : [unquoted(only)], node.attributes);
}

function withoutMargins(shown: readonly MarkupNode[]): readonly MarkupNode[] {
	const quotes = shown.filter(node => isElement(node) && node.name === 'blockquote').length;
	return shown.length > 0 && quotes >= shown.length * MOSTLY ? shown.map(node => unquoted(node)) : shown;
}

export function mobi6WithHeadings(parts: readonly MarkupElement[]): MarkupElement[] {
	return parts.map(part => {
		const shown = withoutMargins(visible(contentOf(part)));
		const heading = shown[0];
		const children = heading !== undefined && isHeadingParagraph(heading) ? [element('h2', heading.children), ...shown.slice(1)] : [...shown];
		return element('#document', children);
	});
}
