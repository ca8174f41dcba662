/**
 * The real thing: AO3 downloads made by calibre the way AO3 makes them
 * (fixtures/formats/ao3), read as MOBI 6 and as AZW3, and compared with the
 * HTML each was made from, read by the shared AO3 reader.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {readAo3Work} from '../../../../source/core/formats/ao3/read-ao3-work.js';
import type {OpenedBody} from '../../../../source/core/formats/format-adapter.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {mobiAdapter} from '../../../../source/core/formats/mobi/mobi-adapter.js';
import {openMobiBook} from '../../../../source/core/formats/mobi/open-mobi-book.js';
import {readKf8Files} from '../../../../source/core/formats/mobi/read-kf8.js';
import {readText} from '../../../../source/core/formats/mobi/read-text.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {buildMobi} from '../../../helpers/mobi/build-mobi.js';

const folder = new URL('../../../../fixtures/formats/ao3/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, folder)));

async function openFixture(name: string): Promise<OpenedBody> {
	const result = await mobiAdapter.openBody(memoryFileSource(fixture(name), name));
	if (!result.ok) {
		throw new Error(result.reason);
	}

	return result;
}

const htmlWork = (name: string) => readAo3Work(parseMarkup(readFileSync(new URL(`${name}.html`, folder), 'utf8')));

describe.each(['mobi', 'azw3'])('AO3 %s fixtures', extension => {
	test('a chaptered work: metadata, Work ID, chapter headings, notes, italics', async () => {
		const {meta, body} = await openFixture(`ao3-2022-chaptered.${extension}`);
		expect(meta).toMatchObject({
			format: `ao3-${extension}`,
			id: '38211456',
			title: 'The Cartographer\'s Three Winters',
			authors: ['inkwell_wanderer'],
			rating: 'Teen And Up Audiences',
			fandoms: ['The Inkwell Road (Novels)'],
			relationships: ['Tamsin Reed/Oren Calloway'],
			tags: ['Slow Burn', 'Winter', 'Maps', 'Found Family', 'Alpha/Beta/Omega Dynamics'],
			language: 'English',
			status: 'complete',
			chapters: {posted: 3, total: 3},
			published: '2022-07-01',
			summary: 'Three winters, three maps, one road that refuses to stay where Tamsin draws it.',
			encoding: 'utf-8',
		});
		expect(meta.toc.map(entry => entry.title)).toEqual(['The First Winter', 'Chapter 2', 'The Third Winter']);
		for (const {title, paragraph} of meta.toc) {
			expect(body.paragraphs[paragraph]).toBe(title);
			expect(body.blocks?.[paragraph]?.kind).toBe('heading');
		}

		const italic = body.paragraphs.findIndex(paragraph => paragraph.startsWith('"Not yet."'));
		expect(body.blocks?.[italic]?.spans).toEqual([{start: 5, end: 8, style: 'italic'}]);
		expect(body.paragraphs).toContain('Chapter End Notes:');
		// Neither calibre's table of contents nor AO3's plea to comment is the work.
		expect(body.paragraphs.join('\n')).not.toMatch(/Table of Contents|drop by the archive/i);
		// What AO3's Stats say.
		expect(meta.words).toBe(510);
	});

	test('a work in progress with co-creators and a series', async () => {
		const {meta} = await openFixture(`ao3-2024-wip.${extension}`);
		// The byline's co-creators, not the creator of the work this one is inspired by.
		expect(meta.authors).toEqual(['Lanternfish (deepwater_lanternfish)', 'sparrowhawk (quiet_sparrow)']);
		expect(meta.status).toBe('in-progress');
		expect(meta.chapters?.total).toBeNull();
		expect(meta.series.length).toBeGreaterThan(0);
	});

	test.each(['ao3-2018-oneshot', 'ao3-2022-chaptered', 'ao3-2024-wip', 'ao3-2025-complete'])('%s: the listing agrees with the body, and every fixture has its Work ID', async name => {
		const listing = await mobiAdapter.readListing(memoryFileSource(fixture(`${name}.${extension}`), name));
		const {meta} = await openFixture(`${name}.${extension}`);
		expect(listing.ok).toBe(true);
		expect(meta.id).toMatch(/^\d+$/);
		const {toc, words, ...listed} = listing.ok ? listing.meta : meta;
		const {toc: _toc, words: _words, ...whole} = meta;
		expect(listed).toEqual(whole);
		// The listing takes the preface's stated count, which the body's count equals.
		expect(words).toBe(meta.words);
	});
});

describe('AO3 AZW3 reads as the HTML it was made from', () => {
	test.each(['ao3-2018-oneshot', 'ao3-2022-chaptered', 'ao3-2024-wip', 'ao3-2025-complete'])('%s', async name => {
		const {body, meta} = await openFixture(`${name}.azw3`);
		const html = htmlWork(name);
		expect(body).toEqual(html.body);
		expect(meta.toc).toEqual(html.toc);
	});
});

describe('AO3 MOBI 6 reads as the HTML it was made from', () => {
	test.each(['ao3-2022-chaptered', 'ao3-2025-complete'])('%s', async name => {
		const {body} = await openFixture(`${name}.mobi`);
		expect(body).toEqual(htmlWork(name).body);
	});

	test.each(['ao3-2018-oneshot', 'ao3-2024-wip'])('%s, but for its image\'s description, which calibre\'s MOBI 6 drops', async name => {
		const {body, meta} = await openFixture(`${name}.mobi`);
		const html = htmlWork(name);
		const image = html.body.paragraphs.findIndex(paragraph => paragraph.startsWith('[image: '));
		expect(body.paragraphs[image]).toBe('[image]');
		const without = (paragraphs: string[]) => paragraphs.filter((_, index) => index !== image);
		expect({...body, paragraphs: without(body.paragraphs)}).toEqual({...html.body, paragraphs: without(html.body.paragraphs)});
		expect(meta.words).toBe(html.storyWords);
	});

	test('a one-shot from before 2019, whose text shares the title\'s part', async () => {
		const {body, meta} = await openFixture('ao3-2018-oneshot.mobi');
		expect(meta.toc).toEqual([]);
		expect(body.blocks?.slice(0, 4).map(block => block.kind)).toEqual(['note', 'note', 'note', 'note']);
		expect(body.paragraphs[4]).toMatch(/^The lamp went out/);
		expect(body.blocks?.[4]?.spans).toEqual([{start: 110, end: 118, style: 'italic'}]);
		expect(body.paragraphs.slice(-2)).toEqual(['End Notes:', 'Thank you for reading! The song Idris hums is made up; please do not go looking for it.']);
	});
});

describe('an AO3 MOBI listing', () => {
	test('reads the preface, not the whole book', async () => {
		// The chaptered fixture's stream with two hundred more chapters, stored uncompressed (the test compressor is slow).
		const book = await openMobiBook(memoryFileSource(fixture('ao3-2022-chaptered.mobi')));
		const stream = new TextDecoder().decode(await readText(book.pdb, book));
		const chapter = stream.slice(stream.indexOf('<mbp:pagebreak></mbp:pagebreak><p height="1em" width="0pt" align="center"><font size="5"><b>Chapter 2'), stream.indexOf('<mbp:pagebreak></mbp:pagebreak><p height="1em" width="0pt" align="center"><font size="5"><b>The Third'));
		const afterword = stream.lastIndexOf('<mbp:pagebreak></mbp:pagebreak><p height="1em" width="0pt"> </p>');
		const long = stream.slice(0, afterword) + chapter.repeat(200) + stream.slice(afterword, stream.indexOf('<mbp:pagebreak/>')) + '</body></html>';
		const source = memoryFileSource(buildMobi({text: long, compression: 1, exth: [[503, 'Long']]}));
		const listing = await mobiAdapter.readListing(source);
		expect(listing.ok && listing.meta).toMatchObject({id: '38211456', title: 'The Cartographer\'s Three Winters', words: 510});
		expect(source.bytesRead).toBeLessThan(source.size / 5);
		const opened = await mobiAdapter.openBody(memoryFileSource(buildMobi({text: long, compression: 1})));
		expect(opened.ok && opened.meta.toc.length).toBe(203);
	});

	test('of an AZW3 reads the preface\'s files, not the whole book', async () => {
		// The chaptered fixture's files, its second chapter two hundred times over, each file stored whole as a skeleton.
		const {files} = await readKf8Files(await openMobiBook(memoryFileSource(fixture('ao3-2022-chaptered.azw3'))));
		const texts = files.map(file => new TextDecoder().decode(file));
		const long = [...texts.slice(0, 3), ...Array.from({length: 200}, () => texts[3]!), ...texts.slice(4)];
		const source = memoryFileSource(buildMobi({kf8: {files: long.map(skeleton => ({skeleton, fragments: []}))}, compression: 1}), 'long.azw3');
		const listing = await mobiAdapter.readListing(source);
		expect(listing.ok && listing.meta).toMatchObject({format: 'ao3-azw3', id: '38211456', words: 510, chapters: {posted: 3, total: 3}});
		expect(source.bytesRead).toBeLessThan(source.size / 5);
	});
});
