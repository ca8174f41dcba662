import type {BlockList} from '../markup/block-list.js';
import type {Blocks} from '../markup/blocks-from-markup.js';

/**
 * Appends one chapter file's blocks with its entries in the table of
 * contents. The book's TOC names the file's chapters (`titles`, in order);
 * they are matched to the file's headings in order, and a file without a
 * heading gets its first title as one, so that every entry points at a
 * heading paragraph. A book with no TOC at all (`titles` null) lists its
 * headings as they are.
 */
export function appendChapterFile(into: BlockList, blocks: Blocks, titles: readonly string[] | null): void {
	const start = into.length;
	const headings: number[] = [];
	blocks.blocks.forEach((block, index) => {
		if (block.kind === 'heading') headings.push(index);
	});
	if (titles !== null && titles.length > 0 && headings.length === 0) {
		into.heading(titles[0]!);
		into.append(blocks);
		return;
	}

	into.append(blocks);
	const named = titles ?? headings.map(index => blocks.paragraphs[index]!.replaceAll('\n', ' '));
	for (const [order, index] of headings.slice(0, named.length).entries()) {
		into.toc.push({title: named[order]!, paragraph: start + index});
	}
}
