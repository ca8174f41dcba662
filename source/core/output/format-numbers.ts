import type {Chapters} from '../work.js';

/** `12345` → `12,345`: the way AO3 prints counts. */
export function formatCount(count: number): string {
	// By hand: an Intl.NumberFormat takes ~5 ms to make (its locale data), a cost every start paid for the list's counts.
	return String(count).replace(/^-?\d+/, whole => whole.replaceAll(/\B(?=(\d{3})+$)/g, ','));
}

/** `{posted: 5, total: null}` → `5/?`, AO3's chapter notation. */
export function formatChapters(chapters: Chapters | null): string {
	if (chapters === null) return '-';
	return `${formatCount(chapters.posted)}/${chapters.total === null ? '?' : formatCount(chapters.total)}`;
}

let compact: Intl.NumberFormat | undefined;

/** `3120` → `3.1K`: counts for narrow columns. */
export function formatCompact(count: number): string {
	compact ??= new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});
	return compact.format(count);
}
