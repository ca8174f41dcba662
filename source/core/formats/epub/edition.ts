/**
 * What a maker's EPUB (AO3's, FanFicFare's, anyone's) decides: where the
 * metadata comes from and how a spine file becomes part of the body.
 */
import type {HeaderFields} from '../../parse/header-fields.js';
import type {WorkFormat} from '../../work.js';
import type {BlockList} from '../markup/block-list.js';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import type {PackageDocument} from './read-package.js';

export type Edition = {
	ok: true;
	format: WorkFormat;
	/** The metadata the book states; `metaFromFields` adds what its body shows. */
	fields: HeaderFields;
	/** The words as the book states them (AO3's Stats); null when they must be counted from the text. */
	statedWords: number | null;
	/**
	 * The chapters' titles from the book's own table of contents, for a
	 * listing that reads no chapter file (`statedWords` known); without the
	 * maker's own entries (preface, afterword, title page).
	 */
	chapterTitles: string[];
	/** Appends spine file `index`, parsed, to the body. */
	read(index: number, root: MarkupElement, into: BlockList, options: BlocksOptions): void;
};

/**
 * What a book's own pages state (AO3's preface, FanFicFare's title page),
 * with the package's metadata where they are silent; `creators` are the
 * package's authors as this maker packs them.
 */
export function withPackage(fields: HeaderFields, pkg: PackageDocument, creators: string[]): HeaderFields {
	return {
		...fields,
		title: fields.title ?? pkg.title,
		authors: fields.authors.length > 0 ? fields.authors : creators,
		language: fields.language ?? pkg.language,
		series: fields.series.length > 0 ? fields.series : (pkg.series === null ? [] : [pkg.series]),
		published: fields.published ?? pkg.date,
	};
}
