import type {FileSource} from '../format-adapter.js';
import {fail} from './mobi-error.js';
import {EXTH, type Exth, exthNumber} from './read-exth.js';
import {type MobiHeader, NO_INDEX, readMobiHeader} from './read-mobi-header.js';
import {type Pdb, readPdb} from './read-pdb.js';
import {hasTag} from './read-bytes.js';

/**
 * A MOBI-family book opened far enough to read its text: which of its parts
 * ficread reads, and the metadata of record 0.
 *
 * - `mobi6`: a MOBI 6 book (AO3's `.mobi`): one HTML stream.
 * - `kf8`: a KF8 book (`.azw3`), or the KF8 half of a combined MOBI 6 + KF8
 *   file (kindlegen's `.mobi`), whose KF8 header follows a `BOUNDARY` record
 *   named by EXTH 121. KF8 keeps the source's ids and classes, so it is
 *   preferred when a file has both.
 */
export type MobiBook = {
	pdb: Pdb;
	part: 'mobi6' | 'kf8';
	/** Whether the file holds only KF8: an `.azw3`. */
	standaloneKf8: boolean;
	/** The header of the part read, and its record number. */
	header: MobiHeader;
	headerRecord: number;
	/** Record 0's EXTH and full name: the book's metadata. */
	exth: Exth;
	fullName: Uint8Array;
	encoding: number;
};

/** `BOOKMOBI` at offset 60 of a Palm database. */
export function isMobiHead(head: Uint8Array): boolean {
	return hasTag(head, 60, 'BOOKMOBI');
}

export async function openMobiBook(file: FileSource): Promise<MobiBook> {
	const pdb = await readPdb(file);
	if (pdb.ident !== 'BOOKMOBI') {
		fail('not a MOBI book (no BOOKMOBI signature)');
	}

	const first = readMobiHeader(await pdb.read(0));
	const book = {pdb, exth: first.exth, fullName: first.fullName, encoding: first.encoding};
	if (first.version === 8) {
		if (first.kf8 === null) {
			fail('corrupt KF8 book (no skeleton index)');
		}

		return {...book, part: 'kf8', standaloneKf8: true, header: first, headerRecord: 0};
	}

	const boundary = exthNumber(first.exth, EXTH.kf8Boundary);
	if (boundary !== null && boundary !== NO_INDEX && boundary > 1 && boundary < pdb.records.length) {
		const marker = await pdb.read(boundary - 1);
		if (hasTag(marker, 0, 'BOUNDARY')) {
			const kf8 = readMobiHeader(await pdb.read(boundary));
			if (kf8.kf8 !== null) {
				return {...book, part: 'kf8', standaloneKf8: false, header: kf8, headerRecord: boundary};
			}
		}
	}

	return {...book, part: 'mobi6', standaloneKf8: false, header: first, headerRecord: 0};
}
