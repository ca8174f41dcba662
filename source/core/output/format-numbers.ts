import type {Chapters} from '../work.js';

/** `12345` → `12,345`: the way AO3 prints counts. */
export function formatCount(count: number): string {
	// By hand: an Intl.NumberFormat takes ~5 ms to make (its locale data), a cost every start paid for the list's counts.
	return String(count).replace(/^-?\d+/, whole => whole.replaceAll(/\B(?=(\d{3})+$)/g, ','));
}

/** A count and its noun: `1 word`, `1,234 words`. */
export function countOf(count: number, noun: string, nouns = `${noun}s`): string {
	return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}

/** `{posted: 5, total: null}` → `5/?`, AO3's chapter notation. */
export function formatChapters(chapters: Chapters | null): string {
	if (chapters === null) return '-';
	return `${formatCount(chapters.posted)}/${chapters.total === null ? '?' : formatCount(chapters.total)}`;
}

const compactUnits = [
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'K'],
] as const;

/** `3120` → `3.1K`: counts for narrow columns, as `Intl.NumberFormat('en-US', {notation: 'compact'})` writes them. */
export function formatCompact(count: number): string {
	// By hand, for the same reason as formatCount: every list row has one.
	const sign = count < 0 ? '-' : '';
	const size = Math.abs(count);
	for (const [index, [unit, suffix]] of compactUnits.entries()) {
		if (size < unit) continue;
		const tenths = Math.round(size / (unit / 10));
		// 999,950 rounds to 1000.0K, which is written 1M.
		const larger = compactUnits[index - 1];
		if (tenths >= 10_000 && larger) return `${sign}1${larger[1]}`;
		return `${sign}${tenths / 10}${suffix}`;
	}

	return `${sign}${Math.round(size * 10) / 10}`;
}

const wordsPerMinute = 250;

/** At a reading speed of 250 words a minute, as reading-time estimates commonly assume. */
export function readingTime(words: number): string | null {
	if (words === 0) return null;
	const minutes = Math.max(1, Math.round(words / wordsPerMinute));
	if (minutes < 60) return `about ${minutes} min`;
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}
