/**
 * Which maker's EPUB a book is, and what follows from it: where its metadata
 * comes from and how a spine file becomes part of the body. AO3's books
 * (calibre's conversion of AO3's HTML) and FanFicFare's carry richer
 * metadata in their opening files than in the OPF; anything else is read
 * from the OPF and the spine.
 */
import type {Refusal} from '../format-adapter.js';
import {ao3Edition, hasTitle, isAo3, MAX_PREFACE_FILES} from './ao3-epub.js';
import type {Edition} from './edition.js';
import {fffEdition, fffTitlePageIndex} from './fff-epub.js';
import {appendGenericFile, packageFields, titlesByFile} from './generic-epub.js';
import {readDocument, type EpubBook} from './open-epub.js';

function genericEdition(book: EpubBook): Edition {
	const titles = titlesByFile(book.toc);
	const spine = book.pkg.spine;
	return {
		ok: true,
		format: 'epub',
		fields: packageFields(book.pkg),
		statedWords: null,
		// Counting its words reads every file, and the TOC with them.
		chapterTitles: [],
		read: (index, root, into, options) => appendGenericFile(into, root, titles === null ? null : titles(spine[index]!.path), options),
	};
}

/** The edition of `book`, reading its opening files when its maker needs them. */
export async function editionOf(book: EpubBook): Promise<Edition | Refusal> {
	const {pkg} = book;
	const titlePage = fffTitlePageIndex(pkg);
	if (titlePage !== -1) {
		const document = await readDocument(book, pkg.spine[titlePage]!.path);
		return document.ok ? fffEdition(pkg, document.root, titlePage, book.toc) : document;
	}

	const first = await readDocument(book, pkg.spine[0]!.path);
	if (!first.ok) return first;
	if (!isAo3(pkg, first.root)) return genericEdition(book);
	// The preface's files, up to the one with the work's `<h1>`: never a chapter file.
	const roots = [first.root];
	for (const item of pkg.spine.slice(1, MAX_PREFACE_FILES)) {
		if (hasTitle(roots.at(-1)!)) break;
		const document = await readDocument(book, item.path);
		if (!document.ok) return document;
		roots.push(document.root);
	}

	return ao3Edition(pkg, roots, book.toc);
}
