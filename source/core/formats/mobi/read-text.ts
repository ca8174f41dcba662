import {Buffer} from 'node:buffer';
import {fail} from './mobi-error.js';
import {decompressPalmDoc} from './palmdoc.js';
import type {Pdb} from './read-pdb.js';
import type {MobiHeader} from './read-mobi-header.js';
import {stripTrailingEntries} from './trailing-entries.js';

/** The most text ficread decompresses from one book: far past any fic, short of exhausting memory. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/** A record's nominal output is 4096 bytes; anything past this is a bomb or corruption. */
const MAX_RECORD_BYTES = 64 * 1024;

/** How many records a listing reads at a time while it looks for the end of a preface. */
const LISTING_BATCH = 8;

/** A listing reads no further than this (512 KiB of text): a preface is never longer, and a listing must stay cheap. */
const MAX_LISTING_RECORDS = 128;

export type BookText = {
	header: MobiHeader;
	/** The record number of `header`: 0, or the KF8 header's in a combined file. */
	headerRecord: number;
};

function textRecordCount(pdb: Pdb, {header, headerRecord}: BookText): number {
	const available = pdb.records.length - headerRecord - 1;
	if (header.textRecords > available) {
		fail(`corrupt MOBI file (${header.textRecords} text records claimed, ${available} present)`);
	}

	if (header.textLength > MAX_TEXT_BYTES) {
		fail(`book text is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MiB`);
	}

	return header.textRecords;
}

function decodeRecord(record: Uint8Array, header: MobiHeader): Uint8Array {
	const own = stripTrailingEntries(record, header.extraFlags);
	if (header.compression === 'none') {
		return own.length > MAX_RECORD_BYTES ? fail(`a text record holds more than ${MAX_RECORD_BYTES} bytes`) : own;
	}

	return decompressPalmDoc(own, MAX_RECORD_BYTES);
}

/** The whole decompressed text of a book: its text records, read in one run. */
export async function readText(pdb: Pdb, book: BookText): Promise<Uint8Array> {
	const count = textRecordCount(pdb, book);
	const records = await pdb.readRun(book.headerRecord + 1, count);
	const parts: Uint8Array[] = [];
	let total = 0;
	for (const record of records) {
		const part = decodeRecord(record, book.header);
		total += part.length;
		if (total > MAX_TEXT_BYTES) {
			fail(`book text decompresses to more than ${MAX_TEXT_BYTES / 1024 / 1024} MiB`);
		}

		parts.push(part);
	}

	return Buffer.concat(parts);
}

/**
 * The text's first records, read a few at a time until `enough` says the text
 * so far holds what the caller needs (a listing: the end of the preface), or
 * the text ends
 * (or the listing's bound: a book with no preface's end in sight is not
 * read whole for its listing).
 */
export async function readTextUntil(pdb: Pdb, book: BookText, enough: (text: Uint8Array) => boolean): Promise<Uint8Array> {
	const count = Math.min(textRecordCount(pdb, book), MAX_LISTING_RECORDS);
	const parts: Uint8Array[] = [];
	let text: Uint8Array = new Uint8Array();
	for (let first = 0; first < count; first += LISTING_BATCH) {
		const records = await pdb.readRun(book.headerRecord + 1 + first, Math.min(LISTING_BATCH, count - first));
		for (const record of records) {
			parts.push(decodeRecord(record, book.header));
		}

		text = Buffer.concat(parts);
		if (enough(text)) {
			break;
		}
	}

	return text;
}
