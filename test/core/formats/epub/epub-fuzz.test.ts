import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {epubAdapter} from '../../../../source/core/formats/epub/epub-adapter.js';
import {makeEpub} from '../../../helpers/make-epub.js';
import {byteSource} from '../../../helpers/byte-source.js';
import {repoRoot} from '../../parse/read-fixture.js';

const generic = makeEpub({
	chapters: Array.from({length: 4}, (_, index) => ({
		file: `c${index}.xhtml`,
		title: `Chapter ${index + 1}`,
		body: `<h2>Chapter ${index + 1}</h2>${'<p>Some <i>words</i> and <b>more</b> of them.</p>'.repeat(60)}`,
	})),
});
/** Real books: AO3's (calibre's split files) and FanFicFare's. */
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(repoRoot, 'fixtures/formats', name)));
const ao3 = fixture('ao3/ao3-2022-chaptered.epub');
const fff = fixture("fff/The Cartographer's Three Winters-ao3_38211456.epub");

/** Everything a damaged book may do: be refused with a reason, or read; never throw, never reject. */
async function readAll(bytes: Uint8Array): Promise<string[]> {
	const problems: string[] = [];
	const source = byteSource(bytes);
	epubAdapter.recognise(bytes.subarray(0, 4096));
	const listing = await epubAdapter.readListing(source);
	if (!listing.ok && (typeof listing.reason !== 'string' || listing.reason === '')) problems.push('listing refused without a reason');
	const opened = await epubAdapter.openBody(source);
	if (!opened.ok) {
		if (typeof opened.reason !== 'string' || opened.reason === '') problems.push('body refused without a reason');
		return problems;
	}

	const {body: whole, meta} = opened.rest === undefined ? opened : await opened.rest();
	if (whole.blocks?.length !== whole.paragraphs.length) problems.push('blocks and paragraphs differ in length');
	if (opened.body.paragraphs.some((paragraph, index) => whole.paragraphs[index] !== paragraph)) problems.push('first part does not begin the whole');
	if (meta.toc.some(entry => whole.blocks?.[entry.paragraph]?.kind !== 'heading')) problems.push('toc entry not at a heading');
	return problems;
}

describe.each([['generic', generic], ['AO3', ao3], ['FanFicFare', fff]])('a damaged %s EPUB', (_, book) => {
	test('random bit flips never throw out of the adapter', async () => {
		await fc.assert(fc.asyncProperty(fc.array(fc.nat({max: book.length * 8 - 1}), {minLength: 1, maxLength: 8}), async flips => {
			const bytes = book.slice();
			for (const bit of flips) bytes[bit >> 3]! ^= 1 << (bit & 7);
			expect(await readAll(bytes)).toEqual([]);
		}), {numRuns: 150});
	});

	test('truncation anywhere never throws out of the adapter', async () => {
		await fc.assert(fc.asyncProperty(fc.nat({max: book.length}), async length => {
			expect(await readAll(book.slice(0, length))).toEqual([]);
		}), {numRuns: 100});
	});

	test('random bytes spliced in never throw out of the adapter', async () => {
		await fc.assert(fc.asyncProperty(fc.nat({max: book.length}), fc.uint8Array({minLength: 1, maxLength: 64}), async (at, noise) => {
			const bytes = book.slice();
			bytes.set(noise.subarray(0, bytes.length - at), at);
			expect(await readAll(bytes)).toEqual([]);
		}), {numRuns: 100});
	});
});

test('random bytes are refused with a reason', async () => {
	await fc.assert(fc.asyncProperty(fc.uint8Array({maxLength: 4096}), async bytes => {
		const zipLike = bytes.length >= 4 ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
		expect(await readAll(zipLike)).toEqual([]);
		expect((await epubAdapter.readListing(byteSource(zipLike))).ok).toBe(false);
	}), {numRuns: 100});
});
