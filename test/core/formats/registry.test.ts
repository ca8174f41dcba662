import {describe, expect, it} from 'vitest';
import {chooseAdapter, isFicName, unsupportedReason} from '../../../source/core/formats/registry.js';

const text = new TextEncoder().encode('Title: A\nAuthor: B\n\nBody.');

describe('the format registry', () => {
	it('takes the names of every readable type and of the fic-like types it must explain, in any case', () => {
		for (const name of ['a.txt', 'a.TXT', 'x/a.epub', 'a.Html', 'a.htm', 'a.mobi', 'a.AZW3', 'a.pdf', 'a.azw', 'a.docx', 'a.fb2']) {
			expect(isFicName(name), name).toBe(true);
		}

		for (const name of ['cover.jpg', 'notes.md', 'txt', '.txt', 'a.txt.bak', 'a.epubx']) {
			expect(isFicName(name), name).toBe(false);
		}
	});

	it('says why a PDF, an AZW, a Word file or an FB2 is not read, and what to do', () => {
		expect(unsupportedReason('Some Work.pdf')).toBe('PDF is not supported yet; download EPUB or HTML');
		expect(unsupportedReason('a.AZW')).toMatch(/^AZW .*download EPUB/);
		expect(unsupportedReason('a.docx')).toMatch(/Word documents are not supported/);
		expect(unsupportedReason('a.fb2')).toMatch(/FictionBook/);
		expect(unsupportedReason('a.txt')).toBeNull();
		expect(chooseAdapter('a.pdf', new TextEncoder().encode('%PDF-1.4'))).toEqual({reason: 'PDF is not supported yet; download EPUB or HTML'});
	});

	it('reads a file by what it is when its name says otherwise', () => {
		const html = new TextEncoder().encode('<!DOCTYPE html>\n<html><head><title>Saved page</title></head><body><p>Text.</p></body></html>');
		expect(chooseAdapter('saved.txt', html)).toMatchObject({name: 'html'});
		const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('\0'.repeat(26) + 'mimetypeapplication/epub+zip')]);
		expect(chooseAdapter('renamed.html', zip)).toMatchObject({name: 'epub'});
		expect(chooseAdapter('story.epub', text)).toMatchObject({name: 'epub'});
	});

	it('reads a text file with the text adapter, empty or not (the adapter names the problem)', () => {
		expect(chooseAdapter('a.txt', text)).toMatchObject({name: 'text'});
		expect(chooseAdapter('a.txt', new Uint8Array())).toMatchObject({name: 'text'});
	});
});
