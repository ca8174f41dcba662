/**
 * A zip's table of contents, read from its central directory alone: the
 * end-of-central-directory record in the file's tail names where the
 * directory is, and the directory lists every entry. No entry's data is read
 * here. A zip is untrusted: every count, size and offset is checked against
 * the file and against caps before it is used, and whatever does not add up
 * becomes a reason, never an exception.
 */
import type {FileSource, Refusal} from '../format-adapter.js';

export type ZipEntry = {
	name: string;
	/** 0 stored, 8 deflate; anything else is refused when read. */
	method: number;
	flags: number;
	crc32: number;
	compressedSize: number;
	size: number;
	localHeaderOffset: number;
};

export type ZipDirectory = {
	ok: true;
	/** By name; directories (names ending in `/`) are left out. */
	entries: Map<string, ZipEntry>;
	/** Where entry data must end: the central directory's start. */
	dataEnd: number;
};

/** More entries than any book has: a directory this long is hostile or not a book. */
export const MAX_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06_05_4b_50;
const ZIP64_LOCATOR_SIGNATURE = 0x07_06_4b_50;
const CENTRAL_SIGNATURE = 0x02_01_4b_50;
const EOCD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
const MAX_COMMENT = 0xff_ff;
/** Each central header holds at most three 64 KiB fields; real ones are a few dozen bytes. */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8');

function refuse(reason: string): Refusal {
	return {ok: false, reason};
}

/** The offset of the end-of-central-directory record in `tail`, searched from the end; -1 when there is none. */
function findEndRecord(tail: Uint8Array, view: DataView): number {
	for (let at = tail.length - EOCD_LENGTH; at >= 0; at--) {
		if (tail[at] !== 0x50 || view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
		// A comment longer than what follows means these four bytes are data, not the record.
		if (at + EOCD_LENGTH + view.getUint16(at + 20, true) <= tail.length) return at;
	}

	return -1;
}

/**
 * Why an entry name cannot be trusted, or null. Nothing is extracted to disk,
 * but a name that climbs out of the book or hides a NUL is a sign of a
 * hostile archive, and an EPUB's hrefs would never reach it honestly.
 */
function unsafeName(name: string): string | null {
	if (name.includes('\0')) return 'holds a NUL';
	if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/i.test(name)) return 'is absolute';
	if (name.split(/[/\\]/).includes('..')) return 'climbs out with ..';
	return null;
}

function readEntries(directory: Uint8Array, count: number, dataEnd: number): ZipDirectory | Refusal {
	const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
	const entries = new Map<string, ZipEntry>();
	let at = 0;
	for (let index = 0; index < count; index++) {
		if (at + CENTRAL_HEADER_LENGTH > directory.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
			return refuse('corrupt zip: the central directory is cut short or damaged');
		}

		const nameLength = view.getUint16(at + 28, true);
		const next = at + CENTRAL_HEADER_LENGTH + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
		if (next > directory.length) return refuse('corrupt zip: the central directory is cut short');
		const entry: ZipEntry = {
			name: utf8.decode(directory.subarray(at + CENTRAL_HEADER_LENGTH, at + CENTRAL_HEADER_LENGTH + nameLength)),
			flags: view.getUint16(at + 8, true),
			method: view.getUint16(at + 10, true),
			crc32: view.getUint32(at + 16, true),
			compressedSize: view.getUint32(at + 20, true),
			size: view.getUint32(at + 24, true),
			localHeaderOffset: view.getUint32(at + 42, true),
		};
		at = next;
		if (entry.compressedSize === 0xff_ff_ff_ff || entry.size === 0xff_ff_ff_ff || entry.localHeaderOffset === 0xff_ff_ff_ff) {
			return refuse('Zip64 archives are not supported');
		}

		const unsafe = unsafeName(entry.name);
		if (unsafe !== null) return refuse(`unsafe zip: an entry name ${unsafe}`);
		if (entry.localHeaderOffset >= dataEnd) return refuse('corrupt zip: an entry starts past its data');
		if (entry.name.endsWith('/')) continue;
		// Two entries of one name would let two readers see two different books.
		if (entries.has(entry.name)) return refuse('unsafe zip: two entries share a name');
		entries.set(entry.name, entry);
	}

	return {ok: true, entries, dataEnd};
}

/** Reads the central directory of the zip in `source`, touching only the file's tail and the directory itself. */
export async function readZipDirectory(source: FileSource): Promise<ZipDirectory | Refusal> {
	if (source.size < EOCD_LENGTH) return refuse('not a zip: too short');
	const tailLength = Math.min(source.size, EOCD_LENGTH + MAX_COMMENT);
	const tailStart = source.size - tailLength;
	const tail = await source.read(tailStart, tailLength);
	if (tail.length < tailLength) return refuse('corrupt zip: the file ended early');
	const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
	const end = findEndRecord(tail, view);
	if (end < 0) return refuse('not a zip, or a truncated one: no end of central directory');
	if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR_SIGNATURE) return refuse('Zip64 archives are not supported');

	const disk = view.getUint16(end + 4, true);
	const directoryDisk = view.getUint16(end + 6, true);
	const countOnDisk = view.getUint16(end + 8, true);
	const count = view.getUint16(end + 10, true);
	const directorySize = view.getUint32(end + 12, true);
	const directoryOffset = view.getUint32(end + 16, true);
	if (disk !== 0 || directoryDisk !== 0 || countOnDisk !== count) return refuse('split (multi-part) zips are not supported');
	if (count === 0xff_ff || directorySize === 0xff_ff_ff_ff || directoryOffset === 0xff_ff_ff_ff) {
		return refuse('Zip64 archives are not supported');
	}

	if (count > MAX_ENTRIES) return refuse(`zip has ${count} entries (more than ${MAX_ENTRIES})`);
	const endOffset = tailStart + end;
	if (directoryOffset + directorySize > endOffset) return refuse('corrupt zip: the central directory lies past its end');
	if (directorySize > MAX_DIRECTORY_BYTES) return refuse('zip central directory too large');
	if (directorySize < count * CENTRAL_HEADER_LENGTH) return refuse('corrupt zip: the central directory is too short for its entries');
	// A small book's directory is already in the tail.
	const directory = directoryOffset >= tailStart
		? tail.subarray(directoryOffset - tailStart, directoryOffset - tailStart + directorySize)
		: await source.read(directoryOffset, directorySize);
	if (directory.length < directorySize) return refuse('corrupt zip: the file ended early');
	return readEntries(directory, count, directoryOffset);
}
