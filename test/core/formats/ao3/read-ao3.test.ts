import {describe, expect, test} from 'vitest';
import {readAo3Preface, joinMarkup} from '../../../../source/core/formats/ao3/read-ao3-preface.js';
import {readAo3Work} from '../../../../source/core/formats/ao3/read-ao3-work.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {blockLines} from '../block-lines.js';
import {calibrePrefaceParts, chaptered, oldOneShot} from './ao3-samples.js';

describe('readAo3Preface', () => {
	test('reads every label of a modern preface into its field, the rest into extra', () => {
		const {fields, words} = readAo3Preface(parseMarkup(chaptered));
		expect(fields).toMatchObject({
			id: '4242',
			title: 'The Lamp Keeper',
			authors: ['quietfern (fern)', 'Tide'],
			rating: 'Teen And Up Audiences',
			warnings: ['Creator Chose Not To Use Archive Warnings', 'Major Character Death'],
			categories: ['F/F', 'Gen'],
			fandoms: ['Original Work'],
			relationships: ['Keeper/Sea'],
			characters: ['The Keeper', 'The Gull'],
			tags: ['Alpha/Beta/Omega Dynamics', 'Slow Burn'],
			language: 'English',
			series: [{name: 'Lights Along the Coast', part: 2}],
			status: 'complete',
			chapters: {posted: 2, total: 2},
			published: '2024-01-02',
			updated: '2024-02-03',
			summary: 'A keeper, a lamp, a storm.\n\nSecond line.',
		});
		expect(fields.extra).toEqual({Collections: 'Coastal Fic Exchange 2024', Completed: '2024-02-03', Words: '1,234'});
		expect(words).toBe(1234);
	});

	test('reads an old preface: singular labels, raw names, http, unknown labels kept', () => {
		const {fields, words} = readAo3Preface(parseMarkup(oldOneShot));
		expect(fields).toMatchObject({
			id: '77',
			title: 'Small Hours',
			authors: ['nightjar'],
			warnings: ['Choose Not To Use Archive Warnings'],
			status: 'complete',
			chapters: {posted: 1, total: 1},
			published: '2016-05-06',
			summary: null,
		});
		expect(fields.extra).toEqual({Mood: 'Quiet', Words: '12'});
		expect(words).toBe(12);
	});

	test('reads calibre\'s split preface by ids, names and label words, whatever the classes', () => {
		const {fields, front} = readAo3Preface(joinMarkup(calibrePrefaceParts.map(part => parseMarkup(part, {xml: true}))));
		expect(fields).toMatchObject({
			id: '99',
			title: 'Renamed',
			authors: ['Pen (x)'],
			relationships: ['A & B', 'C/D'],
			status: 'in-progress',
			chapters: {posted: 2, total: null},
			updated: '2025-04-05',
		});
		expect(blockLines(front)).toEqual(['note label: Summary:', 'note: Who renamed the classes?']);
	});
});

describe('readAo3Work', () => {
	test('makes a body of labelled notes, chapter headings and text, without boilerplate', () => {
		const work = readAo3Work(parseMarkup(chaptered));
		expect(blockLines(work.body)).toEqual([
			'note label: Summary:',
			'note: A keeper, a lamp, a storm.',
			'note: Second line.',
			'note label: Notes:',
			'note: Thanks to my beta.',
			'heading: Chapter 1: Dusk',
			'note label: Chapter Summary:',
			'note: The light goes on.',
			'note label: Chapter Notes:',
			'note: Short one.',
			'text: The keeper climbed all the stairs.',
			'scene-break: * * *',
			'text: Night came.\nIt was long.',
			'note label: Chapter End Notes:',
			'note: More soon.',
			'heading: Chapter 2',
			'note label: Chapter by Tide',
			'text: Dawn, and the lamp went out.',
			'scene-break: * * *',
			'text: The end.',
			'note label: End Notes:',
			'note: Thank you for reading.',
		]);
		expect(work.toc).toEqual([
			{title: 'Chapter 1: Dusk', paragraph: 5},
			{title: 'Chapter 2', paragraph: 15},
		]);
		expect(work.body.blocks[1]!.spans).toEqual([{start: 18, end: 25, style: 'italic'}]);
		// "The keeper climbed all the stairs." 6, "Night came. It was long." 5, "Dawn, and the lamp went out." 6, "The end." 2.
		expect(work.storyWords).toBe(19);
	});

	test('reads a one-shot without a heading: its toc-heading only repeats the title', () => {
		const work = readAo3Work(parseMarkup(oldOneShot));
		expect(blockLines(work.body)).toEqual(['text: It was three in the morning and the kettle sang.']);
		expect(work.toc).toEqual([]);
		expect(work.storyWords).toBe(10);
	});

	test('reads the text outside preface and afterword when there is no div#chapters', () => {
		const work = readAo3Work(parseMarkup('<html><body><div id="preface"><h1>T</h1></div><p>Only text.</p><div id="afterword"><p>Comment!</p></div></body></html>'));
		expect(blockLines(work.body)).toEqual(['text: Only text.']);
	});
});
