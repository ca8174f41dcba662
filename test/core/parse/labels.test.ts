import {describe, expect, test} from 'vitest';
import {fieldsFromEntries} from '../../../source/core/parse/header-fields.js';
import {labelsOf, matchLabelLine, readHeaderEntries, type HeaderEntry} from '../../../source/core/parse/labels.js';

describe('matchLabelLine', () => {
	test('reads label and value', () => {
		expect(matchLabelLine('Work ID: 3410741')).toEqual({label: 'Work ID', value: '3410741'});
	});

	test('an empty value is allowed, with or without the trailing space', () => {
		expect(matchLabelLine('Additional Tags: ')).toEqual({label: 'Additional Tags', value: ''});
		expect(matchLabelLine('Summary:')).toEqual({label: 'Summary', value: ''});
	});

	test('a URL is not a label', () => {
		expect(matchLabelLine('https://archiveofourown.org/works/1')).toBeNull();
	});

	test('a value may hold colons', () => {
		expect(matchLabelLine('Story URL: https://example.org/a:b')).toEqual({label: 'Story URL', value: 'https://example.org/a:b'});
	});

	test('prose with a late colon is not a label', () => {
		expect(matchLabelLine('She looked at the list and read the first line aloud: bread')).toBeNull();
		expect(matchLabelLine('"Wait: what?"')).toBeNull();
	});
});

const ao3 = labelsOf('ao3-text');
const fff = labelsOf('fff-text');

function fields(lines: string[], labels = ao3) {
	return fieldsFromEntries(readHeaderEntries(lines, {labels}), labels);
}

describe('readHeaderEntries', () => {
	test('a line without the label shape continues the previous value', () => {
		expect(readHeaderEntries(['Additional Tags: Fluff, Angst,', 'Hurt/Comfort', 'Language: English'], {labels: ao3})).toEqual([
			{label: 'Additional Tags', value: 'Fluff, Angst, Hurt/Comfort'},
			{label: 'Language', value: 'English'},
		]);
	});

	test('continuing an empty value does not start it with a space', () => {
		expect(readHeaderEntries(['Author URL:', 'https://example.org/u'], {labels: ao3})).toEqual([{label: 'Author URL', value: 'https://example.org/u'}]);
	});

	test('a blank line inside a value starts a new paragraph', () => {
		expect(readHeaderEntries(['Summary: One.', '', 'Two.'], {labels: fff})).toEqual([{label: 'Summary', value: 'One.\n\nTwo.'}]);
	});

	test('in wrapped FanFicFare headers an unknown label after a wrapped line is text', () => {
		const wrapped = 'Summary: A lighthouse keeper argues with the tide about whose fault it was';
		expect(readHeaderEntries([wrapped, 'Notably: nobody won.', 'Rating: Mature'], {labels: fff, wrapped: true})).toEqual([
			{label: 'Summary', value: `${wrapped.slice(9)} Notably: nobody won.`},
			{label: 'Rating', value: 'Mature'},
		]);
	});
});

