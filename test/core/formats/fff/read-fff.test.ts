import {describe, expect, test} from 'vitest';
import {fffHtmlChapters, readFffChapters} from '../../../../source/core/formats/fff/read-fff-chapters.js';
import {readFffTitlePage} from '../../../../source/core/formats/fff/read-fff-title-page.js';
import {BlockList, countStoryWords} from '../../../../source/core/formats/markup/block-list.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {blockLines} from '../block-lines.js';
import {chapterFile, fffHtml, titlePageLines} from './fff-samples.js';


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
