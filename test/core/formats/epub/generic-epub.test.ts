import {describe, expect, it} from 'vitest';
import {epubAdapter} from '../../../../source/core/formats/epub/epub-adapter.js';
import type {Listing, OpenedBody} from '../../../../source/core/formats/format-adapter.js';
import {makeEpub, type EpubChapter} from '../../../helpers/make-epub.js';
import {byteSource} from '../../../helpers/byte-source.js';

async function list(bytes: Uint8Array): Promise<Listing> {
	const listing = await epubAdapter.readListing(byteSource(bytes, 'Books/my-book.epub'));
	if (!listing.ok) throw new Error(listing.reason);
	return listing;
}

async function open(bytes: Uint8Array): Promise<OpenedBody> {
	const opened = await epubAdapter.openBody(byteSource(bytes));
	if (!opened.ok) throw new Error(opened.reason);
	return opened;
}

const chapters: EpubChapter[] = [
	{file: 'ch1.xhtml', title: 'The First', body: '<h1>Chapter One</h1><p>It was <span class="it">late</span>.</p><hr/><p>Then early.</p>'},
	{file: 'ch2.xhtml', title: 'The Second', body: '<p>No heading here, only text.</p>'},
];

describe('a generic EPUB', () => {
	it('lists its package metadata and the story words counted from its text', async () => {
		const {meta, identity} = await list(makeEpub({
			title: 'Garden Notes',
			creators: ['Ann Lee'],
			chapters,
			metadata: '<dc:description>&lt;p&gt;First.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</dc:description><dc:subject>Essays</dc:subject><dc:source>https://archiveofourown.org/works/123</dc:source>',
		}));
		expect(meta).toMatchObject({
			format: 'epub',
			id: '123',
			title: 'Garden Notes',
			authors: ['Ann Lee'],
			tags: ['Essays'],
			language: 'en',
			summary: 'First.\n\nSecond.',
			status: 'unknown',
			chapters: null,
			words: 10,
		});
		expect(identity()).toBe('epub:urn:uuid:12345678-1234-1234-1234-123456789abc\nGarden Notes');
	});

	it('names a book without a title after its file', async () => {
		expect((await list(makeEpub({chapters, title: null}))).meta.title).toBe('my-book');
	});

	it('opens its body with blocks, emphasis from the CSS, and a TOC pointing at headings', async () => {
		const {body, meta, rest} = await open(makeEpub({chapters}));
		expect(rest).toBeUndefined();
		expect(body.paragraphs).toEqual(['Chapter One', 'It was late.', '* * *', 'Then early.', 'The Second', 'No heading here, only text.']);
		expect(body.blocks?.map(block => block.kind)).toEqual(['heading', 'text', 'scene-break', 'text', 'heading', 'text']);
		expect(body.blocks?.[1]?.spans).toEqual([{start: 7, end: 11, style: 'italic'}]);
		expect(meta.toc).toEqual([{title: 'The First', paragraph: 0}, {title: 'The Second', paragraph: 4}]);
		// Story words only: headings and scene breaks do not count.
		expect(meta.words).toBe(10);
	});

	it('lists headings as the TOC of a book that has none', async () => {
		const {meta} = await open(makeEpub({chapters, toc: 'none'}));
		expect(meta.toc).toEqual([{title: 'Chapter One', paragraph: 0}]);
	});

	it('reads a long book a part at a time, the first part beginning the whole', async () => {
		const long = Array.from({length: 30}, (_, index): EpubChapter => ({
			file: `c${index}.xhtml`,
			title: `Part ${index + 1}`,
			body: `<h2>Part ${index + 1}</h2>${'<p>Words upon words, and more words after them.</p>'.repeat(40)}`,
		}));
		const opened = await open(makeEpub({chapters: long, toc: 'nav'}));
		expect(opened.rest).toBeDefined();
		const first = opened.body;
		expect(first.paragraphs.length).toBeLessThan(30 * 41);
		const rest = await opened.rest!();
		const whole = rest.body;
		expect(whole.paragraphs).toHaveLength(30 * 41);
		expect(whole.paragraphs.slice(0, first.paragraphs.length)).toEqual(first.paragraphs);
		expect(whole.blocks!.slice(0, first.blocks!.length)).toEqual(first.blocks);
		// The rest comes with the whole book's TOC and word count.
		expect(rest.meta.toc).toHaveLength(30);
		expect(rest.meta.toc[29]).toEqual({title: 'Part 30', paragraph: 29 * 41});
		expect(rest.meta.words).toBe(30 * 40 * 8);
		expect(await opened.rest!()).toBe(rest);
	});

	it('ends the body with a note when a later file cannot be read', async () => {
		const long = Array.from({length: 10}, (_, index): EpubChapter => ({
			file: `c${index}.xhtml`,
			body: '<p>Words upon words, and more words after them.</p>'.repeat(40),
		}));
		const bytes = makeEpub({chapters: long});
		// Damage the last chapter's deflated data, just after its local header's name.
		const text = Buffer.from(bytes);
		const at = text.indexOf(Buffer.from('OEBPS/c9.xhtml')) + 'OEBPS/c9.xhtml'.length + 4;
		text[at]! ^= 0xff;
		const opened = await open(new Uint8Array(text));
		const whole = (await opened.rest!()).body;
		expect(whole.paragraphs.at(-2)).toBe('ficread could not read the rest of this book:');
		expect(whole.blocks!.at(-2)).toEqual({kind: 'note', label: true});
		expect(whole.paragraphs.at(-1)).toMatch(/c9.xhtml/);
	});
});
