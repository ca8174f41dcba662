/**
 * FanFicFare's EPUB: `title_page.xhtml` (the story's metadata as
 * `<b>Label:</b>` lines or a table), `toc_page.xhtml` (links only), then a
 * `fileNNNN.xhtml` per chapter with `h3.fff_chapter_title` and its notes in
 * `div.fff_chapter_notes`. Read with the FanFicFare HTML readers.
 */
import path from 'node:path';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {BlockList} from '../markup/block-list.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {findFirst} from '../markup/query-markup.js';
import {readFffChapters} from '../fff/read-fff-chapters.js';
import {readFffTitlePage} from '../fff/read-fff-title-page.js';
import {withPackage, type Edition} from './edition.js';
import type {PackageDocument} from './read-package.js';
import type {TocTarget} from './read-toc.js';
import {named} from './xml-helpers.js';

const TITLE_PAGE = 'title_page.xhtml';
/** FanFicFare's pages that are not the story: its table of contents, its update log, its cover. */
const NOT_STORY = new Set(['toc_page.xhtml', 'log_page.xhtml', 'cover.xhtml']);

/** Where FanFicFare's title page is in the spine (it comes first, after a cover); -1 when the book is not FanFicFare's. */
export function fffTitlePageIndex(pkg: PackageDocument): number {
	return pkg.spine.slice(0, 3).findIndex(item => path.posix.basename(item.path) === TITLE_PAGE);
}

function isStory(file: string): boolean {
	const name = path.posix.basename(file);
	return name !== TITLE_PAGE && !NOT_STORY.has(name);
}

/** The edition of a FanFicFare book whose title page is spine file `titlePageIndex`; `toc` is the book's own. */
export function fffEdition(pkg: PackageDocument, titlePage: MarkupElement, titlePageIndex: number, toc: readonly TocTarget[] = []): Edition {
	const {fields, words} = readFffTitlePage(titlePage);
	return {
		ok: true,
		format: 'fff-epub',
		fields: withPackage(fields, pkg, pkg.creators),
		statedWords: words,
		chapterTitles: toc.filter(target => isStory(target.path)).map(target => target.title),
		read(index: number, root: MarkupElement, into: BlockList, options: BlocksOptions) {
			// The summary opens the body, read again here with the book's styles.
			if (index === titlePageIndex) into.append(readFffTitlePage(root, options).front);
			else if (isStory(pkg.spine[index]!.path)) readFffChapters(findFirst(root, named('body')) ?? root, into, options);
		},
	};
}
