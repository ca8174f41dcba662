/**
 * Which maker's EPUB a book is, and what follows from it: where its metadata
 * comes from and how a spine file becomes part of the body. AO3's books
 * (calibre's conversion of AO3's HTML) and FanFicFare's carry richer
 * metadata in their opening files than in the OPF; anything else is read
 * from the OPF and the spine.
 */
import path from 'node:path';
import type {InlineStyle, WorkFormat} from '../../work.js';
import type {ParsedMeta, Refusal} from '../format-adapter.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {displaySafe} from '../../text/display-safe.js';
import type {BodyPart} from './body-parts.js';
import {genericPart, packageMeta, titlesByFile} from './generic-epub.js';
import type {EpubBook} from './open-epub.js';

export type EditionMeta = Omit<ParsedMeta, 'words' | 'encoding' | 'notes'>;

export type Edition = {
	ok: true;
	format: WorkFormat;
	meta: EditionMeta;
	/** The words as the book states them (AO3's Stats); null when they must be counted from the text. */
	statedWords: number | null;
	/** Spine file `index`, parsed, as a part of the body. */
	part(index: number, root: MarkupElement, classStyles: ReadonlyMap<string, InlineStyle[]>): BodyPart;
};

/** The file name without its folder and extension: a book's title of last resort. */
function fileStem(source: string): string {
	return displaySafe(path.posix.basename(source).replace(/\.[^.]*$/, '') || source);
}

export function genericEdition(book: EpubBook): Edition {
	const titles = titlesByFile(book.toc);
	const spine = book.pkg.spine;
	return {
		ok: true,
		format: 'epub',
		meta: packageMeta(book.pkg, fileStem(book.zip.source.path)),
		statedWords: null,
		part: (index, root, classStyles) => genericPart(root, titles === null ? null : titles(spine[index]!.path), classStyles),
	};
}

/** The edition of `book`, reading its opening files when its maker needs them. */
export async function editionOf(book: EpubBook): Promise<Edition | Refusal> {
	return genericEdition(book);
}
