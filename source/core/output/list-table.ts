import stringWidth from 'string-width';
import {displaySafe} from '../text/display-safe.js';
import type {Skipped, WorkListing} from '../work.js';
import {padToWidth, truncateToWidth} from './fit-width.js';
import {formatChapters, formatCount} from './format-numbers.js';
import {ratingBadge} from './rating-badge.js';

type Column = {header: string; width: number; align: 'left' | 'right'; cell: (work: WorkListing) => string};

const fixedColumns: Column[] = [
	{header: 'RATING', width: 6, align: 'left', cell: work => ratingBadge(work.rating)},
	{header: 'WORDS', width: 9, align: 'right', cell: work => formatCount(work.words)},
	{header: 'CHAPTERS', width: 9, align: 'right', cell: work => formatChapters(work.chapters)},
	{header: 'STATUS', width: 11, align: 'left', cell: work => work.status},
];

const minTitleWidth = 16;
const authorsWidth = 20;

/**
 * The `--list` table: one row per work (title, authors, rating, words,
 * chapters, status) fitted to `width` columns, then a line per skipped file.
 */
export function formatListTable(works: readonly WorkListing[], skipped: readonly Skipped[], width: number): string {
	const gaps = fixedColumns.length + 1;
	const fixed = fixedColumns.reduce((sum, column) => sum + column.width, 0) + authorsWidth + gaps;
	const titleWidth = Math.max(minTitleWidth, width - fixed);
	const columns: Column[] = [
		{header: 'TITLE', width: titleWidth, align: 'left', cell: work => work.title + (work.duplicateOf ? ' (duplicate)' : '')},
		{header: 'AUTHORS', width: authorsWidth, align: 'left', cell: work => work.authors.join(', ') || '-'},
		...fixedColumns,
	];

	const row = (cells: string[]) =>
		columns
			.map((column, index) => fit(cells[index]!, column))
			.join(' ')
			.trimEnd();
	const lines = [row(columns.map(column => column.header)), ...works.map(work => row(columns.map(column => column.cell(work))))];
	lines.push(summaryLine(works, skipped));
	for (const file of skipped) lines.push(`skipped: ${displaySafe(file.path)}: ${file.reason}`);
	return lines.join('\n') + '\n';
}

function fit(text: string, column: Column): string {
	if (column.align === 'left') return padToWidth(text, column.width);
	const cut = truncateToWidth(text, column.width);
	return ' '.repeat(Math.max(0, column.width - stringWidth(cut))) + cut;
}

function summaryLine(works: readonly WorkListing[], skipped: readonly Skipped[]): string {
	const duplicates = works.filter(work => work.duplicateOf !== null).length;
	const parts = [`${works.length} ${works.length === 1 ? 'work' : 'works'}`];
	if (duplicates > 0) parts.push(`${duplicates} duplicate${duplicates === 1 ? '' : 's'}`);
	parts.push(`${skipped.length} skipped`);
	return parts.join(', ');
}
