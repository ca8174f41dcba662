/**
 * A body built a spine file at a time. Each file becomes a part on its own,
 * from its own markup and nothing read after it, and parts are only ever
 * appended: so the body of the first files is exactly the start of the
 * body of all of them, and a place found in the first part stays valid in
 * the whole.
 */
import type {BlockStyle, TocEntry} from '../../work.js';
import {countWords} from '../../parse/count-words.js';

/** One spine file's blocks; its TOC entries count paragraphs from the part's start. */
export type BodyPart = {paragraphs: string[]; blocks: BlockStyle[]; toc: TocEntry[]};

/** The parts appended so far, as one body and its table of contents. */
export type Assembly = {paragraphs: string[]; blocks: BlockStyle[]; toc: TocEntry[]; files: number};

export function emptyAssembly(): Assembly {
	return {paragraphs: [], blocks: [], toc: [], files: 0};
}

// Spreading a long part into push() would overflow the stack.
function append<T>(list: T[], items: readonly T[]): void {
	for (const item of items) list.push(item);
}

export function appendPart(assembly: Assembly, part: BodyPart): void {
	const offset = assembly.paragraphs.length;
	append(assembly.paragraphs, part.paragraphs);
	append(assembly.blocks, part.blocks);
	for (const entry of part.toc) assembly.toc.push({title: entry.title, paragraph: entry.paragraph + offset});
	assembly.files++;
}

/** A copy that later appends leave alone. */
export function snapshot(assembly: Assembly): Assembly {
	return {paragraphs: [...assembly.paragraphs], blocks: [...assembly.blocks], toc: [...assembly.toc], files: assembly.files};
}

/**
 * Gives a file its entries in the table of contents. The book's TOC names
 * the file's chapters (`titles`, in order); they are matched to the file's
 * heading blocks in order, and a file without a heading gets its first
 * title as one, so that every entry points at a heading paragraph. A book
 * with no TOC at all (`titles` null) lists its headings as they are.
 */
export function withHeadings(part: Omit<BodyPart, 'toc'>, titles: readonly string[] | null): BodyPart {
	const headings: number[] = [];
	part.blocks.forEach((block, index) => {
		if (block.kind === 'heading') headings.push(index);
	});
	if (titles === null) {
		return {...part, toc: headings.map(paragraph => ({title: part.paragraphs[paragraph]!.replaceAll('\n', ' '), paragraph}))};
	}

	if (headings.length > 0 || titles.length === 0) {
		return {...part, toc: headings.slice(0, titles.length).map((paragraph, index) => ({title: titles[index]!, paragraph}))};
	}

	return {
		paragraphs: [titles[0]!, ...part.paragraphs],
		blocks: [{kind: 'heading'}, ...part.blocks],
		toc: [{title: titles[0]!, paragraph: 0}],
	};
}

/** Words of the story itself: every block but the notes around it. */
export function storyWords(paragraphs: readonly string[], blocks: readonly BlockStyle[]): number {
	return countWords(paragraphs.filter((_, index) => blocks[index]?.kind !== 'note'));
}
