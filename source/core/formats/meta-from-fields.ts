/** The metadata an adapter returns, from what a header states and what the body shows. */
import path from 'node:path';
import {fieldsFromEntries, type HeaderFields} from '../parse/header-fields.js';
import {labelsOf} from '../parse/labels.js';
import {parseCountValue} from '../parse/parse-values.js';
import {fileStem} from '../parse/parse-work.js';
import {displaySafe} from '../text/display-safe.js';
import type {Encoding, RepairNote, TocEntry, WorkFormat} from '../work.js';
import type {ParsedMeta} from './format-adapter.js';

export type BodyFacts = {
	format: WorkFormat;
	/** Relative path of the file: its name is the title of a work that states none. */
	path: string;
	words: number;
	toc: TocEntry[];
	encoding: Encoding;
	notes: RepairNote[];
};

/** Fields of a file that states nothing: every list empty, status unknown. */
export function noFields(): HeaderFields {
	return fieldsFromEntries([], labelsOf('html'));
}

/** The `Words` a header states (AO3's Stats, FanFicFare's title page), kept in `extra`; null when it states none. */
export function statedWords(fields: HeaderFields): number | null {
	const words = fields.extra['Words'];
	return words === undefined ? null : parseCountValue(words);
}

export function metaFromFields(fields: HeaderFields, {format, path: filePath, words, toc, encoding, notes}: BodyFacts): ParsedMeta {
	// The file name stands in for a missing title, and names are untrusted too.
	const title = fields.title ?? fileStem(displaySafe(path.posix.basename(filePath)));
	return {...fields, format, title, words, toc, encoding, notes};
}
