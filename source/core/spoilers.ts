/**
 * Spoiler-safe mode: which of a work's fields stay hidden until the user asks
 * (`z`, or `--spoiler-safe`). Archive Warnings are always among them; Additional
 * Tags and the summary only when the user chooses the wider levels.
 */

export const spoilerLevels = ['warnings', 'tags', 'all'] as const;

/** What spoiler-safe mode hides: `warnings`, `tags` (warnings and tags) or `all` (the summary too). */
export type SpoilerLevel = (typeof spoilerLevels)[number];

/** The fields that can be hidden, named as the search names them. */
export type SpoilerField = 'warnings' | 'tags' | 'summary';

/** Nothing is hidden: spoiler-safe mode is off. */
export const nothingHidden: ReadonlySet<SpoilerField> = new Set();

const fieldsOf: Record<SpoilerLevel, ReadonlySet<SpoilerField>> = {
	warnings: new Set(['warnings']),
	tags: new Set(['warnings', 'tags']),
	all: new Set(['warnings', 'tags', 'summary']),
};

/** The fields hidden at `level`; none when the mode is off (null). */
export function hiddenFields(level: SpoilerLevel | null): ReadonlySet<SpoilerField> {
	return level === null ? nothingHidden : fieldsOf[level];
}

export function isSpoilerLevel(value: unknown): value is SpoilerLevel {
	return (spoilerLevels as readonly unknown[]).includes(value);
}

/** What stands in for a hidden value on screen. */
export const hiddenText = 'hidden (z to show)';
