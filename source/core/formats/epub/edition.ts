/**
 * What a maker's EPUB (AO3's, FanFicFare's, anyone's) decides: where the
 * metadata comes from and how a spine file becomes part of the body.
 */
import type {ParsedMeta} from '../format-adapter.js';
import type {BlockList} from '../markup/block-list.js';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {MarkupElement} from '../markup/parse-markup.js';

export type EditionMeta = Omit<ParsedMeta, 'words' | 'encoding' | 'notes'>;

export type Edition = {
	ok: true;
	meta: EditionMeta;
	/** The words as the book states them (AO3's Stats); null when they must be counted from the text. */
	statedWords: number | null;
	/** Appends spine file `index`, parsed, to the body. */
	read(index: number, root: MarkupElement, into: BlockList, options: BlocksOptions): void;
};

