/**
 * One zip opened for reading entries on demand: its directory, and a budget
 * of inflated bytes shared by every entry read through it, so that one
 * opening of a book (a listing, or a body and its rest) cannot be made to
 * inflate without end however its entries are arranged.
 */
import zlib from 'node:zlib';
import type {FileSource, Refusal} from '../format-adapter.js';
import {displaySafe} from '../../text/display-safe.js';
import {readZipDirectory, type ZipEntry} from './zip-directory.js';

export type ZipArchive = {
	ok: true;
	source: FileSource;
	entries: ReadonlyMap<string, ZipEntry>;
	dataEnd: number;
	/** Inflated bytes this archive may still hand out. */
	budget: {remaining: number};
};

export type EntryBytes = {ok: true; bytes: Uint8Array} | Refusal;

/** No chapter file comes near this; calibre splits at about 260 KB. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** The most one opening of a book inflates in all. */
export const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

const LOCAL_SIGNATURE = 0x04_03_4b_50;
const LOCAL_HEADER_LENGTH = 30;
/** Read with the header in one go; a longer local extra field costs a second read. */
const EXTRA_SLACK = 256;

export async function openZip(source: FileSource, budget = MAX_ARCHIVE_BYTES): Promise<ZipArchive | Refusal> {
	const directory = await readZipDirectory(source);
	if (!directory.ok) return directory;
	return {ok: true, source, entries: directory.entries, dataEnd: directory.dataEnd, budget: {remaining: budget}};
}

/** Why `entry` cannot be read at all, judged from the directory alone; null when it may be. */
export function unreadable(entry: ZipEntry): string | null {
	// Bit 0 is traditional encryption, bit 6 strong encryption; method 99 is WinZip's AES.
	if ((entry.flags & 0x41) !== 0 || entry.method === 99) return 'encrypted';
	if (entry.method !== 0 && entry.method !== 8) return `compression method ${entry.method} is not supported`;
	if (entry.size > MAX_ENTRY_BYTES) return `too large (${entry.size} bytes inflated)`;
	// Deflate never grows data by more than a few bytes per 16 KiB block.
	if (entry.compressedSize > entry.size + (entry.size >>> 10) + 64) return 'its sizes disagree';
	return null;
}

function refuseEntry(entry: ZipEntry, problem: string): Refusal {
	return {ok: false, reason: `zip entry ${displaySafe(entry.name.slice(0, 120))}: ${problem}`};
}

/** The compressed bytes of `entry`, found through its local header. */
async function readStored(zip: ZipArchive, entry: ZipEntry): Promise<EntryBytes> {
	const start = entry.localHeaderOffset;
	const guess = Math.min(zip.dataEnd - start, LOCAL_HEADER_LENGTH + entry.name.length * 3 + EXTRA_SLACK + entry.compressedSize);
	let chunk = await zip.source.read(start, guess);
	if (chunk.length < LOCAL_HEADER_LENGTH) return refuseEntry(entry, 'cut short');
	const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
	if (view.getUint32(0, true) !== LOCAL_SIGNATURE) return refuseEntry(entry, 'corrupt (no local header where the directory says)');
	const dataOffset = LOCAL_HEADER_LENGTH + view.getUint16(26, true) + view.getUint16(28, true);
	const dataEnd = dataOffset + entry.compressedSize;
	if (start + dataEnd > zip.dataEnd) return refuseEntry(entry, 'corrupt (its data runs past the end)');
	if (dataEnd > chunk.length) {
		chunk = await zip.source.read(start + dataOffset, entry.compressedSize);
		if (chunk.length < entry.compressedSize) return refuseEntry(entry, 'cut short');
		return {ok: true, bytes: chunk};
	}

	return {ok: true, bytes: chunk.subarray(dataOffset, dataEnd)};
}

function inflate(data: Uint8Array, size: number): Uint8Array | 'too-long' | 'corrupt' {
	try {
		// The declared size is the cap: a stream that would inflate past it stops there.
		return zlib.inflateRawSync(data, {maxOutputLength: Math.max(1, size)});
	} catch (error) {
		return error instanceof RangeError ? 'too-long' : 'corrupt';
	}
}

/** The inflated bytes of the entry named `name`, checked against its declared size and checksum. */
export async function readEntry(zip: ZipArchive, name: string): Promise<EntryBytes> {
	const entry = zip.entries.get(name);
	if (entry === undefined) return {ok: false, reason: `zip has no entry ${displaySafe(name.slice(0, 120))}`};
	const problem = unreadable(entry);
	if (problem !== null) return refuseEntry(entry, problem);
	if (entry.size > zip.budget.remaining) {
		return {ok: false, reason: `zip inflates to more than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB in all`};
	}

	zip.budget.remaining -= entry.size;
	const stored = await readStored(zip, entry);
	if (!stored.ok) return stored;
	const bytes = entry.method === 0 ? stored.bytes : inflate(stored.bytes, entry.size);
	if (bytes === 'corrupt') return refuseEntry(entry, 'corrupt (deflate data is damaged)');
	if (bytes === 'too-long' || bytes.length !== entry.size) return refuseEntry(entry, 'inflates to another size than it declares');
	if (zlib.crc32(bytes) !== entry.crc32) return refuseEntry(entry, 'corrupt (checksum mismatch)');
	return {ok: true, bytes};
}
