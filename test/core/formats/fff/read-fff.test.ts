import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {epubAdapter} from '../../../../source/core/formats/epub/epub-adapter.js';
import {fffHtmlChapters, readFffChapters} from '../../../../source/core/formats/fff/read-fff-chapters.js';
import {readFffTitlePage} from '../../../../source/core/formats/fff/read-fff-title-page.js';
import {BlockList, countStoryWords} from '../../../../source/core/formats/markup/block-list.js';
import type {Blocks} from '../../../../source/core/formats/markup/blocks-from-markup.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {byteSource} from '../../../helpers/byte-source.js';
import {repoRoot} from '../../parse/read-fixture.js';
import {blockLines} from '../block-lines.js';
import {chapterFile, fffHtml, titlePageLines} from './fff-samples.js';

/** The whole body of a fixture book, read through its adapter. */
async function fixtureBody(name: string): Promise<{whole: Blocks}> {
	const bytes = new Uint8Array(fs.readFileSync(path.join(repoRoot, 'fixtures/formats', name)));
	const opened = await epubAdapter.openBody(byteSource(bytes, path.basename(name)));
	if (!opened.ok) throw new Error(opened.reason);
	const {paragraphs, blocks = []} = opened.rest === undefined ? opened.body : (await opened.rest()).body;
	return {whole: {paragraphs, blocks}};
}

describe('readFffTitlePage', () => {
	test('reads `<b>Label:</b> value` lines with FanFicFare\'s meanings', () => {
		const {fields, words, front} = readFffTitlePage(parseMarkup(titlePageLines));
		expect(fields).toMatchObject({
			id: '5150',
			title: 'Paper Boats',
			authors: ['reedwarbler'],
			fandoms: ['Original Work', 'Folklore'],
			categories: ['F/M', 'Gen'],
			tags: ['Fluff', 'Alpha/Beta/Omega Dynamics'],
			language: 'English',
			characters: ['Mira', 'Old Tom'],
			relationships: ['Mira/Tom'],
			series: [{name: 'Harbour Days', part: 3}],
			status: 'in-progress',
			chapters: {posted: 3, total: null},
			published: '2021-06-01',
			updated: '2021-07-01',
			rating: 'General Audiences',
			warnings: ['No Archive Warnings Apply'],
			summary: 'Boats made of paper.\n\nNote: they float.',
		});
		expect(fields.extra).toMatchObject({Packaged: '2021-07-02 10:00:00', Publisher: 'archiveofourown.org', Words: '4,321'});
		expect(words).toBe(4321);
		expect(blockLines(front)).toEqual(['note label: Summary:', 'note: Boats made of paper.', 'note: Note: they float.']);
	});

	test('reads the HTML output\'s table, and takes an id only from an AO3 story URL', () => {
		const {fields, words} = readFffTitlePage(parseMarkup(fffHtml));
		expect(fields).toMatchObject({
			id: null,
			title: 'Glass Orchard',
			authors: ['Wren'],
			fandoms: ['Original Work'],
			categories: ['M/M'],
			tags: ['Drama'],
			status: 'complete',
			chapters: {posted: 2, total: 2},
			summary: 'Apples, but glass.',
		});
		expect(words).toBe(900);
	});
});

describe('readFffChapters', () => {
	test('reads an EPUB chapter file: its title, labelled notes and text in order', () => {
		const into = new BlockList();
		readFffChapters(parseMarkup(chapterFile), into);
		expect(blockLines(into)).toEqual([
			'heading: 1. Fold',
			'note label: Summary for the Chapter:',
			'note: Folding.',
			'text: She folded the page twice.',
			'note label: Notes for the Chapter:',
			'note: Bye.',
		]);
		expect(into.toc).toEqual([{title: '1. Fold', paragraph: 0}]);
		expect(countStoryWords(into)).toBe(5);
	});

	test('reads the HTML output from its first chapter on, past the title page and the TOC', () => {
		const into = new BlockList();
		readFffChapters(fffHtmlChapters(parseMarkup(fffHtml)), into);
		expect(blockLines(into)).toEqual([
			'heading: One',
			'note label: Author\'s Note:',
			'note: Hello.',
			'text: The orchard rang when the wind came.',
			'heading: Two',
			'text: Nothing broke.',
		]);
		expect(into.toc).toEqual([{title: 'One', paragraph: 0}, {title: 'Two', paragraph: 4}]);
	});
});

describe('FanFicFare chapter notes in a real EPUB', () => {
	test('gives every label in a notes block its own labelled group', async () => {
		const {whole} = await fixtureBody("fff/The Cartographer's Three Winters-ao3_38211456.epub");
		const lines = blockLines(whole);
		const start = lines.indexOf('heading: 1. The First Winter');
		expect(lines.slice(start, start + 7)).toEqual([
			'heading: 1. The First Winter',
			'note label: Author\'s Note:',
			'note: The A/B/O tag is a joke that only makes sense in chapter three. Nothing explicit happens, I promise.',
			'note label: Summary for the Chapter:',
			'note: Tamsin takes a commission she cannot afford to refuse.',
			'note label: Notes for the Chapter:',
			'note: Bart is based on every quartermaster I have ever met.',
		]);
	});
});
