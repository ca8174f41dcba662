/**
 * The EPUB adapter on the real books in fixtures/formats: calibre's AO3
 * conversions of four template eras, FanFicFare's, generic EPUB 2 and 3, and
 * the hostile ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {epubAdapter} from '../../../../source/core/formats/epub/epub-adapter.js';
import type {FileSource, Listing, OpenedBody} from '../../../../source/core/formats/format-adapter.js';
import {readZipDirectory} from '../../../../source/core/formats/zip/zip-directory.js';
import {UNKNOWN_PARAGRAPH, type WorkBody} from '../../../../source/core/work.js';
import {byteSource} from '../../../helpers/byte-source.js';
import {repoRoot} from '../../parse/read-fixture.js';

function fixture(name: string): FileSource {
	return byteSource(new Uint8Array(fs.readFileSync(path.join(repoRoot, 'fixtures/formats', name))), path.basename(name));
}

async function list(name: string): Promise<Listing> {
	const listing = await epubAdapter.readListing(fixture(name));
	if (!listing.ok) throw new Error(listing.reason);
	return listing;
}

async function wholeBody(name: string): Promise<{opened: OpenedBody; whole: WorkBody}> {
	const opened = await epubAdapter.openBody(fixture(name));
	if (!opened.ok) throw new Error(opened.reason);
	return {opened, whole: opened.rest === undefined ? opened.body : (await opened.rest()).body};
}

/** The zip entries whose data a listing read, from the offsets it asked for. */
async function entriesRead(name: string): Promise<string[]> {
	const source = fixture(name);
	const offsets: number[] = [];
	const recording: FileSource = {...source, read: async (offset, length) => (offsets.push(offset), source.read(offset, length))};
	await epubAdapter.readListing(recording);
	const directory = await readZipDirectory(source);
	if (!directory.ok) throw new Error(directory.reason);
	// A book this small is read whole from offset 0 for its end record; the first entry there is `mimetype`, so it says nothing.
	return [...directory.entries.values()].filter(entry => entry.localHeaderOffset > 0 && offsets.includes(entry.localHeaderOffset)).map(entry => entry.name).sort();
}

const kinds = (body: WorkBody, from = 0, to = body.paragraphs.length) => body.blocks!.slice(from, to).map(block => block.kind);

