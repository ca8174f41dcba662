/**
 * EPUB behind the format interface: AO3's downloads (`ao3-epub`),
 * FanFicFare's (`fff-epub`) and any other (`epub`). See `read-epub.ts` for
 * what each step reads.
 */
import type {FormatAdapter} from '../format-adapter.js';
import {guarded} from '../guard-step.js';
import {listEpub, openEpubBody} from './read-epub.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MIMETYPE_NAME = 'mimetype';
const EPUB_MIMETYPE = 'application/epub+zip';
const encoder = new TextEncoder();

function bytesAt(head: Uint8Array, offset: number, expected: Uint8Array | readonly number[]): boolean {
	if (head.length < offset + expected.length) return false;
	for (let index = 0; index < expected.length; index++) {
		if (head[offset + index] !== expected[index]) return false;
	}

	return true;
}

/**
 * A zip, and when its first entry is the `mimetype` the EPUB standard puts
 * there (stored, at offset 30), one that says `application/epub+zip`. Books
 * zipped by hand without it are still zips worth trying.
 */
function recognise(head: Uint8Array): boolean {
	if (!bytesAt(head, 0, ZIP_MAGIC)) return false;
	if (!bytesAt(head, 30, encoder.encode(MIMETYPE_NAME))) return true;
	const nameLength = head[26]! | (head[27]! << 8);
	const extraLength = head[28]! | (head[29]! << 8);
	return nameLength !== MIMETYPE_NAME.length || bytesAt(head, 30 + nameLength + extraLength, encoder.encode(EPUB_MIMETYPE));
}

export const epubAdapter: FormatAdapter = {
	name: 'epub',
	extensions: ['epub'],
	recognise,
	readListing: guarded('could not read EPUB', listEpub),
	openBody: guarded('could not read EPUB', openEpubBody),
};
