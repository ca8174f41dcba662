/**
 * Reads FanFicFare chapters: an EPUB's chapter file (`h3.fff_chapter_title`,
 * notes in `div.fff_chapter_notes`, the text) or the chapters of its single
 * HTML file (each opened by `<a name="sectionNNNN"><h2>`). The notes open
 * with a `<b>Label:</b>` (`Author's Note:`, `Summary for the Chapter:`).
 */
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {BlockList} from '../markup/block-list.js';
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {ancestorsOfMatches, findFirst, hasClass, textOf} from '../markup/query-markup.js';

function isChapterAnchor(element: MarkupElement): boolean {
	return element.name === 'a' && /^section\d+$/.test(element.attributes['name'] ?? '');
}

function isChapterTitle(element: MarkupElement): boolean {
	return /^h[1-6]$/.test(element.name) && hasClass(element, 'fff_chapter_title');
}

function isNotes(element: MarkupElement): boolean {
	return element.name === 'div' && hasClass(element, 'fff_chapter_notes');
}

function isSpecial(element: MarkupElement): boolean {
	return isChapterAnchor(element) || isChapterTitle(element) || isNotes(element);
}

/**
 * A `<b>Label:</b>` directly in a notes block: FanFicFare writes one before
 * each note it joins into the block. Bold that opens the block is its label
 * even without a colon.
 */
function isLabel(node: MarkupNode, opening: boolean): node is MarkupElement {
	return isElement(node) && (node.name === 'b' || node.name === 'strong') && (opening || /[:\uff1a]\s*$/.test(textOf(node)));
}

function isBlank(node: MarkupNode): boolean {
	return !isElement(node) && node.trim() === '';
}

/**
 * A notes block as labelled note groups: FanFicFare joins a chapter's notes
 * (`Author's Note:`, `Summary for the Chapter:`, `Notes for the Chapter:`)
 * into one block, each after its own label. What comes before the first
 * label, or a block with none, is "Notes".
 */
function readNotes(notes: MarkupElement, into: BlockList, options: BlocksOptions): void {
	let label: string | null = null;
	let content: MarkupNode[] = [];
	for (const child of notes.children) {
		if (isLabel(child, label === null && content.every(node => isBlank(node)))) {
			into.noteGroup(label ?? 'Notes', content, options);
			label = textOf(child).trim();
			content = [];
		} else {
			content.push(child);
		}
	}

	into.noteGroup(label ?? 'Notes', content, options);
}

/**
 * Adds the chapters under `root` to `into`: a heading (in the table of
 * contents) per chapter title, a labelled note group per notes block, and
 * the text. Elements that hold a title or notes are walked into; the rest is
 * read whole.
 */
export function readFffChapters(root: MarkupElement, into: BlockList, options: BlocksOptions = {}): void {
	const containers = ancestorsOfMatches(root, isSpecial);
	const stack: MarkupNode[] = [...root.children].reverse();
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (!isElement(node)) {
			into.appendMarkup([node], options);
		} else if (isChapterTitle(node)) {
			into.heading(textOf(node).replaceAll('\n', ' '));
		} else if (isChapterAnchor(node)) {
			const title = findFirst(node, element => /^h[1-6]$/.test(element.name)) ?? node;
			into.heading(textOf(title).replaceAll('\n', ' '));
		} else if (isNotes(node)) {
			readNotes(node, into, options);
		} else if (containers.has(node)) {
			for (let index = node.children.length - 1; index >= 0; index--) {
				stack.push(node.children[index]!);
			}
		} else {
			into.appendMarkup(node, options);
		}
	}
}

/**
 * The part of FanFicFare's single HTML file that holds the chapters: its
 * body from the first chapter anchor on, past the title, the title page
 * and the table of contents (whose links are not the text).
 */
export function fffHtmlChapters(root: MarkupElement): MarkupElement {
	const body = findFirst(root, element => element.name === 'body') ?? root;
	const containers = ancestorsOfMatches(body, isChapterAnchor);
	const anchor = body.children.findIndex(child => isElement(child) && (isChapterAnchor(child) || containers.has(child)));
	// Without anchors (an edited file), the text is what follows the title page's table.
	const start = anchor === -1 ? body.children.findIndex(child => isElement(child) && child.name === 'table') + 1 : anchor;
	return {name: 'div', attributes: {}, children: body.children.slice(start)};
}
