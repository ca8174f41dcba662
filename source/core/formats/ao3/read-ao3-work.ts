/**
 * A whole AO3 download in one piece of markup (the HTML file, a MOBI's HTML
 * stream): the preface's metadata, and a body of the Summary and Notes, the
 * chapters and the end notes.
 */
import type {WorkBody} from '../../work.js';
import type {BlocksOptions} from '../markup/blocks-from-markup.js';
import {BlockList, countStoryWords} from '../markup/block-list.js';
import type {MarkupElement} from '../markup/parse-markup.js';
import {readAo3Afterword, readAo3Chapters} from './read-ao3-chapters.js';
import {readAo3Preface, type Ao3Preface} from './read-ao3-preface.js';

export type Ao3Work = Ao3Preface & {
	body: Required<WorkBody>;
	toc: BlockList['toc'];
	/** Counted in the story text alone: no notes, headings or boilerplate. */
	storyWords: number;
};

export function readAo3Work(root: MarkupElement, options: BlocksOptions = {}): Ao3Work {
	const preface = readAo3Preface(root, options);
	const body = new BlockList();
	body.append(preface.front);
	readAo3Chapters(root, body, options);
	readAo3Afterword(root, body, options);
	return {
		...preface,
		body: {paragraphs: body.paragraphs, blocks: body.blocks},
		toc: body.toc,
		storyWords: countStoryWords(body),
	};
}
