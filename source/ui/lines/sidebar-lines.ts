import wrapAnsi from 'wrap-ansi';
import {formatChapters, formatCount, readingTime} from '../../core/output/format-numbers.js';
import type {FieldMatch, SearchField} from '../../core/search/search-engine.js';
import {hiddenText, nothingHidden, type SpoilerField} from '../../core/spoilers.js';
import {displaySafe} from '../../core/text/display-safe.js';
import type {WorkDetails, WorkListing} from '../../core/work.js';

/** One line of the sidebar: a field label, or part of its value. */
export type SidebarLine = {text: string; kind: 'label' | 'value'; matched: boolean};

type Field = {label: string; value: string | null; field?: SearchField};

/**
 * The sidebar's content for a work, in AO3's order, wrapped to `width`.
 * Pure, so the pane only slices a window of it (it scrolls when long).
 * `details` are null until the work's file has been read (the library does
 * not keep summaries); the summary shows `…` meanwhile. `copies` are the
 * files of the same work (see `copiesOf`), the one read first; when there
 * are several, each is listed with its format. The `hidden` fields
 * (spoiler-safe mode) say only that they are hidden, matched or not.
 */
export function sidebarLines(
	work: WorkListing,
	details: WorkDetails | null,
	width: number,
	matches: readonly FieldMatch[] = [],
	copies: readonly WorkListing[] = [work],
	hidden: ReadonlySet<SpoilerField> = nothingHidden,
): SidebarLine[] {
	const matchedFields = new Set(matches.map(match => match.field));
	const fields: Field[] = [
		{label: 'Title', value: work.title, field: 'title'},
		{label: work.authors.length > 1 ? 'Authors' : 'Author', value: list(work.authors), field: 'authors'},
		{label: 'Rating', value: work.rating, field: 'rating'},
		{label: plural('Warning', work.warnings), value: list(work.warnings), field: 'warnings'},
		{label: work.categories.length > 1 ? 'Categories' : 'Category', value: list(work.categories)},
		{label: plural('Fandom', work.fandoms), value: list(work.fandoms), field: 'fandoms'},
		{label: plural('Relationship', work.relationships), value: list(work.relationships), field: 'relationships'},
		{label: plural('Character', work.characters), value: list(work.characters), field: 'characters'},
		{label: 'Additional Tags', value: list(work.tags), field: 'tags'},
		{label: 'Language', value: work.language, field: 'language'},
		{label: 'Series', value: list(work.series.map(series => (series.part === null ? series.name : `Part ${series.part} of ${series.name}`)))},
		{label: 'Status', value: work.status, field: 'status'},
		{label: 'Chapters', value: formatChapters(work.chapters), field: 'chapters'},
		{label: 'Words', value: formatCount(work.words), field: 'words'},
		{label: 'Reading time', value: readingTime(work.words)},
		{label: 'Published', value: work.published},
		{label: 'Updated', value: work.updated},
		{label: 'Summary', value: details ? details.summary : '…', field: 'summary'},
		// Paths are file names, which did not pass through the text pipeline.
		copies.length > 1
			? {label: `${copies.length} copies`, value: copies.map(copy => `${displaySafe(copy.path)} (${copy.format})`).join('\n')}
			: {label: 'File', value: displaySafe(work.path)},
		{label: 'Encoding', value: work.encoding},
		{label: 'Repairs', value: list(work.notes)},
		{label: 'Work ID', value: work.id, field: 'id'},
	];

	const lines: SidebarLine[] = [];
	for (const {label, value, field} of fields) {
		if (value === null || value === '') continue;
		const matched = field !== undefined && matchedFields.has(field);
		lines.push({text: matched ? `${label} ◂ match` : label, kind: 'label', matched});
		// The summary's `…` (not read yet) reveals nothing: only a value that is known is hidden.
		const shown = isHidden(hidden, field) && (field !== 'summary' || details) ? hiddenText : value;
		for (const line of wrapAnsi(shown, Math.max(1, width), {hard: true, trim: true}).split('\n')) {
			lines.push({text: line, kind: 'value', matched});
		}
	}

	return lines;
}

function isHidden(hidden: ReadonlySet<SpoilerField>, field: SearchField | undefined): boolean {
	return (field === 'warnings' || field === 'tags' || field === 'summary') && hidden.has(field);
}

function list(values: readonly string[]): string | null {
	return values.length > 0 ? values.join(', ') : null;
}

function plural(label: string, values: readonly string[]): string {
	return values.length > 1 ? `${label}s` : label;
}
