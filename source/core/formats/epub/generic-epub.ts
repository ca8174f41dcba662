/**
 * An EPUB from anywhere (not AO3's, not FanFicFare's): its metadata is the
 * package document's Dublin Core, its chapters are the spine's files, and
 * its chapter titles are the book's own table of contents.
 */
import type {HeaderFields} from '../../parse/header-fields.js';
import {noFields} from '../meta-from-fields.js';
import type {BlockList} from '../markup/block-list.js';
import {blocksFromMarkup, type BlocksOptions} from '../markup/blocks-from-markup.js';
import {parseMarkup, type MarkupElement} from '../markup/parse-markup.js';
import {findFirst} from '../markup/query-markup.js';
import {appendChapterFile} from './append-chapter-file.js';
import {withPackage} from './edition.js';
import type {PackageDocument} from './read-package.js';
import type {TocTarget} from './read-toc.js';
import {named} from './xml-helpers.js';

const AO3_WORK = /archiveofourown\.org\/works\/(\d+)/i;

/** Turns an OPF description, HTML escaped into the XML, into paragraphs joined by blank lines. */
export function summaryText(description: string | null): string | null {
	if (description === null) return null;
	const {paragraphs} = blocksFromMarkup(parseMarkup(description).children, {classStyles: new Map(), kind: 'text'});
	return paragraphs.join('\n\n').trim() || null;
}

/** The metadata a generic EPUB's package document states. */
export function packageFields(pkg: PackageDocument): HeaderFields {
	const links = [pkg.source, ...pkg.identifiers.map(identifier => identifier.value)];
	const extra: Record<string, string> = {};
	if (pkg.publisher !== null) extra['Publisher'] = pkg.publisher;
	if (pkg.source !== null) extra['Source'] = pkg.source;
	return {
		...withPackage(noFields(), pkg, pkg.creators),
		id: links.map(link => (link === null ? undefined : AO3_WORK.exec(link)?.[1])).find(id => id !== undefined) ?? null,
		tags: pkg.subjects,
		summary: summaryText(pkg.description),
		extra,
	};
}

/**
 * The book's TOC titles by the file they point at, in TOC order; null when
 * the book has no TOC, so that files list their own headings.
 */
export function titlesByFile(toc: readonly TocTarget[]): ((path: string) => string[]) | null {
	if (toc.length === 0) return null;
	const byFile = new Map<string, string[]>();
	for (const target of toc) {
		const titles = byFile.get(target.path) ?? [];
		titles.push(target.title);
		byFile.set(target.path, titles);
	}

	return path => byFile.get(path) ?? [];
}

/** Appends one spine file of a generic EPUB to the body. */
export function appendGenericFile(into: BlockList, root: MarkupElement, titles: readonly string[] | null, options: BlocksOptions): void {
	appendChapterFile(into, blocksFromMarkup(findFirst(root, named('body')) ?? root, options), titles);
}
