/**
 * What an HTML file holds, by the three shapes ficread knows: an AO3
 * download, FanFicFare's HTML output, or any other HTML page.
 */
import {readAo3Work} from '../ao3/read-ao3-work.js';
import {fffHtmlChapters, readFffChapters} from '../fff/read-fff-chapters.js';
import {readFffTitlePage} from '../fff/read-fff-title-page.js';
import {BlockList, countStoryWords} from '../markup/block-list.js';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {byId, findFirst, textOf} from '../markup/query-markup.js';
import {noFields} from '../meta-from-fields.js';
import type {HeaderFields} from '../../parse/header-fields.js';
import type {TocEntry, WorkBody} from '../../work.js';

export type HtmlKind = 'ao3-html' | 'fff-html' | 'html';

export type HtmlWork = {
	fields: HeaderFields;
	body: Required<WorkBody>;
	toc: TocEntry[];
	/** Counted in the story text alone. */
	words: number;
	/** The word count the file's header states, when it states one. */
	statedWords: number | null;
};

function isAo3Link(element: MarkupElement): boolean {
	return element.name === 'a' && /^https?:\/\/(?:[\w-]+\.)*archiveofourown\.org\/works\/\d+/i.test(element.attributes['href'] ?? '');
}

function isAo3(root: MarkupElement): boolean {
	const preface = byId(root, 'preface');
	if (preface !== undefined && findFirst(preface, element => element.name === 'dl') !== undefined) {
		return true;
	}

	const message = findFirst(root, element => element.name === 'p' && textOf(element).includes('Posted originally on the'));
	return message !== undefined && findFirst(message, isAo3Link) !== undefined;
}

/** FanFicFare's HTML output: its section anchors (or TOC anchor) and a title page of `<b>Label:</b>` entries. */
function isFff(root: MarkupElement): boolean {
	const anchor = findFirst(root, element => element.name === 'a' && /^(?:section\d+|TOCTOP)$/.test(element.attributes['name'] ?? ''));
	return anchor !== undefined && findFirst(root, element => element.name === 'b' && textOf(element).endsWith(':')) !== undefined;
}

export function htmlKindOf(root: MarkupElement): HtmlKind {
	return isAo3(root) ? 'ao3-html' : isFff(root) ? 'fff-html' : 'html';
}

function metaContent(root: MarkupElement, name: string): string | undefined {
	const meta = findFirst(root, element => element.name === 'meta' && element.attributes['name']?.toLowerCase() === name);
	const content = meta?.attributes['content']?.replace(/\s+/g, ' ').trim();
	return content === '' ? undefined : content;
}

/** Any other page: the title from `<title>` or the first `<h1>`, authors and summary from its `<meta>`, every heading in the table of contents. */
function readPlainHtml(root: MarkupElement, options: BlocksOptions): HtmlWork {
	const body = new BlockList();
	body.appendMarkup(findFirst(root, element => element.name === 'body') ?? root, options);
	const titleElement = findFirst(root, element => element.name === 'title') ?? findFirst(root, element => element.name === 'h1');
	const title = titleElement === undefined ? '' : textOf(titleElement).replaceAll('\n', ' ');
	const toc = body.paragraphs.flatMap((text, paragraph) => (body.blocks[paragraph]!.kind === 'heading' ? [{title: text, paragraph}] : []));
	return {
		fields: {
			...noFields(),
			title: title === '' ? null : title,
			authors: metaContent(root, 'author')?.split(/,\s+/) ?? [],
			summary: metaContent(root, 'description') ?? null,
		},
		body: {paragraphs: body.paragraphs, blocks: body.blocks},
		toc,
		words: countStoryWords(body),
		statedWords: null,
	};
}

function readFffHtml(root: MarkupElement, options: BlocksOptions): HtmlWork {
	const titlePage = readFffTitlePage(root, options);
	const body = new BlockList();
	body.append(titlePage.front);
	readFffChapters(fffHtmlChapters(root), body, options);
	return {
		fields: titlePage.fields,
		body: {paragraphs: body.paragraphs, blocks: body.blocks},
		toc: body.toc,
		words: countStoryWords(body),
		statedWords: titlePage.words,
	};
}

export function readHtmlWork(root: MarkupElement, kind: HtmlKind, options: BlocksOptions = {}): HtmlWork {
	if (kind === 'ao3-html') {
		const work = readAo3Work(root, options);
		return {fields: work.fields, body: work.body, toc: work.toc, words: work.storyWords, statedWords: work.words};
	}

	return kind === 'fff-html' ? readFffHtml(root, options) : readPlainHtml(root, options);
}
