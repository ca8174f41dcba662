/**
 * Test-only builder of MOBI files: a Palm database with a MOBI header, EXTH,
 * text records (stored or PalmDOC-compressed, with trailing entries) and, for
 * KF8, skeleton and fragment indexes and an FDST record. It writes what the
 * readers read, by the layout of the MobileRead wiki, so that tests can make
 * small books, and damaged ones, of any shape.
 */
import {compressPalmDoc} from './compress-palmdoc.js';

const encoder = new TextEncoder();
const NO_INDEX = 0xff_ff_ff_ff;

export type Kf8File = {
	skeleton: string;
	/** Fragments in order; `at` is the byte offset in the skeleton (as grown by the fragments before) where the fragment goes. */
	fragments: Array<{at: number; text: string}>;
};

export type MobiSpec = {
	/** MOBI 6: the HTML stream. */
	text?: string | Uint8Array;
	/** KF8: the files, and CSS for a second flow. */
	kf8?: {files: Kf8File[]; css?: string};
	/** A MOBI 6 part, a BOUNDARY record and the KF8 part (`kf8` must be set). */
	joint?: boolean;
	/** 1 none, 2 PalmDOC (the default), or any number. */
	compression?: number;
	encoding?: number;
	encryption?: number;
	/** Extra-record-data flags: bit 0 multibyte overlaps, higher bits sized trailing entries. */
	extraFlags?: number;
	exth?: Array<[number, string | Uint8Array]>;
	fullName?: string;
	recordSize?: number;
	/** Override the header's text record count (for corrupt files). */
	textRecords?: number;
	/** Override the header's text length. */
	textLength?: number;
	/** MOBI 6 text records to store as they are, instead of records made from `text`. */
	rawRecords?: Uint8Array[];
};

function be(value: number, size: 1 | 2 | 4): number[] {
	const bytes: number[] = [];
	for (let index = size - 1; index >= 0; index--) {
		bytes.push(Math.floor(value / 256 ** index) % 256);
	}

	return bytes;
}

function bytesOf(value: string | Uint8Array): Uint8Array {
	return typeof value === 'string' ? encoder.encode(value) : value;
}

/** A forward varint: 7 bits a byte, high bit on the last. */
export function forwardVarint(value: number): number[] {
	const bytes = [value & 0x7f];
	for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) {
		bytes.unshift(rest & 0x7f);
	}

	bytes[bytes.length - 1]! |= 0x80;
	return bytes;
}

/** Length of a UTF-8 sequence that starts with `byte`, 1 for a continuation or ASCII. */
function sequenceLength(byte: number): number {
	return byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
}

/** Cuts the text into records with the trailing entries `flags` asks for. */
export function textRecords(text: Uint8Array, {compression = 2, extraFlags = 0, recordSize = 4096} = {}): Uint8Array[] {
	const records: Uint8Array[] = [];
	for (let start = 0; start < text.length; start += recordSize) {
		const own = text.subarray(start, start + recordSize);
		const body = compression === 2 ? compressPalmDoc(own) : own;
		const trailing: number[] = [];
		if (extraFlags & 1) {
			// The bytes of a character cut by the record's end, repeated from the next record.
			let lead = own.length - 1;
			while (lead > 0 && lead > own.length - 4 && (own[lead]! & 0xc0) === 0x80) {
				lead--;
			}

			const missing = Math.max(0, lead + sequenceLength(own[lead]!) - own.length);
			trailing.push(...text.subarray(start + own.length, start + own.length + missing), missing);
		}

		for (let bit = 1; bit < 16; bit++) {
			if (extraFlags & (1 << bit)) {
				// An entry of junk bytes (which must not reach the text) and its size, backward.
				const junk = [0x3c, 0x21, 0x2d, bit];
				trailing.push(...junk, 0x80 | (junk.length + 1));
			}
		}

		records.push(Uint8Array.from([...body, ...trailing]));
	}

	return records;
}

type HeaderSpec = MobiSpec & {textBytes: number; recordCount: number; version: number; kf8Indexes?: {fdst: number; fragment: number; skeleton: number}; firstNonBook: number};

