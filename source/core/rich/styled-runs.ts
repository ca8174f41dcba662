import type {InlineStyle, StyleSpan} from '../work.js';

/** A stretch of a row drawn one way: its emphasis, and whether an in-text search hit covers it. */
export type StyledRun = {
	text: string;
	styles: ReadonlySet<InlineStyle>;
	/** `current` is the hit last jumped to, drawn strongest. */
	match: 'hit' | 'current' | null;
};

/** A marked range in paragraph offsets, [start, end). */
export type MarkedRange = {start: number; end: number; current: boolean};

const noStyles: ReadonlySet<InlineStyle> = new Set();

/**
 * Cuts one row (`text`, which starts at paragraph offset `start`) into runs
 * by the paragraph's emphasis spans and the search hits on it. Spans may nest
 * or overlap; hits are drawn over the emphasis, never in place of it.
 */
export function styledRuns(text: string, start: number, spans: readonly StyleSpan[] | undefined, hits: readonly MarkedRange[]): StyledRun[] {
	const end = start + text.length;
	const onRow = (spans ?? []).filter(span => span.start < end && span.end > start && span.end > span.start);
	const hitsOnRow = hits.filter(hit => hit.start < end && hit.end > start);
	if (onRow.length === 0 && hitsOnRow.length === 0) return text === '' ? [] : [{text, styles: noStyles, match: null}];
	const cuts = new Set([0, text.length]);
	for (const range of [...onRow, ...hitsOnRow]) {
		cuts.add(Math.max(0, range.start - start));
		cuts.add(Math.min(text.length, range.end - start));
	}

	const points = [...cuts].sort((a, b) => a - b);
	const runs: StyledRun[] = [];
	for (let index = 0; index + 1 < points.length; index++) {
		const from = points[index]!;
		const to = points[index + 1]!;
		const at = start + from;
		const styles = new Set(onRow.filter(span => span.start <= at && span.end > at).map(span => span.style));
		const hit = hitsOnRow.find(range => range.start <= at && range.end > at);
		const match = hit ? (hit.current ? 'current' : 'hit') : null;
		const last = runs.at(-1);
		// Neighbours drawn alike are one run: fewer Ink nodes per row.
		if (last && last.match === match && sameStyles(last.styles, styles)) last.text += text.slice(from, to);
		else runs.push({text: text.slice(from, to), styles, match});
	}

	return runs;
}

function sameStyles(a: ReadonlySet<InlineStyle>, b: ReadonlySet<InlineStyle>): boolean {
	return a.size === b.size && [...a].every(style => b.has(style));
}
