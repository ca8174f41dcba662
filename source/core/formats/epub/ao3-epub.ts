/**
 * AO3's EPUB: calibre's conversion of AO3's HTML download, split in files.
 * The preface comes in two files (calibre splits before the `<h1>`; before
 * 2019 without `div#preface`), every chapter in its own file, a long one
 * split again into `_split_NNN` files that go on where the last stopped,
 * the afterword last; the wrappers `#preface`, `#chapters` and `#afterword`
 * repeat in every file. Each file is therefore a small AO3 download of its
 * own, read with the AO3 HTML readers; the continuation of a split chapter
 * has no heading and simply goes on with the text.
 */
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {BlockList} from '../markup/block-list.js';
import {isElement, type MarkupElement, type MarkupNode} from '../markup/parse-markup.js';
import {byId, findFirst, textOf} from '../markup/query-markup.js';
import {readAo3Afterword, readAo3Chapters} from '../ao3/read-ao3-chapters.js';
import {joinMarkup, readAo3Preface} from '../ao3/read-ao3-preface.js';
import {withPackage, type Edition} from './edition.js';
import type {PackageDocument} from './read-package.js';
import type {TocTarget} from './read-toc.js';
import {named} from './xml-helpers.js';

/** The preface never takes more files than this; past it, a book is not shaped as AO3's. */
export const MAX_PREFACE_FILES = 3;

const AO3_LINK = /archiveofourown\.org\/works\/\d+/i;

/** Whether the book is AO3's: calibre names AO3 as the publisher, and the first file links the work. */
export function isAo3(pkg: PackageDocument, first: MarkupElement): boolean {
	if (pkg.publisher === 'Archive of Our Own') return true;
	const message = findFirst(first, element => element.name === 'p' && textOf(element).includes('Posted originally on'));
	return message !== undefined && findFirst(message, element => AO3_LINK.test(element.attributes['href'] ?? '')) !== undefined;
}

/** Whether a file holds the work's title, the `<h1>` calibre splits the preface before. */
export function hasTitle(root: MarkupElement): boolean {
	return findFirst(root, element => element.name === 'h1') !== undefined;
}

/** How many of the opening files hold the preface: up to the one with the work's `<h1>`. */
export function prefaceFileCount(roots: readonly MarkupElement[]): number {
	const withTitle = roots.findIndex(root => hasTitle(root));
	if (withTitle !== -1) return withTitle + 1;
	const withPreface = roots.findIndex(root => byId(root, 'preface') === undefined);
	return withPreface === -1 ? roots.length : Math.max(1, withPreface);
}

function bodyOf(root: MarkupElement): MarkupElement {
	return findFirst(root, named('body')) ?? root;
}

function isChapters(node: MarkupNode): boolean {
	return isElement(node) && node.attributes['id'] === 'chapters';
}

/** A file's part of the preface: what its body holds before the chapters. */
function prefacePart(root: MarkupElement): MarkupElement {
	const body = bodyOf(root);
	const chapters = body.children.findIndex(child => isChapters(child));
	return {...body, children: chapters === -1 ? body.children : body.children.slice(0, chapters)};
}

/** The co-creators calibre packs into one `dc:creator`, split the way AO3 joined them. */
function splitCreators(creators: readonly string[]): string[] {
	return creators.flatMap(creator => creator.split(/, | & /)).map(name => name.trim()).filter(name => name !== '');
}

/**
 * The chapters' titles in calibre's TOC of an AO3 book. calibre lists AO3's
 * `h2.toc-heading`s beside the chapter headings: "Preface" (in the preface's
 * files), "Afterword" (always last) and, in a one-shot, the work's title,
 * which the body does not count as a chapter either.
 */
function ao3ChapterTitles(pkg: PackageDocument, prefaceCount: number, toc: readonly TocTarget[], title: string | null): string[] {
	const preface = new Set(pkg.spine.slice(0, prefaceCount).map(item => item.path));
	const titles = toc.filter(target => !preface.has(target.path)).map(target => target.title);
	if (titles.at(-1) === 'Afterword') titles.pop();
	return titles.length === 1 && titles[0] === title ? [] : titles;
}

/**
 * The AO3 edition of a book whose opening files are `roots` (at least the
 * preface's). The preface's Stats give the words; the byline gives the
 * authors, the OPF's packed creator only when there is no byline.
 */
export function ao3Edition(pkg: PackageDocument, roots: readonly MarkupElement[], toc: readonly TocTarget[] = []): Edition {
	const prefaceCount = prefaceFileCount(roots.slice(0, MAX_PREFACE_FILES));
	const prefaceRoot = joinMarkup(roots.slice(0, prefaceCount).map(root => prefacePart(root)));
	const {fields, words} = readAo3Preface(prefaceRoot);
	const withBook = withPackage(fields, pkg, splitCreators(pkg.creators));
	return {
		ok: true,
		format: 'ao3-epub',
		fields: withBook,
		statedWords: words,
		chapterTitles: ao3ChapterTitles(pkg, prefaceCount, toc, withBook.title),
		read(index: number, root: MarkupElement, into: BlockList, options: BlocksOptions) {
			// The Summary and Notes open the body, read again here with the book's styles.
			if (index === 0) into.append(readAo3Preface(prefaceRoot, options).front);
			// A preface file may hold the start of the chapters too (a one-shot before 2019).
			if (index >= prefaceCount || byId(root, 'chapters') !== undefined) readAo3Chapters(root, into, options);
			readAo3Afterword(root, into, options);
		},
	};
}
