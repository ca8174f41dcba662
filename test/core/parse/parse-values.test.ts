import {describe, expect, test} from 'vitest';
import {parseChapters, parseSeries, parseStatus, splitList, statusFromChapters, workIdFromUrl} from '../../../source/core/parse/parse-values.js';

describe('splitList', () => {
	test('splits on ", " only, never on "/"', () => {
		expect(splitList('Alpha/Beta/Omega Dynamics, Hurt/Comfort, Found Family')).toEqual(['Alpha/Beta/Omega Dynamics', 'Hurt/Comfort', 'Found Family']);
	});

	test('keeps a comma without a space inside a tag', () => {
		expect(splitList('Rain,Thunder, Fog')).toEqual(['Rain,Thunder', 'Fog']);
	});

	test('an empty value is an empty list', () => {
		expect(splitList('')).toEqual([]);
		expect(splitList('   ')).toEqual([]);
	});

	test('trims items and drops empty ones', () => {
		expect(splitList(' One ,  , Two ')).toEqual(['One', 'Two']);
	});
});

describe('parseChapters', () => {
	test.each([
		['1/1', {posted: 1, total: 1}],
		['2/3', {posted: 2, total: 3}],
		['5/?', {posted: 5, total: null}],
		['1,024/?', {posted: 1024, total: null}],
		['1,024/2,048', {posted: 1024, total: 2048}],
		[' 12 / 40 ', {posted: 12, total: 40}],
	])('%s', (value, expected) => {
		expect(parseChapters(value, false)).toEqual(expected);
	});

	test('a bare count has a total only when the work is complete', () => {
		expect(parseChapters('3', true)).toEqual({posted: 3, total: 3});
		expect(parseChapters('3', false)).toEqual({posted: 3, total: null});
	});

	test.each(['', 'many', '1/2/3', '/3', '1.5/3', '3/'])('rejects %j', value => {
		expect(parseChapters(value, false)).toBeNull();
	});

	// Regression: 309 digits parsed as Infinity, which JSON writes as null.
	test('rejects a count too long to be one', () => {
		expect(parseChapters('1'.repeat(309) + '/1', false)).toBeNull();
		expect(parseChapters('1/' + '9'.repeat(20), false)).toBeNull();
		expect(parseChapters('123,456,789/?', false)).toEqual({posted: 123_456_789, total: null});
	});
});

describe('parseStatus', () => {
	test.each([
		['Completed', 'complete'],
		['Complete', 'complete'],
		['In Progress', 'in-progress'],
		['In-Progress', 'in-progress'],
		['Work in Progress', 'in-progress'],
		['in progress', 'in-progress'],
		['Hiatus', null],
		['', null],
	])('%j → %j', (value, expected) => {
		expect(parseStatus(value)).toBe(expected);
	});
});

describe('statusFromChapters', () => {
	test('all chapters posted is complete', () => {
		expect(statusFromChapters({posted: 2, total: 2})).toBe('complete');
	});

	test('fewer posted than planned, or an unknown total, is in progress', () => {
		expect(statusFromChapters({posted: 1, total: 2})).toBe('in-progress');
		expect(statusFromChapters({posted: 9, total: null})).toBe('in-progress');
	});
});

describe('parseSeries', () => {
	test('one part', () => {
		expect(parseSeries('Part 3 of Harbour Lights')).toEqual([{name: 'Harbour Lights', part: 3}]);
	});

	test('several parts joined by ", "', () => {
		expect(parseSeries('Part 1 of North, Part 12 of South')).toEqual([
			{name: 'North', part: 1},
			{name: 'South', part: 12},
		]);
	});

	test('a series name holding ", " stays whole', () => {
		expect(parseSeries('Part 2 of Salt, Smoke, and Sorrow, Part 1 of Ends')).toEqual([
			{name: 'Salt, Smoke, and Sorrow', part: 2},
			{name: 'Ends', part: 1},
		]);
	});

	test('without "Part" the part is null', () => {
		expect(parseSeries('Tidewater Stories')).toEqual([{name: 'Tidewater Stories', part: null}]);
	});

	test('FanFicFare writes "Name [N]"', () => {
		expect(parseSeries('Orchard Keepers [3]')).toEqual([{name: 'Orchard Keepers', part: 3}]);
	});

	test('an empty value has no series', () => {
		expect(parseSeries('')).toEqual([]);
	});
});

describe('workIdFromUrl', () => {
	test('reads the number after /works/', () => {
		expect(workIdFromUrl('https://archiveofourown.org/works/123456')).toBe('123456');
		expect(workIdFromUrl('https://archiveofourown.org/works/123456/chapters/99')).toBe('123456');
	});

	test('is null for other sites', () => {
		expect(workIdFromUrl('https://www.fanfiction.net/s/1234/1/')).toBeNull();
	});
});
