/** The HTML adapter over the committed format fixtures (fixtures/formats/README.md says what each exercises). */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import type {Listing, OpenedBody} from '../../../../source/core/formats/format-adapter.js';
import {htmlAdapter} from '../../../../source/core/formats/html/html-adapter.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {UNSAFE} from '../block-lines.js';

function source(name: string) {
	return memoryFileSource(readFileSync(`fixtures/formats/${name}`), name);
}

async function list(name: string): Promise<Listing> {
	const listing = await htmlAdapter.readListing(source(name));
	if (!listing.ok) throw new Error(listing.reason);
	return listing;
}

async function open(name: string): Promise<OpenedBody> {
	const opened = await htmlAdapter.openBody(source(name));
	if (!opened.ok) throw new Error(opened.reason);
	return opened;
}

const boilerplate = /Posted originally|Works inspired by|drop by the archive|See the end of the|^Preface$|^Afterword$/i;

function everyString({meta, body}: OpenedBody): string[] {
	return [meta.title, meta.summary ?? '', ...meta.authors, ...meta.tags, ...meta.fandoms, ...meta.relationships, ...meta.characters, ...Object.values(meta.extra), ...meta.toc.map(entry => entry.title), ...body.paragraphs];
}

const eras = [
	{name: 'ao3/ao3-2018-oneshot.html', id: '15001234', words: 449, toc: []},
	{name: 'ao3/ao3-2022-chaptered.html', id: '38211456', words: 510, toc: ['The First Winter', 'Chapter 2', 'The Third Winter']},
	{name: 'ao3/ao3-2024-wip.html', id: '52840117', words: 1036, toc: ['Entry Hall', 'The Map Room, Which Is Also a Kitchen']},
	{name: 'ao3/ao3-2025-complete.html', id: '71234567', words: 389, toc: ['Chapter 1: The Toll', 'Chapter 2']},
	{name: 'ao3/ao3-2025-long-chapter.html', id: '71299999', words: 50_175, toc: ['Chapter 1: Morning', 'Chapter 2: The Whole of the Day']},
];

describe('AO3 HTML downloads of every era', () => {
	for (const {name, id, words, toc} of eras) {
		test(`${name}: listed from the preface, opened with a story-only word count that matches AO3's`, async () => {
			expect((await list(name)).meta).toMatchObject({format: 'ao3-html', id, words});
			const opened = await open(name);
			expect(opened.meta).toMatchObject({format: 'ao3-html', id, words});
			expect(opened.meta.toc.map(entry => entry.title)).toEqual(toc);
			expect(opened.body.blocks).toHaveLength(opened.body.paragraphs.length);
			expect(opened.body.paragraphs[0]).toBe('Summary:');
			expect(opened.body.paragraphs.filter(paragraph => boilerplate.test(paragraph))).toEqual([]);
			for (const {paragraph, title} of opened.meta.toc) {
				expect(opened.body.paragraphs[paragraph]).toBe(title);
				expect(opened.body.blocks![paragraph]!.kind).toBe('heading');
			}
		});
	}

	test('2018: no preface div, singular raw labels, an http link, end notes without an afterword div', async () => {
		const {meta, body} = await open('ao3/ao3-2018-oneshot.html');
		expect(meta).toMatchObject({title: 'Salt on the Windowsill', authors: ['tidepool_writer'], warnings: ['Choose Not To Use Archive Warnings'], characters: ['Maren Holt', 'Idris Vale'], language: null});
		expect(body.paragraphs.slice(-2)).toEqual(['End Notes:', 'Thank you for reading! The song Idris hums is made up; please do not go looking for it.']);
		expect(body.blocks!.filter(block => block.kind === 'scene-break')).toHaveLength(2);
		expect(body.paragraphs).toContain('[image: A pencil sketch of a lighthouse on a rock, with one window lit.]');
	});

	test('2024: two creators, plural labels, a series part, collections, a work in progress', async () => {
		const {meta} = await list('ao3/ao3-2024-wip.html');
		expect(meta).toMatchObject({
			authors: ['Lanternfish (deepwater_lanternfish)', 'sparrowhawk (quiet_sparrow)'],
			categories: ['Gen', 'M/M'],
			relationships: ['Idris Vale/Oren Calloway', 'Maren Holt & Tamsin Reed'],
			series: [{name: 'Rooms With Windows', part: 2}],
			status: 'in-progress',
			chapters: {posted: 2, total: null},
			extra: {Collections: 'Winter Crossover Exchange 2024', Words: '1,036'},
		});
	});

	test('2025: https, a reference in the title, a lone end-notes link makes no Notes group', async () => {
		const {meta, body} = await open('ao3/ao3-2025-complete.html');
		expect(meta).toMatchObject({title: 'The Toll-Keeper\'s Lantern', status: 'complete', chapters: {posted: 2, total: 2}, updated: '2026-01-04'});
		expect(body.paragraphs).not.toContain('Notes:');
	});

	test('the long work is listed without reading its chapters', async () => {
		const file = source('ao3/ao3-2025-long-chapter.html');
		await htmlAdapter.readListing(file);
		expect(file.furthest).toBeLessThan(file.size / 4);
	});
});

describe('FanFicFare HTML output', () => {
	test('reads the title table, the chapters behind their anchors, and the notes', async () => {
		const name = 'fff/The Toll-Keeper\'s Lantern-ao3_71234567.html';
		const {meta, body} = await open(name);
		expect(meta).toMatchObject({format: 'fff-html', id: '71234567', title: 'The Toll-Keeper\'s Lantern', authors: ['wrenfeather'], fandoms: ['Pellory Bridge (Video Game)'], categories: ['F/F'], words: 389});
		expect(meta.toc.map(entry => entry.title)).toEqual(['1. The Toll', '2. Chapter 2']);
		expect(body.paragraphs).not.toContain('Table of Contents');
		expect((await list(name)).meta.format).toBe('fff-html');
	});
});

describe('hostile HTML', () => {
	test('billion laughs: no entity expanded, no script or style text shown', async () => {
		const opened = await open('hostile/billion-laughs.html');
		const strings = everyString(opened);
		expect(strings.some(text => /lollol|MUST NOT BE SHOWN|alert|for \(;;\)/.test(text))).toBe(false);
		expect(opened.meta.title).toBe('&lol9;');
		expect(opened.body.paragraphs).toContain('The last real paragraph.');
	});

	test('escape sequences, raw and as references, never reach a string, and the notes say so', async () => {
		const opened = await open('hostile/escape-sequences.html');
		expect(everyString(opened).filter(text => UNSAFE.test(text))).toEqual([]);
		expect(opened.meta.notes).toEqual(expect.arrayContaining(['escapes-removed']));
		expect(opened.body.paragraphs).toContain('A quiet paragraph with nothing wrong in it, so a reader can show that the good text survives.');
		const listing = await list('hostile/escape-sequences.html');
		expect([listing.meta.title, ...listing.meta.authors, ...listing.meta.tags, listing.meta.summary ?? ''].filter(text => UNSAFE.test(text))).toEqual([]);
	});
});
