/**
 * Turns parsed markup into a body's paragraphs and their blocks: what each
 * paragraph is (prose, heading, scene break, quote, list item, note) and
 * where its emphasis runs. Shared by the HTML, EPUB and MOBI adapters. One
 * walk with an explicit stack, so no nesting can overflow the call stack.
 */
import type {BlockKind, BlockStyle, InlineStyle} from '../../work.js';
import {BLOCK_ELEMENTS} from './html-rules.js';
import {inlineStylesOf, type ClassStyles} from './inline-styles.js';
import {ParagraphBuilder, STYLE_BITS} from './paragraph-builder.js';
import type {MarkupElement, MarkupNode} from './parse-markup.js';
import {isSceneDivider} from './scene-divider.js';

export type BlocksOptions = {
	/** Class name → the emphasis it stands for, from the book's CSS (see `classStylesFromCss`). */
	classStyles?: ClassStyles;
	/** `note` for front and back matter: every block is then a note. */
	kind?: 'text' | 'note';
	/** Elements to leave out with all they hold (a preface read elsewhere). */
	skip?: (element: MarkupElement) => boolean;
};

export type Blocks = {paragraphs: string[]; blocks: BlockStyle[]};

/** What the paragraph of `<hr>` shows. */
export const SCENE_BREAK_TEXT = '* * *';

/** Never read as body text: the head (a `<title>` is no paragraph), and pictures drawn in markup. */
const SKIPPED = new Set(['head', 'title', 'svg', 'math', 'noscript']);

const kindOfElement: ReadonlyMap<string, BlockKind> = new Map([
	['h1', 'heading'],
	['h2', 'heading'],
	['h3', 'heading'],
	['h4', 'heading'],
	['h5', 'heading'],
	['h6', 'heading'],
	['blockquote', 'quote'],
	['li', 'list-item'],
]);

/** What to undo when the walk leaves an element. */
type Exit = {exit: MarkupElement; styles: readonly InlineStyle[]; block: boolean; kind: boolean; list: boolean};

type List = {ordered: boolean; next: number};

class BlockWriter {
	private readonly paragraph = new ParagraphBuilder();
	/** How many open elements turn each style on. */
	private readonly styleCounts: Record<InlineStyle, number> = {italic: 0, bold: 0, underline: 0, strike: 0};
	/** The styles open now, as STYLE_BITS; kept as elements are entered and left rather than summed per text. */
	private mask = 0;
	private readonly kinds: BlockKind[] = ['text'];
	private readonly lists: List[] = [];
	/** The kind of the paragraph being built, fixed by its first visible text. */
	private paragraphKind: BlockKind | undefined;
	/** A list item's marker, written before its first visible text. */
	private marker: string | undefined;

	constructor(
		private readonly into: Blocks,
		private readonly note: boolean,
	) {}

	text(text: string): void {
		if (this.admits(text)) this.paragraph.add(text, this.mask);
	}

	/** An image's `[image: alt]`: words of ficread's, set against the punctuation around them. */
	placeholder(text: string): void {
		if (this.admits(text)) this.paragraph.addPlaceholder(text, this.mask);
	}

	/** Whether `text` belongs in the paragraph: not white space before anything visible. A list item's marker comes first. */
	private admits(text: string): boolean {
		if (this.paragraph.isEmpty()) {
			if (!ParagraphBuilder.isVisible(text)) {
				return false;
			}

			this.paragraphKind = this.kinds.at(-1);
			if (this.marker !== undefined) {
				this.paragraph.add(this.marker, 0);
				this.marker = undefined;
			}
		}

		return true;
	}

	/** A `<br>`; two in a row end the paragraph, as fics often separate paragraphs so. */
	lineBreak(): void {
		if (this.paragraph.endsWithBreak()) {
			this.endParagraph();
		} else {
			this.paragraph.addBreak();
		}
	}

	sceneBreak(): void {
		this.endParagraph();
		this.push(SCENE_BREAK_TEXT, {kind: 'scene-break'});
	}

