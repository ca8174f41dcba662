import type {BlockStyle, TocEntry, WorkBody} from '../work.js';

/** A line of three or more `*`, `~`, `#`, `-`, `=`, `_`, `•` or `·`, spaced or not: how text files mark a scene break. */
const sceneBreak = /^\s*(?:[*~#=_\u2022\u00B7-]\s*){3,}$/u;

/**
 * Blocks for a body whose format gives none (text files): the chapter
 * headings the parser found, and scene-break lines, so they are set apart
 * like a rich format's; everything else is plain text.
 */
const plain: BlockStyle = {kind: 'text'};
const heading: BlockStyle = {kind: 'heading'};
const scene: BlockStyle = {kind: 'scene-break'};

export function withBlocks(body: WorkBody, toc: readonly TocEntry[]): WorkBody {
	if (body.blocks) return body;
	const headings = new Set(toc.map(entry => entry.paragraph));
	// Shared, not one object per paragraph: a long text has tens of thousands.
	const blocks: BlockStyle[] = body.paragraphs.map((text, index) => (headings.has(index) ? heading : text.length <= 80 && sceneBreak.test(text) ? scene : plain));
	return {...body, blocks};
}