describe('AO3 EPUBs (calibre)', () => {
	it('lists the preface metadata, words from Stats', async () => {
		const {meta, identity} = await list('ao3/ao3-2022-chaptered.epub');
		expect(meta).toMatchObject({
			format: 'ao3-epub',
			id: '38211456',
			title: 'The Cartographer\'s Three Winters',
			authors: ['inkwell_wanderer'],
			rating: 'Teen And Up Audiences',
			categories: ['F/M'],
			fandoms: ['The Inkwell Road (Novels)'],
			tags: ['Slow Burn', 'Winter', 'Maps', 'Found Family', 'Alpha/Beta/Omega Dynamics'],
			language: 'English',
			status: 'complete',
			chapters: {posted: 3, total: 3},
			published: '2022-07-01',
			words: 510,
			summary: 'Three winters, three maps, one road that refuses to stay where Tamsin draws it.',
		});
		expect(identity()).toBe('epub:e7b80487-2605-4cc9-b290-498e5c36a157\nThe Cartographer\'s Three Winters');
	});

	it('reads no chapter file for the listing: only the structure and the two preface files', async () => {
		expect(await entriesRead('ao3/ao3-2022-chaptered.epub')).toEqual([
			'META-INF/container.xml',
			'The_Cartographers_Three_split_000.xhtml',
			'The_Cartographers_Three_split_001.xhtml',
			'content.opf',
			'toc.ncx',
		]);
	});

	it('opens with the Summary and Notes as note groups, chapters as headings in the TOC, boilerplate dropped', async () => {
		const {opened, whole} = await wholeBody('ao3/ao3-2022-chaptered.epub');
		expect(whole.paragraphs.slice(0, 5)).toEqual([
			'Summary:',
			'Three winters, three maps, one road that refuses to stay where Tamsin draws it.',
			'Notes:',
			'The A/B/O tag is a joke that only makes sense in chapter three. Nothing explicit happens, I promise.',
			'The First Winter',
		]);
		expect(kinds(whole, 0, 5)).toEqual(['note', 'note', 'note', 'note', 'heading']);
		expect(opened.meta.toc).toEqual([
			{title: 'The First Winter', paragraph: 4},
			{title: 'Chapter 2', paragraph: 21},
			{title: 'The Third Winter', paragraph: 34},
		]);
		const text = whole.paragraphs.join('\n');
		for (const boilerplate of ['Posted originally', 'Rating:', 'Stats:', 'Preface', 'Afterword', 'drop by the', 'See the end of']) {
			expect(text).not.toContain(boilerplate);
		}

		expect(whole.paragraphs.slice(-2)).toEqual(['End Notes:', 'This was written for a friend who asked for "snow, but make it administrative." I hope it delivers.']);
		expect(whole.paragraphs[11]!.slice(58, 62)).toBe('this');
		expect(whole.blocks![11]!.spans).toEqual([{start: 58, end: 62, style: 'bold'}]);
	});

	it('joins a chapter calibre split in files back into one, and reads it a part at a time', async () => {
		const {opened, whole} = await wholeBody('ao3/ao3-2025-long-chapter.epub');
		expect(opened.rest).toBeDefined();
		expect(whole.paragraphs.slice(0, opened.body.paragraphs.length)).toEqual(opened.body.paragraphs);
		expect(opened.meta.toc.map(entry => entry.title)).toEqual(['Chapter 1: Morning', 'Chapter 2: The Whole of the Day']);
		const chapterTwo = opened.meta.toc[1]!.paragraph;
		// From the second chapter's heading to the end, the split files go on as the story: no heading, no note.
		expect(kinds(whole, chapterTwo + 1).filter(kind => kind !== 'text' && kind !== 'scene-break')).toEqual([]);
		const split = whole.paragraphs.indexOf('A grey heron carried somebody else’s umbrella without a word. The night ferry carried three spare candles until the lamps were lit. The ledger listened to the tide tables as if nothing had happened. The night ferry forgot about the tide tables as if nothing had happened. The weather argued with the long winter as if nothing had happened. Every lamp on the quay counted the harbour bell until the lamps were lit. The ledger counted the long winter and then, carefully, did it again.');
		expect(split).toBeGreaterThan(chapterTwo);
		expect(whole.paragraphs[split - 1]).toMatch(/^The night ferry carried a bundle of letters as if nothing had happened/);
		expect(opened.meta.words).toBe(50_175);
	});

	it('reads a 2018 one-shot: preface without ids, text and end notes in one file', async () => {
		const {opened, whole} = await wholeBody('ao3/ao3-2018-oneshot.epub');
		expect(opened.meta).toMatchObject({format: 'ao3-epub', id: '15001234', title: 'Salt on the Windowsill', authors: ['tidepool_writer'], toc: []});
		expect(kinds(whole, 0, 5)).toEqual(['note', 'note', 'note', 'note', 'text']);
		expect(whole.paragraphs[4]).toMatch(/^The lamp went out at ten past nine/);
		expect(whole.paragraphs.slice(-2)).toEqual(['End Notes:', 'Thank you for reading! The song Idris hums is made up; please do not go looking for it.']);
		expect(whole.paragraphs.join('\n')).not.toContain('Works inspired by');
	});

	it('reads a work in progress, its co-creators and its series from the preface', async () => {
		const {meta} = await list('ao3/ao3-2024-wip.epub');
		expect(meta).toMatchObject({status: 'in-progress', chapters: {posted: 2, total: null}, series: [{name: 'Rooms With Windows', part: 2}], words: 1036});
		// The byline's two creators, not the author of the work this one was inspired by.
		expect(meta.authors).toEqual(['Lanternfish (deepwater_lanternfish)', 'sparrowhawk (quiet_sparrow)']);
	});
});