	endParagraph(): void {
		const built = this.paragraph.finish();
		const kind = this.paragraphKind ?? 'text';
		this.paragraphKind = undefined;
		if (built === null) {
			return;
		}

		if ((kind === 'text' || kind === 'quote') && isSceneDivider(built.text)) {
			this.push(built.text, {kind: 'scene-break'});
		} else {
			this.push(built.text, built.spans.length === 0 ? {kind} : {kind, spans: built.spans});
		}
	}

	enter(element: MarkupElement, styles: readonly InlineStyle[]): Exit {
		const block = BLOCK_ELEMENTS.has(element.name);
		if (block) {
			this.endParagraph();
		}

		for (const style of styles) {
			this.styleCounts[style]++;
			this.mask |= STYLE_BITS[style];
		}

		const kind = kindOfElement.get(element.name);
		if (kind !== undefined) {
			this.kinds.push(kind);
		}

		const list = element.name === 'ul' || element.name === 'ol';
		if (list) {
			const start = Number.parseInt(element.attributes['start'] ?? '1', 10);
			this.lists.push({ordered: element.name === 'ol', next: Number.isSafeInteger(start) ? start : 1});
		}

		if (element.name === 'li') {
			const current = this.lists.at(-1);
			this.marker = current?.ordered === true ? `${current.next++}. ` : '• ';
		}

		return {exit: element, styles, block, kind: kind !== undefined, list};
	}

	leave({styles, block, kind, list}: Exit): void {
		if (block) {
			this.endParagraph();
		}

		for (const style of styles) {
			if (--this.styleCounts[style] === 0) {
				this.mask &= ~STYLE_BITS[style];
			}
		}

		if (kind) {
			this.kinds.pop();
		}

		if (list) {
			this.lists.pop();
		}
	}

	private push(text: string, block: BlockStyle): void {
		this.into.paragraphs.push(text);
		this.into.blocks.push(this.note ? {...block, kind: 'note'} : block);
	}
}

function isMarkupList(nodes: readonly MarkupNode[] | MarkupElement): nodes is readonly MarkupNode[] {
	return Array.isArray(nodes);
}

function imageText(element: MarkupElement): string {
	const alt = (element.attributes['alt'] ?? '').trim();
	return alt === '' ? '[image]' : `[image: ${alt}]`;
}

/**
 * The paragraphs of some markup: block elements (`p`, `div`, `li`…) make
 * paragraphs, `h1`–`h6` headings, `<hr>` and typed dividers scene breaks,
 * `blockquote` quotes, list items start with `• ` or `1. `; `<br>` is a line
 * break inside a paragraph. Paragraphs are never empty. They are added to
 * `into` when given (a body being assembled), else to new lists.
 */
export function blocksFromMarkup(nodes: readonly MarkupNode[] | MarkupElement, options: BlocksOptions = {}, into: Blocks = {paragraphs: [], blocks: []}): Blocks {
	const writer = new BlockWriter(into, options.kind === 'note');
	const stack: Array<MarkupNode | Exit> = isMarkupList(nodes) ? [...nodes].reverse() : [nodes];
	while (stack.length > 0) {
		const item = stack.pop()!;
		if (typeof item === 'string') {
			writer.text(item);
		} else if ('exit' in item) {
			writer.leave(item);
		} else if (!SKIPPED.has(item.name) && options.skip?.(item) !== true) {
			if (item.name === 'br') {
				writer.lineBreak();
			} else if (item.name === 'hr') {
				writer.sceneBreak();
			} else if (item.name === 'img') {
				writer.placeholder(imageText(item));
			}

			// Void elements have no children in HTML, but XML mode may have put some there.
			stack.push(writer.enter(item, inlineStylesOf(item, options.classStyles)));
			for (let index = item.children.length - 1; index >= 0; index--) {
				stack.push(item.children[index]!);
			}
		}
	}

	writer.endParagraph();
	return into;
}
