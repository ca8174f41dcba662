import type {Chapters} from '../work.js';

const grouping = new Intl.NumberFormat('en-US');

/** `12345` → `12,345`: the way AO3 prints counts. */
export function formatCount(count: number): string {
	return grouping.format(count);
}

/** `{posted: 5, total: null}` → `5/?`, AO3's chapter notation. */
export function formatChapters(chapters: Chapters | null): string {
	if (chapters === null) return '-';
	return `${formatCount(chapters.posted)}/${chapters.total === null ? '?' : formatCount(chapters.total)}`;
}

const compact = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});

/** `3120` → `3.1K`: counts for narrow columns. */
export function formatCompact(count: number): string {
	return compact.format(count);
}
