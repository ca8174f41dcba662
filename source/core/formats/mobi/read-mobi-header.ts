import {fail} from './mobi-error.js';
import {type Exth, readExth} from './read-exth.js';
import {hasTag, u16, u32} from './read-bytes.js';

/** An index field's value for "none". */
export const NO_INDEX = 0xff_ff_ff_ff;

export const DRM_REASON = 'DRM-protected (Kindle) book: ficread cannot read it; download EPUB or HTML from the archive instead';
export const HUFF_REASON = 'HUFF/CDIC-compressed MOBI is not supported yet; download EPUB';

export type Compression = 'none' | 'palmdoc';

/** The KF8 indexes, as record numbers relative to the KF8 header's record. */
export type Kf8Indexes = {fdst: number; fdstCount: number; skeleton: number; fragment: number};

/** What ficread needs of a MOBI header (record 0, or the KF8 header record of a combined file). */
export type MobiHeader = {
	compression: Compression;
	/** The text's length once decompressed, as the header states it. */
	textLength: number;
	/** How many text records follow the header record. */
	textRecords: number;
	/** 65001 (UTF-8) or 1252 (Windows-1252). */
	encoding: number;
	/** 6 for MOBI 6, 8 for KF8. */
	version: number;
	/** Which trailing entries each text record carries (see `stripTrailingEntries`). */
	extraFlags: number;
	/** The full name (title) the header stores, as bytes in the book's encoding. */
	fullName: Uint8Array;
	exth: Exth;
	/** Present for a KF8 header whose skeleton index is set. */
	kf8: Kf8Indexes | null;
};

const HUFF_CDIC = 17_480;

/**
 * Reads a MOBI header record. Refuses, with the reason the user sees, what
 * ficread cannot read: DRM, HUFF/CDIC compression, an unknown compression or
 * encoding. Offsets are those of the MobileRead wiki's MOBI page.
 */
export function readMobiHeader(record: Uint8Array): MobiHeader {
	if (!hasTag(record, 16, 'MOBI')) {
		fail('not a MOBI book (no MOBI header)');
	}

	const compressionType = u16(record, 0, 'MOBI header');
	if (u16(record, 12, 'MOBI header') !== 0) {
		fail(DRM_REASON);
	}

	if (compressionType === HUFF_CDIC) {
		fail(HUFF_REASON);
	}

	if (compressionType !== 1 && compressionType !== 2) {
		fail(`unknown MOBI compression (${compressionType})`);
	}

	const headerLength = u32(record, 20, 'MOBI header');
	const encoding = u32(record, 28, 'MOBI header');
	if (encoding !== 65_001 && encoding !== 1252) {
		fail(`unknown MOBI text encoding (${encoding})`);
	}

	const version = u32(record, 36, 'MOBI header');
	// Headers shorter than 0xE4 bytes predate the flags, and the field there is
	// something else; so is it in headers longer than any writer makes (calibre's bound).
	const hasFlags = headerLength >= 0xe4 && headerLength <= 500 && record.length >= 0xf4;
	const extraFlags = hasFlags ? u16(record, 0xf2, 'MOBI header') : 0;
	const nameOffset = u32(record, 0x54, 'MOBI header');
	const nameLength = u32(record, 0x58, 'MOBI header');
	const fullName = nameOffset + nameLength <= record.length ? record.subarray(nameOffset, nameOffset + nameLength) : new Uint8Array();
	const hasExth = (u32(record, 0x80, 'MOBI header') & 0x40) !== 0;
	return {
		compression: compressionType === 1 ? 'none' : 'palmdoc',
		textLength: u32(record, 4, 'MOBI header'),
		textRecords: u16(record, 8, 'MOBI header'),
		encoding,
		version,
		extraFlags,
		fullName,
		exth: hasExth ? readExth(record, 16 + headerLength) : new Map(),
		kf8: version === 8 ? readKf8Indexes(record) : null,
	};
}

function readKf8Indexes(record: Uint8Array): Kf8Indexes | null {
	if (record.length < 0x108) {
		return null;
	}

	const skeleton = u32(record, 0xfc, 'KF8 header');
	if (skeleton === NO_INDEX) {
		return null;
	}

	return {
		fdst: u32(record, 0xc0, 'KF8 header'),
		fdstCount: u32(record, 0xc4, 'KF8 header'),
		skeleton,
		fragment: u32(record, 0xf8, 'KF8 header'),
	};
}
