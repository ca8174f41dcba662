import type {Position} from '../pager/position.js';
import type {TocEntry, WorkBody} from '../work.js';

/**
 * The body as the reader shows it: all of it, or without the notes (summary,
 * author's notes, end notes) when the user hides them. Places are kept in the
 * source's paragraph indices (saved positions, bookmarks), so the maps go both
 * ways and hiding notes keeps the reader on the same sentence.
 */
export type BodyView = {
	body: WorkBody;
	/** The chapters, at their paragraphs in `body`. */
	toc: TocEntry[];
	/** Paragraphs of the source left out. */
	hidden: number;
	/** A source place, in `body`; a hidden paragraph's place is the start of the next shown one. */
	toShown(position: Position): Position;
	/** A place in `body`, in the source. */
	toSource(position: Position): Position;
};

const identity = (position: Position) => position;

/** The view of `body` with or without its note paragraphs. */
export function bodyView(body: WorkBody, toc: readonly TocEntry[], showNotes: boolean): BodyView {
	const blocks = body.blocks;
	const kept: number[] = [];
	if (!showNotes && blocks) {
		for (const [index, block] of blocks.entries()) if (block.kind !== 'note') kept.push(index);
	}

	if (showNotes || !blocks || kept.length === body.paragraphs.length) return {body, toc: [...toc], hidden: 0, toShown: identity, toSource: identity};
	// For each source paragraph, the first shown paragraph at or after it (the last one past the end).
	const shownAt = new Int32Array(body.paragraphs.length);
	let next = kept.length;
	for (let index = body.paragraphs.length - 1; index >= 0; index--) {
		if (kept[next - 1] === index) next--;
		shownAt[index] = next;
	}

	const last = Math.max(0, kept.length - 1);
	const toShown = ({paragraph, char}: Position): Position => {
		const source = Math.max(0, Math.min(body.paragraphs.length - 1, paragraph));
		const shown = shownAt[source] ?? 0;
		if (shown >= kept.length) return {paragraph: last, char: 0};
		return kept[shown] === source ? {paragraph: shown, char} : {paragraph: shown, char: 0};
	};

	const shownToc = toc.map(entry => ({...entry, paragraph: toShown({paragraph: entry.paragraph, char: 0}).paragraph}));
	return {
		body: {paragraphs: kept.map(index => body.paragraphs[index]!), blocks: kept.map(index => blocks![index]!)},
		toc: shownToc,
		hidden: body.paragraphs.length - kept.length,
		toShown,
		toSource: ({paragraph, char}) => ({paragraph: kept[Math.max(0, Math.min(last, paragraph))] ?? 0, char}),
	};
}
