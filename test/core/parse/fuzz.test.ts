import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {ParsedWork} from '../../../source/core/parse/parse-work.js';
import {parseText} from '../../helpers/parse-text.js';
import {readFixture} from './read-fixture.js';

/** What must hold for any input, whatever its format; checked in plain code because `expect` per item is slow on huge outputs. */
function problemsOf({meta, body}: ParsedWork): string[] {
	const problems: string[] = [];
	if (body.paragraphs.some(paragraph => paragraph.trim() === '' || paragraph !== paragraph.trimEnd())) {
		problems.push('empty or untrimmed paragraph');
	}

	if (meta.toc.some(({paragraph}, index) => paragraph >= body.paragraphs.length || paragraph <= (meta.toc[index - 1]?.paragraph ?? -1))) {
		problems.push('toc out of order or out of the body');
	}

	const strings = [meta.title, ...meta.toc.map(entry => entry.title), ...meta.authors, ...meta.tags, ...meta.fandoms, ...Object.values(meta.extra)];
	if (strings.some(value => value !== value.trim())) {
		problems.push('untrimmed string');
	}

	if (!Number.isInteger(meta.words) || meta.words < 0) {
		problems.push('bad word count');
	}

	if (meta.chapters !== null && !Number.isFinite(meta.chapters.posted)) {
		problems.push('bad chapter count');
	}

	return problems;
}

function expectWellFormed(work: ParsedWork): void {
	expect(problemsOf(work)).toEqual([]);
}

// Pieces of every format, so that random text often looks almost like a real file.
const piece = fc.oneof(
	fc.constantFrom(
		'Title: ',
		'Work ID: 12',
		'Author: a, b',
		'Additional Tags: ',
		'Chapters: 1,024/?',
		'Chapters: 2/2',
		'Status: In-Progress',
		'Series: Part 1 of X, Part 2 of Y, Z',
		'Series: Name [3]',
		'Summary:',
		'Summary: text',
		'Notes:',
		'Work text:',
		'Chapter Text',
		'Chapter 1: Go',
		'Chapter 2',
		'TABLE OF CONTENTS',
		'by someone',
		'Category: F',
		'Genre: F/M, Gen, Tag',
		'Story URL: https://archiveofourown.org/works/77',
		'End file.',
		'\t',
		'    ',
		'        Indented',
		'  ',
		'\n',
		'\n\n',
		'\r\n',
		'\r',
		':',
		'-',
		'日本',
		'😀',
		'a'.repeat(80),
	),
	fc.string(),
	fc.string({unit: 'grapheme'}),
);

describe('parseWork never throws', () => {
	test('on any string', () => {
		fc.assert(
			fc.property(fc.string({unit: 'binary', maxLength: 400}), fc.string(), (text, fileName) => {
				expectWellFormed(parseText(text, fileName));
			}),
			{numRuns: 2000},
		);
	});

	test('on text assembled from the formats\' pieces', () => {
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 60}), fc.constantFrom('\n', ' ', ''), (pieces, glue) => {
				expectWellFormed(parseText(pieces.join(glue), 'x.txt'));
			}),
			{numRuns: 3000},
		);
	});

	test('on fixtures cut and spliced at random', () => {
		const texts = ['ao3-full-header.txt', 'fff-text.txt', 'ao3-chapter-text-markers.txt', 'plain-no-header.txt'].map(name => readFixture(name));
		fc.assert(
			fc.property(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.string(), (text, cut, length, insert) => {
				const at = cut % (text.length + 1);
				expectWellFormed(parseText(text.slice(0, at) + insert + text.slice(at + (length % 200)), 'x.txt'));
			}),
			{numRuns: 1500},
		);
	});

	test('on pathological shapes, quickly', () => {
		const shapes = [
			'-'.repeat(200_000),
			'Title: x\n' + 'y'.repeat(200_000),
			'Series: ' + '['.repeat(50_000),
			'Chapters: ' + '1'.repeat(50_000) + '/x',
			'T\nby a\n\nRating: M\n\n\nTABLE OF CONTENTS\n\n' + 'Same\n\n'.repeat(20_000),
			'\n'.repeat(200_000),
			'Chapter 1\n\n'.repeat(20_000),
			'Summary:\n\n' + 'Chapter Text\n\n'.repeat(10_000),
			'Title: x\nAdditional Tags: ' + 'tag, '.repeat(300_000) + '\n\nText.',
			'Title: x\nSeries: ' + 'Part 1 of S, '.repeat(100_000) + '\n\nText.',
		];
		// A pathological shape that went quadratic would hit the test's timeout.
		for (const text of shapes) expectWellFormed(parseText(text, 'x.txt'));
	});
});
