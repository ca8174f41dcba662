/**
 * A body being assembled from parts (front matter, chapters, notes): the
 * paragraphs, their blocks, and a table of contents from the headings added.
 */
import {countWords} from '../../parse/count-words.js';
import type {BlockKind, BlockStyle, TocEntry} from '../../work.js';
import {blocksFromMarkup, type Blocks, type BlocksOptions} from './blocks-from-markup.js';
import type {MarkupElement, MarkupNode} from './parse-markup.js';

export class BlockList implements Blocks {
	readonly paragraphs: string[] = [];
	readonly blocks: BlockStyle[] = [];
	readonly toc: TocEntry[] = [];

	get length(): number {
		return this.paragraphs.length;
	}

	append({paragraphs, blocks}: Blocks): void {
		// One at a time: spreading a long body into push() overflows the stack.
		for (const [index, paragraph] of paragraphs.entries()) {
			this.paragraphs.push(paragraph);
			this.blocks.push(blocks[index]!);
		}
	}

	/** The markup's blocks, read with `options`. */
	appendMarkup(markup: readonly MarkupNode[] | MarkupElement, options: BlocksOptions = {}): void {
		blocksFromMarkup(markup, options, this);
	}

	/** A chapter heading, listed in the table of contents; trimmed of any white space (`&nbsp;` too), as every paragraph is. */
	heading(title: string): void {
		const text = title.trim();
		if (text === '') {
			return;
		}

		this.toc.push({title: text, paragraph: this.paragraphs.length});
		this.paragraphs.push(text);
		this.blocks.push({kind: 'heading'});
	}

	/** A note that is its own label, such as a chapter's `Chapter by …` line. */
	noteLabel(text: string): void {
		if (text !== '') {
			this.paragraphs.push(text);
			this.blocks.push({kind: 'note', label: true});
		}
	}

	/**
	 * A note group: its label (`Notes:`) then the content as note blocks.
	 * Nothing when the content is empty, so that no label stands alone.
	 */
	noteGroup(label: string, content: readonly MarkupNode[] | MarkupElement, options: BlocksOptions = {}): void {
		const notes = blocksFromMarkup(content, {...options, kind: 'note'});
		if (notes.paragraphs.length === 0) {
			return;
		}

		this.paragraphs.push(/[:\uff1a]$/.test(label) ? label : `${label}:`);
		this.blocks.push({kind: 'note', label: true});
		this.append(notes);
	}
}

/** The kinds that are the story's own words: not headings, scene breaks or notes. */
const storyKinds: ReadonlySet<BlockKind> = new Set(['text', 'quote', 'list-item']);

const listMarker = /^(?:\u2022 |\d+\. )/;
const imagePlaceholder = /\[image(?:: [^\]\n]*)?\]/g;

/**
 * The words of the story text alone, as AO3 counts them: not front and back
 * matter or headings, nor what ficread writes in place of markup (list
 * markers, `[image: alt]`).
 */
export function countStoryWords({paragraphs, blocks}: Blocks): number {
	const story: string[] = [];
	for (const [index, text] of paragraphs.entries()) {
		const {kind} = blocks[index]!;
		if (storyKinds.has(kind)) {
			story.push((kind === 'list-item' ? text.replace(listMarker, '') : text).replace(imagePlaceholder, ''));
		}
	}

	return countWords(story);
}
