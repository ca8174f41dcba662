/** Turns the clean lines of one fic file into its metadata and body. */

import type {WorkBody, WorkMeta} from '../work.js';
import {countWords} from './count-words.js';
import {detectFormat} from './detect-format.js';
import {fieldsFromEntries} from './header-fields.js';
import {labelsOf} from './labels.js';
import {parseAo3Text} from './parse-ao3-text.js';
import {parseFffText} from './parse-fff-text.js';
import {parsePlainText} from './parse-plain-text.js';

export type ParsedWork = {meta: Omit<WorkMeta, 'path' | 'encoding' | 'notes' | 'duplicateOf'>; body: WorkBody};

/**
 * The file name without folders and extension: the title of a work whose
 * header names none. Library paths are `/`-separated; a backslash is part of
 * a name (`name_\x1b.txt` is titled `name_\x1b`), as it is on the disk.
 */
export function fileStem(fileName: string): string {
	const base = fileName.slice(fileName.lastIndexOf('/') + 1);
	const dot = base.lastIndexOf('.');
	return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/**
 * Parses the lines of a text the text pipeline has already decoded and
 * sanitized (`cleanLines`). Never throws: text that fits no known format is
 * read as plain text.
 */
export function parseWork(lines: readonly string[], fileName: string): ParsedWork {
	const {format, parts} = partsOf(lines);
	const fields = fieldsFromEntries(parts.entries, labelsOf(format));
	return {
		meta: {
			format,
			id: fields.id,
			title: parts.title ?? fields.title ?? fileStem(fileName),
			authors: parts.authors.length > 0 ? parts.authors : fields.authors,
			rating: fields.rating,
			warnings: fields.warnings,
			categories: fields.categories,
			fandoms: fields.fandoms,
			relationships: fields.relationships,
			characters: fields.characters,
			tags: fields.tags,
			language: fields.language,
			series: fields.series,
			status: fields.status,
			chapters: fields.chapters,
			words: countWords(parts.paragraphs),
			published: fields.published,
			updated: fields.updated,
			summary: parts.summary ?? fields.summary,
			toc: parts.toc,
			extra: fields.extra,
		},
		body: {paragraphs: parts.paragraphs},
	};
}

/** The format of clean lines, and the parts its parser finds (header entries, summary, body paragraphs…). */
function partsOf(lines: readonly string[]) {
	const format = detectFormat(lines);
	const parts = format === 'ao3-text' ? parseAo3Text(lines) : format === 'fff-text' ? parseFffText(lines) : parsePlainText(lines);
	return {format, parts};
}

/** `parseWork`'s body alone: the full-text search reads no listing, and counting words is much of a parse. */
export function parseBody(lines: readonly string[]): WorkBody {
	return {paragraphs: partsOf(lines).parts.paragraphs};
}