function mobiHeader(spec: HeaderSpec): Uint8Array {
	const headerLength = spec.version === 8 ? 0x108 : 0xe8;
	const record = new Uint8Array(16 + headerLength);
	const put = (offset: number, value: number, size: 1 | 2 | 4 = 4) => record.set(be(value, size), offset);
	put(0, spec.compression ?? 2, 2);
	put(4, spec.textLength ?? spec.textBytes);
	put(8, spec.textRecords ?? spec.recordCount, 2);
	put(10, spec.recordSize ?? 4096, 2);
	put(12, spec.encryption ?? 0, 2);
	record.set(encoder.encode('MOBI'), 16);
	put(20, headerLength);
	put(24, 2);
	put(28, spec.encoding ?? 65_001);
	put(36, spec.version);
	for (let offset = 40; offset < 0x50; offset += 4) {
		put(offset, NO_INDEX);
	}

	put(0x50, spec.firstNonBook);
	put(0x68, spec.version);
	put(0x6c, NO_INDEX);
	const exth = exthBlock(spec.exth ?? []);
	put(0x80, spec.exth === undefined ? 0 : 0x50);
	put(0xc0, spec.kf8Indexes?.fdst ?? NO_INDEX);
	put(0xc4, spec.kf8Indexes === undefined ? 1 : 2);
	put(0xf2, spec.extraFlags ?? 0, 2);
	put(0xf4, NO_INDEX);
	if (spec.version === 8) {
		put(0xf8, spec.kf8Indexes?.fragment ?? NO_INDEX);
		put(0xfc, spec.kf8Indexes?.skeleton ?? NO_INDEX);
		put(0x100, NO_INDEX);
		put(0x104, NO_INDEX);
	}

	const name = encoder.encode(spec.fullName ?? 'Untitled');
	put(0x54, record.length + (spec.exth === undefined ? 0 : exth.length));
	put(0x58, name.length);
	return Uint8Array.from([...record, ...(spec.exth === undefined ? [] : exth), ...name, 0, 0]);
}

function exthBlock(entries: Array<[number, string | Uint8Array]>): Uint8Array {
	const body: number[] = [];
	for (const [type, value] of entries) {
		const data = bytesOf(value);
		body.push(...be(type, 4), ...be(data.length + 8, 4), ...data);
	}

	const padding = (4 - (body.length % 4)) % 4;
	return Uint8Array.from([...encoder.encode('EXTH'), ...be(12 + body.length + padding, 4), ...be(entries.length, 4), ...body, ...Array.from({length: padding}, () => 0)]);
}

/** An INDX index: header record with TAGX, one index record with IDXT, then CNCX strings. */
export function indexRecords(tagx: Array<[number, number, number, number]>, entries: Array<{label: string; control: number[]; values: number[]}>, strings: string[] = []): Uint8Array[] {
	const headerLength = 192;
	const indxHeader = (start: number, count: number, stringRecords: number) => {
		const header = new Uint8Array(headerLength);
		header.set(encoder.encode('INDX'));
		header.set(be(headerLength, 4), 4);
		header.set(be(start, 4), 20);
		header.set(be(count, 4), 24);
		header.set(be(65_001, 4), 28);
		header.set(be(entries.length, 4), 36);
		header.set(be(stringRecords, 4), 52);
		header.set(be(headerLength, 4), 180);
		return [...header];
	};

	const controlBytes = entries[0]?.control.length ?? 1;
	const tagxBytes = [...encoder.encode('TAGX'), ...be(12 + tagx.length * 4, 4), ...be(controlBytes, 4), ...tagx.flat()];
	const first = Uint8Array.from([...indxHeader(0, 1, strings.length > 0 ? 1 : 0), ...tagxBytes]);
	const body: number[] = [];
	const offsets: number[] = [];
	for (const {label, control, values} of entries) {
		offsets.push(headerLength + body.length);
		const name = encoder.encode(label);
		body.push(name.length, ...name, ...control, ...values.flatMap(value => forwardVarint(value)));
	}

	const idxt = headerLength + body.length;
	const record = Uint8Array.from([...indxHeader(idxt, entries.length, 0), ...body, ...encoder.encode('IDXT'), ...offsets.flatMap(offset => be(offset, 2))]);
	const records = [first, record];
	if (strings.length > 0) {
		records.push(Uint8Array.from(strings.flatMap(text => {
			const bytes = encoder.encode(text);
			return [...forwardVarint(bytes.length), ...bytes];
		})));
	}

	return records;
}

/** The offset of each string in a CNCX record built from `strings`. */
function stringOffsets(strings: string[]): number[] {
	const offsets: number[] = [];
	let offset = 0;
	for (const text of strings) {
		offsets.push(offset);
		const length = encoder.encode(text).length;
		offset += forwardVarint(length).length + length;
	}

	return offsets;
}

