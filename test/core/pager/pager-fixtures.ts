import type {Pager, PageLine} from '../../../source/core/pager/pager.js';
import {comparePositions, type Position} from '../../../source/core/pager/position.js';

/** Deterministic pseudo-random numbers, so fixtures are the same on every run. */
export {createRandom as seeded} from '../../../bench/synthetic-library.js';

const vocabulary = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'a', 'lazy', 'dog', 'said', 'Harry,', 'extraordinarily', 'I', 'and', '“quietly”', 'then…'];

/** `count` words of plain English-like text separated by single spaces. */
export function words(count: number, random: () => number): string {
	const out: string[] = [];
	for (let index = 0; index < count; index++) out.push(vocabulary[Math.floor(random() * vocabulary.length)]!);
	return out.join(' ');
}

/** Every page from the start: the tops visited by nextPage until it stops moving. */
export function pageTops(pager: Pager, height: number): Position[] {
	const tops = [pager.start()];
	for (;;) {
		const next = pager.nextPage(tops.at(-1)!, height);
		if (comparePositions(next, tops.at(-1)!) === 0) return tops;
		tops.push(next);
	}
}

/**
 * Every row of the work once, in order, read page by page: each page up to the
 * next page's top, then the whole last page. A blank the next page skipped
 * (no page starts with one) is put back, so the rows are the work's own.
 */
export function allRows(pager: Pager, height: number): {rows: PageLine[]; advances: number[]} {
	const tops = pageTops(pager, height);
	const rows: PageLine[] = [];
	const advances: number[] = [];
	for (const [index, top] of tops.entries()) {
		const {lines} = pager.page(top, height);
		const next = tops[index + 1];
		if (!next) {
			rows.push(...lines);
			break;
		}

		const advance = lines.findIndex(line => line.paragraph === next.paragraph && line.start === next.char);
		const shown = advance === -1 ? lines : lines.slice(0, advance);
		rows.push(...shown);
		const skipped = shown.at(-1)!.paragraph >= 0 && shown.at(-1)!.paragraph !== next.paragraph;
		if (skipped) rows.push({text: '', paragraph: -1, start: 0, end: 0});
		advances.push(shown.length + (skipped ? 1 : 0));
	}

	return {rows, advances};
}

/**
 * Checks that `rows` show every character of `paragraphs` exactly once and in
 * order: rows are source slices, consecutive rows of a paragraph leave only
 * whitespace between them, and one separator sits between paragraphs.
 */
export function coverageProblems(paragraphs: string[], rows: PageLine[]): string[] {
	const problems: string[] = [];
	let paragraph = 0;
	let cursor = 0;
	let previousStart = -1;
	for (const [index, row] of rows.entries()) {
		if (row.paragraph < 0) {
			if (!/^\s*$/.test(paragraphs[paragraph]!.slice(cursor))) problems.push(`row ${index}: paragraph ${paragraph} cut short at ${cursor}`);
			if (row.text !== '') problems.push(`row ${index}: separator with text`);
			paragraph++;
			cursor = 0;
			previousStart = -1;
			continue;
		}

		if (row.paragraph !== paragraph) problems.push(`row ${index}: paragraph ${row.paragraph}, expected ${paragraph}`);
		const text = paragraphs[row.paragraph]!;
		if (row.text !== text.slice(row.start, row.end)) problems.push(`row ${index}: text is not the source slice`);
		if (row.start < cursor || row.start <= previousStart) problems.push(`row ${index}: overlaps the row before`);
		if (!/^\s*$/.test(text.slice(cursor, row.start))) problems.push(`row ${index}: skips ${JSON.stringify(text.slice(cursor, row.start))}`);
		cursor = row.end;
		previousStart = row.start;
	}

	if (paragraph !== paragraphs.length - 1) problems.push(`ended in paragraph ${paragraph} of ${paragraphs.length}`);
	else if (!/^\s*$/.test(paragraphs[paragraph]!.slice(cursor))) problems.push(`last paragraph cut short at ${cursor}`);
	return problems;
}