describe('FanFicFare EPUBs', () => {
	it('lists the title page metadata', async () => {
		const {meta} = await list("fff/The Cartographer's Three Winters-ao3_38211456.epub");
		expect(meta).toMatchObject({
			format: 'fff-epub',
			id: '38211456',
			title: 'The Cartographer\'s Three Winters',
			authors: ['inkwell_wanderer'],
			fandoms: ['The Inkwell Road (Novels)'],
			status: 'complete',
			words: 510,
		});
	});

	it('reads the chapter files with their headings, leaving out the title and TOC pages', async () => {
		const {opened, whole} = await wholeBody('fff/A Field Guide to Quiet Rooms-ao3_52840117.epub');
		expect(opened.meta.format).toBe('fff-epub');
		expect(opened.meta.toc.map(entry => entry.title)).toEqual(['1. Entry Hall', '2. The Map Room, Which Is Also a Kitchen']);
		expect(whole.paragraphs[0]).toBe('Summary:');
		const text = whole.paragraphs.join('\n');
		expect(text).not.toContain('Packaged:');
		expect(text).not.toContain('Table of Contents');
	});
});

describe('the listing\'s table of contents', () => {
	it.each([
		'ao3/ao3-2022-chaptered.epub',
		'ao3/ao3-2024-wip.epub',
		'ao3/ao3-2025-complete.epub',
		'ao3/ao3-2025-long-chapter.epub',
		'ao3/ao3-2018-oneshot.epub',
		"fff/The Cartographer's Three Winters-ao3_38211456.epub",
		'fff/A Field Guide to Quiet Rooms-ao3_52840117.epub',
	])('names the chapters of %s as the opened body does, reading none of them', async name => {
		const {meta} = await list(name);
		const opened = await epubAdapter.openBody(fixture(name));
		if (!opened.ok) throw new Error(opened.reason);
		const whole = opened.rest === undefined ? opened.meta : (await opened.rest()).meta;
		expect(meta.toc.map(entry => entry.title)).toEqual(whole.toc.map(entry => entry.title));
		expect(meta.toc.every(entry => entry.paragraph === UNKNOWN_PARAGRAPH)).toBe(true);
		expect(meta.toc.length).toBe(name.includes('oneshot') ? 0 : meta.chapters?.posted);
	});
});

describe('generic EPUBs', () => {
	it('reads an EPUB 3 with a nav document', async () => {
		const {opened} = await wholeBody('generic/epub3-nav.epub');
		expect(opened.meta).toMatchObject({format: 'epub', title: 'A Year on Plot Twenty-Two', tags: ['Gardening', 'Essays'], extra: {Publisher: 'Small Hours Press'}});
		expect(opened.meta.toc.map(entry => entry.title)).toEqual(['The Allotment in March', 'Bees, Briefly', 'What the Frost Took']);
	});

	it('reads an EPUB 2 with only an NCX', async () => {
		const {meta} = await list('generic/epub2-ncx-only.epub');
		expect(meta).toMatchObject({format: 'epub', title: 'Two Letters From the Allotment', authors: ['Agnes Whitlow'], language: 'en-GB'});
	});
});

describe('hostile EPUBs', () => {
	it.each([
		['hostile/not-a-zip.epub', /not a zip/],
		['hostile/truncated.epub', /not a zip|corrupt/],
		['hostile/corrupt-central-directory.epub', /corrupt zip/],
		['hostile/zip-bomb.epub', /too large/],
		['hostile/encrypted-entry.epub', /encrypted/],
		['hostile/drm-encryption-xml.epub', /^DRM-protected EPUB/],
	])('refuses %s with a reason', async (name, reason) => {
		const listing = await epubAdapter.readListing(fixture(name));
		const opened = await epubAdapter.openBody(fixture(name));
		expect(listing).toEqual({ok: false, reason: expect.stringMatching(reason)});
		expect(opened).toEqual({ok: false, reason: expect.stringMatching(reason)});
	});

	it('expands no entity of a DTD', async () => {
		const {opened, whole} = await wholeBody('hostile/entity-expansion.epub');
		expect(opened.meta.title).toBe('&lol9;');
		expect(whole.paragraphs.join('').length).toBeLessThan(100);
	});

	it('lets no escape sequence or control through, in metadata or text', async () => {
		const {opened, whole} = await wholeBody('hostile/escape-sequences-fff.epub');
		const strings = [JSON.stringify(opened.meta), ...whole.paragraphs];
		for (const text of strings) {
			expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		}

		expect(opened.meta.notes).toContain('escapes-removed');
	});
});