/** The KF8 part: header record, text records, fragment index, skeleton index, FDST. */
function kf8Records(spec: MobiSpec, firstRecord: number): Uint8Array[] {
	const {files, css = ''} = spec.kf8!;
	const text: number[] = [];
	const skeletons: Array<{label: string; control: number[]; values: number[]}> = [];
	const fragments: Array<{label: string; control: number[]; values: number[]}> = [];
	const selectors: string[] = [];
	for (const [number, file] of files.entries()) {
		const start = text.length;
		const skeleton = encoder.encode(file.skeleton);
		text.push(...skeleton);
		skeletons.push({label: `SKEL${String(number).padStart(10, '0')}`, control: [0x05], values: [file.fragments.length, start, skeleton.length]});
		for (const fragment of file.fragments) {
			const bytes = encoder.encode(fragment.text);
			selectors.push(`P-//*[@aid='${fragments.length}']`);
			fragments.push({label: String(start + fragment.at).padStart(10, '0'), control: [0x0f], values: [0, number, fragments.length, 0, bytes.length]});
			text.push(...bytes);
		}
	}

	const offsets = stringOffsets(selectors);
	for (const [index, fragment] of fragments.entries()) {
		fragment.values[0] = offsets[index]!;
	}

	const flowEnd = text.length;
	text.push(...encoder.encode(css));
	const records = textRecords(Uint8Array.from(text), spec);
	const fragmentIndex = indexRecords([[2, 1, 0x01, 0], [3, 1, 0x02, 0], [4, 1, 0x04, 0], [6, 2, 0x08, 0], [0, 0, 0, 1]], fragments, selectors);
	const skeletonIndex = indexRecords([[1, 1, 0x03, 0], [6, 2, 0x0c, 0], [0, 0, 0, 1]], skeletons);
	const fdst = Uint8Array.from([...encoder.encode('FDST'), ...be(12, 4), ...be(2, 4), ...be(0, 4), ...be(flowEnd, 4), ...be(flowEnd, 4), ...be(text.length, 4)]);
	const fragmentAt = 1 + records.length;
	const skeletonAt = fragmentAt + fragmentIndex.length;
	const fdstAt = skeletonAt + skeletonIndex.length;
	const header = mobiHeader({...spec, version: 8, textBytes: text.length, recordCount: records.length, firstNonBook: firstRecord + fragmentAt, kf8Indexes: {fdst: fdstAt, fragment: fragmentAt, skeleton: skeletonAt}});
	return [header, ...records, ...fragmentIndex, ...skeletonIndex, fdst];
}

/** Wraps records in a Palm database. */
export function palmDatabase(records: readonly Uint8Array[], {name = 'Test_Book', ident = 'BOOKMOBI'} = {}): Uint8Array {
	const head = new Uint8Array(78);
	head.set(encoder.encode(name.slice(0, 31)));
	head.set(encoder.encode(ident), 60);
	head.set(be(records.length, 2), 76);
	const table: number[] = [];
	let offset = 78 + records.length * 8 + 2;
	for (const [index, record] of records.entries()) {
		table.push(...be(offset, 4), 0, ...be(index * 2, 4).slice(1));
		offset += record.length;
	}

	const total = Uint8Array.from([...head, ...table, 0, 0]);
	const file = new Uint8Array(offset);
	file.set(total);
	let at = total.length;
	for (const record of records) {
		file.set(record, at);
		at += record.length;
	}

	return file;
}

export function buildMobi(spec: MobiSpec): Uint8Array {
	if (spec.kf8 !== undefined && !spec.joint) {
		return palmDatabase(kf8Records(spec, 0));
	}

	const text = bytesOf(spec.text ?? '');
	const records = spec.rawRecords ?? textRecords(text, spec);
	const tail = spec.kf8 === undefined ? [] : [encoder.encode('BOUNDARY')];
	const boundary = 1 + records.length + tail.length;
	const exth: Array<[number, string | Uint8Array]> = spec.joint ? [...(spec.exth ?? []), [121, Uint8Array.from(be(boundary, 4))]] : spec.exth ?? [];
	const header = mobiHeader({...spec, exth: spec.exth === undefined && !spec.joint ? undefined : exth, version: 6, textBytes: text.length, recordCount: records.length, firstNonBook: 1 + records.length});
	const mobi6 = [header, ...records, ...tail];
	return palmDatabase(spec.joint ? [...mobi6, ...kf8Records(spec, boundary)] : mobi6);
}