describe('AO3 labels', () => {
	test('singular and plural forms fill the same fields', () => {
		const singular = fields(['Archive Warning: Underage', 'Category: Gen', 'Fandom: A', 'Relationship: B/C', 'Character: B', 'Author: x']);
		const plural = fields(['Archive Warnings: Underage', 'Categories: Gen', 'Fandoms: A', 'Relationships: B/C', 'Characters: B', 'Authors: x']);
		expect(plural).toEqual(singular);
		expect(singular).toMatchObject({warnings: ['Underage'], categories: ['Gen'], fandoms: ['A'], relationships: ['B/C'], characters: ['B'], authors: ['x']});
	});

	test('labels match case-insensitively and keep their written form in extra', () => {
		expect(fields(['RATING: Explicit', 'kudos: 7', 'LANGUAGE: Deutsch'])).toMatchObject({rating: 'Explicit', language: 'Deutsch', extra: {kudos: '7'}});
	});

	test('known labels without a field, and unknown ones, go to extra as given', () => {
		const result = fields(['Words: 1,024', 'Comments: 3', 'Kudos: 10', 'Bookmarks: 2', 'Hits: 300', 'Completed: 2020-01-02', 'Beta: someone', 'Story URL: https://archiveofourown.org/works/42']);
		expect(result.extra).toEqual({
			Words: '1,024',
			Comments: '3',
			Kudos: '10',
			Bookmarks: '2',
			Hits: '300',
			Completed: '2020-01-02',
			Beta: 'someone',
			'Story URL': 'https://archiveofourown.org/works/42',
		});
	});

	test('a label named like an Object property is kept', () => {
		expect(fields(['Constructor: me', 'toString: you']).extra).toEqual({Constructor: 'me', toString: 'you'});
	});

	test('the Work ID comes from the label, else from an AO3 story URL', () => {
		expect(fields(['Work ID: 9', 'Story URL: https://archiveofourown.org/works/42']).id).toBe('9');
		expect(fields(['Story URL: https://archiveofourown.org/works/42']).id).toBe('42');
		expect(fields(['Title: t']).id).toBeNull();
	});

	test('updated is Updated, else Completed; published is Published', () => {
		expect(fields(['Published: 2020-01-01', 'Updated: 2020-02-02', 'Completed: 2020-03-03'])).toMatchObject({published: '2020-01-01', updated: '2020-02-02'});
		expect(fields(['Completed: 2020-03-03']).updated).toBe('2020-03-03');
		expect(fields(['Title: t'])).toMatchObject({published: null, updated: null});
	});

	test('empty scalar values are null and empty lists empty', () => {
		expect(fields(['Rating: ', 'Language:', 'Additional Tags: '])).toMatchObject({rating: null, language: null, tags: []});
	});

	test('repeated list labels add up without duplicates', () => {
		expect(fields(['Fandom: A', 'Fandoms: B, A']).fandoms).toEqual(['A', 'B']);
	});

	test('AO3 Category is categories', () => {
		expect(fields(['Category: F/M, Multi']).categories).toEqual(['F/M', 'Multi']);
	});
});

describe('status', () => {
	const status = (...lines: string[]) => fields(lines).status;

	test.each([
		[['Status: Completed', 'Chapters: 1/2'], 'complete'],
		[['Status: In Progress'], 'in-progress'],
		[['Status: In-Progress'], 'in-progress'],
		[['Status: Work in Progress', 'Chapters: 2/2'], 'in-progress'],
		[['Chapters: 2/2'], 'complete'],
		[['Chapters: 1/2'], 'in-progress'],
		[['Chapters: 5/?'], 'in-progress'],
		[['Status: Hiatus', 'Chapters: 3/3'], 'complete'],
		[['Completed: 2020-01-01'], 'complete'],
		[['Title: t'], 'unknown'],
	] as Array<[string[], string]>)('%j → %s', (lines, expected) => {
		expect(status(...lines)).toBe(expected);
	});
});

describe('FanFicFare labels', () => {
	test('Category holds fandoms, Genre holds tags and AO3 categories', () => {
		const result = fields(['Category: Some Fandom, Other Fandom', 'Genre: F/M, Angst, Gen, Alpha/Beta/Omega Dynamics, Multi'], fff);
		expect(result).toMatchObject({
			fandoms: ['Some Fandom', 'Other Fandom'],
			categories: ['F/M', 'Gen', 'Multi'],
			tags: ['Angst', 'Alpha/Beta/Omega Dynamics'],
		});
	});

	test('Warnings, Relationships, Characters, Status and a bare chapter count', () => {
		const result = fields(['Warnings: No Archive Warnings Apply', 'Relationships: A/B', 'Characters: A, B', 'Status: Completed', 'Chapters: 4'], fff);
		expect(result).toMatchObject({
			warnings: ['No Archive Warnings Apply'],
			relationships: ['A/B'],
			characters: ['A', 'B'],
			status: 'complete',
			chapters: {posted: 4, total: 4},
		});
	});

	test('an in-progress bare count has an unknown total', () => {
		expect(fields(['Status: In-Progress', 'Chapters: 4'], fff)).toMatchObject({status: 'in-progress', chapters: {posted: 4, total: null}});
	});

	test('a bare count without a status settles nothing', () => {
		expect(fields(['Chapters: 4'], fff)).toMatchObject({status: 'unknown', chapters: {posted: 4, total: null}});
	});

	test('Packaged, Publisher, Words and the URLs go to extra', () => {
		const entries: HeaderEntry[] = [
			{label: 'Packaged', value: '2024-01-01'},
			{label: 'Publisher', value: 'archiveofourown.org'},
			{label: 'Story URL', value: 'https://archiveofourown.org/works/77'},
			{label: 'Author URL', value: 'https://archiveofourown.org/users/x'},
		];
		const result = fieldsFromEntries(entries, fff);
		expect(result.id).toBe('77');
		expect(Object.keys(result.extra)).toEqual(['Packaged', 'Publisher', 'Story URL', 'Author URL']);
	});
});
