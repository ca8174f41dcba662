import wrapAnsi from 'wrap-ansi';
import {countOf, formatChapters, readingTime} from '../../core/output/format-numbers.js';
import {hiddenText, nothingHidden, type SpoilerField} from '../../core/spoilers.js';
import {markNow, newChapters, progressNow} from '../../core/state/chapters-since-read.js';
import type {WorkState} from '../../core/state/reading-state.js';
import type {WorkBody, WorkDetails, WorkListing} from '../../core/work.js';

/** One line of the preview: what it is drawn as. */
export type PreviewLine = {text: string; kind: 'title' | 'label' | 'value' | 'text' | 'blank'};

/** Paragraphs of the text shown at most: the first lines are a taste, not the work. */
const openingParagraphs = 6;

/**
 * Rows of one opening paragraph wrapped at most, more than any pane shows:
 * wrapping a 5 MB download on one line whole took 1.7 s, on the key that
 * selected it, and keys typed meanwhile waited.
 */
const paragraphRows = 100;

/**
 * The list screen's preview of the selected work, wrapped to `width`: title,
 * byline, fandoms, relationships, tags, stats, progress, summary and the
 * first lines of the text (once read ahead; of an EPUB, its first part). Pure, so the pane only slices it.
 * Tags and summary say only that they are hidden when spoiler-safe mode hides them.
 */
export function previewLines(work: WorkListing, details: WorkDetails | null, body: WorkBody | null, reading: WorkState, width: number, hidden: ReadonlySet<SpoilerField> = nothingHidden): PreviewLine[] {
	const lines: PreviewLine[] = [];
	const wrap = (text: string, kind: PreviewLine['kind']) => {
		for (const line of wrapAnsi(text, Math.max(1, width), {hard: true, trim: true}).split('\n')) lines.push({text: line, kind});
	};

	const field = (label: string, values: readonly string[], secret = false) => {
		if (values.length === 0) return;
		lines.push({text: label, kind: 'label'});
		wrap(secret ? hiddenText : values.join(', '), 'value');
	};

	wrap(work.title, 'title');
	wrap(`by ${work.authors.join(', ') || 'anonymous'}`, 'value');
	lines.push({text: '', kind: 'blank'});
	const stats = [work.rating, countOf(work.words, 'word'), work.chapters ? `${formatChapters(work.chapters)} chapters` : '', work.status === 'unknown' ? '' : work.status, readingTime(work.words) ?? '', work.updated ? `updated ${work.updated}` : '']
		.filter(Boolean)
		.join(' · ');
	wrap(stats, 'value');
	const added = newChapters(work, reading.postedWhenRead);
	const fresh = added > 0 ? ` · ${added} new ${added === 1 ? 'chapter' : 'chapters'}` : '';
	if (reading.mark !== 'unread' || reading.position) wrap(`${markNow(work, reading)}${reading.position ? ` · ${Math.round(progressNow(work, reading) * 100)}% read` : ''}${fresh}`, 'value');
	field('Fandoms', work.fandoms);
	field('Relationships', work.relationships);
	field('Tags', work.tags, hidden.has('tags'));
	lines.push({text: 'Summary', kind: 'label'});
	wrap(details ? (details.summary === null ? 'No summary.' : hidden.has('summary') ? hiddenText : details.summary) : '…', 'value');
	const opening = body ? openingOf(body) : [];
	if (opening.length > 0) lines.push({text: '', kind: 'blank'});
	for (const paragraph of opening) {
		wrap(cutToShow(paragraph, width), 'text');
		lines.push({text: '', kind: 'blank'});
	}

	return lines;
}

/**
 * The first paragraphs of the text itself. The author's notes are left out:
 * an AO3 download (HTML, EPUB, MOBI) opens with the summary, shown above, and
 * notes, which at 100×30 pushed the story's first line out of the pane.
 */
function openingOf({paragraphs, blocks}: WorkBody): string[] {
	const opening: string[] = [];
	for (let index = 0; index < paragraphs.length && opening.length < openingParagraphs; index++) {
		if (blocks?.[index]?.kind !== 'note') opening.push(paragraphs[index]!);
	}

	return opening;
}

/** The start of a paragraph, `paragraphRows` rows of `width` at most, with … where it was cut. */
function cutToShow(paragraph: string, width: number): string {
	const most = Math.max(1, width) * paragraphRows;
	if (paragraph.length <= most) return paragraph;
	// Not between the two halves of a surrogate pair.
	const high = paragraph.charCodeAt(most - 1);
	const end = high >= 0xd8_00 && high <= 0xdb_ff ? most - 1 : most;
	return `${paragraph.slice(0, end).trimEnd()}…`;
}
