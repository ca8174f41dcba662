/**
 * The full-text search's scans of a file's raw bytes, in WebAssembly
 * (byte-scan.wat): the phrase looked for in the raw bytes, case aside; the
 * sequences the fold changes that it could run through; the bytes folded as
 * the search compares text, and the phrase looked for in them; paragraph
 * bounds (a byte at a time); and the next byte sequence `unfitBytes`
 * matches. All but the paragraph bounds go 16 bytes at a time where the
 * bytes allow. Regular expressions over Latin-1 strings of the bytes, the
 * way before, ran at about 500 MB/s; the look now runs at 0.6-3 GB/s a
 * thread on English, Russian, Japanese and Chinese text (docs/performance.md).
 */
import {byteScanWasm} from './byte-scan-wasm.js';

type Exports = {
	memory: WebAssembly.Memory;
	dataStart: WebAssembly.Global;
	fold(from: number, to: number, length: number): number;
	find(from: number, length: number, needle: number, needleLength: number): number;
	findRaw(at: number, end: number, needle: number, cases: number, length: number): number;
	nextIrregular(at: number, end: number, kinds: number): number;
	nextUnfit(at: number, end: number): number;
	paragraph(at: number, floor: number, end: number, out: number): number;
};

/**
 * A folded phrase as the scans take it: its bytes; for each, 0x20 where the
 * raw bytes may have either case (a letter), else 0; and the kinds of
 * sequence the fold changes that it could run through (see `nextIrregular`
 * in byte-scan.wat).
 */
export type ScanPhrase = {bytes: Uint8Array; cases: Uint8Array; kinds: number};

/** The scan form of a phrase folded by `ByteScanner.fold`. */
export function scanPhraseOf(folded: Uint8Array): ScanPhrase {
	const text = Buffer.from(folded).toString('latin1');
	const kinds = (text.includes(' ') ? 1 : 0) | (/['"]/.test(text) ? 2 : 0) | (text.includes('-') ? 4 : 0);
	return {bytes: folded, cases: folded.map(byte => (byte >= 0x61 && byte <= 0x7a ? 0x20 : 0)), kinds};
}

/** A file loaded into the scanner, with the phrase it is searched for. */
export type LoadedFile = {
	/** Whether the bytes [from, to), folded, hold the phrase. */
	holdsIn(from: number, to: number): boolean;
	/** Whether the bytes from `from` on hold the phrase as it is, but for the case of letters. */
	holdsRaw(from: number): boolean;
	/** Where the next sequence the fold changes that the phrase could run through starts, at or after `from`; the file's length when none does. */
	nextIrregular(from: number): number;
	/** Where the first sequence that `unfitBytes` matches starts, at or after `from`; the file's length when none does. */
	nextUnfit(from: number): number;
	/**
	 * The paragraph byte `at` is in, [from, to): from the end of the last
	 * blank line (LF LF, or LF CR LF) after `floor`, or `floor`, to the end of
	 * the next one, or the file's end.
	 */
	paragraph(at: number, floor: number): [number, number];
};

export type ByteScanner = {
	/** The bytes folded (see `fold` in byte-scan.wat), as a buffer of their own. */
	fold(bytes: Uint8Array): Buffer;
	/**
	 * The scanner's input, with room for `size` bytes, their folded copy and
	 * `phrase`: a file read straight into it is loaded
	 * without a copy. What it holds is kept when it grows; a view taken
	 * before is then no longer valid.
	 */
	input(size: number, phrase: ScanPhrase): Buffer;
	/**
	 * Loads `bytes` to be searched for `phrase`: copied in unless they are at
	 * the input, which then must have room (see `input`). Valid until the
	 * next call.
	 */
	load(bytes: Uint8Array, phrase: ScanPhrase): LoadedFile;
};

// Compiled on first use: most runs of ficread never search text.
let module: WebAssembly.Module | undefined;
const pageBytes = 65_536;

/**
 * The largest file the scanner takes: its memory holds a file twice over,
 * and addresses are 32-bit. A larger one is read as a work, as a file in
 * another encoding is.
 */
export const maxScanBytes = 256 * 1024 * 1024;
// The fold reads up to two bytes past the end.
const padding = 3;

/** A scanner with memory of its own, which grows to the largest file loaded; one per thread that scans. */
export function createByteScanner(): ByteScanner {
	module ??= new WebAssembly.Module(Buffer.from(byteScanWasm, 'base64'));
	const wasm = new WebAssembly.Instance(module).exports as unknown as Exports;
	const start = wasm.dataStart.value as number;
	// A word below the data, above the tables, for a second result.
	const scratch = start - 16;

	/** The room a file of `size` bytes takes: the bytes and their padding, then the folded copy, each in whole 16-byte chunks. */
	const roomFor = (size: number) => (size + padding + 15) & ~15;

	function reserve(bytes: number): Buffer {
		if (bytes > wasm.memory.buffer.byteLength) wasm.memory.grow(Math.ceil((bytes - wasm.memory.buffer.byteLength) / pageBytes));
		return Buffer.from(wasm.memory.buffer);
	}

	/** Puts `bytes` at the input, unless they are there, with zeros after them: the memory, and where the folded copy goes. */
	function put(bytes: Uint8Array, extra: number): {memory: Buffer; folded: number; free: number} {
		const room = roomFor(bytes.length);
		const memory = reserve(start + 2 * room + extra);
		if (bytes.buffer !== memory.buffer || bytes.byteOffset !== start) memory.set(bytes, start);
		memory.fill(0, start + bytes.length, start + bytes.length + padding);
		return {memory, folded: start + room, free: start + 2 * room};
	}

	return {
		input(size, phrase) {
			return reserve(start + 2 * roomFor(size) + 2 * phrase.bytes.length).subarray(start, start + size);
		},
		fold(bytes) {
			const {memory, folded} = put(bytes, 0);
			const length = wasm.fold(start, folded, bytes.length);
			return Buffer.from(memory.subarray(folded, folded + length));
		},
		load(bytes, phrase) {
			const length = phrase.bytes.length;
			const {memory, folded, free} = put(bytes, 2 * length);
			memory.set(phrase.bytes, free);
			memory.set(phrase.cases, free + length);
			const end = start + bytes.length;
			return {
				holdsIn(from, to) {
					const foldedLength = wasm.fold(start + from, folded, to - from);
					return length > 0 && wasm.find(folded, foldedLength, free, length) !== -1;
				},
				holdsRaw: from => length > 0 && wasm.findRaw(start + from, end, free, free + length, length) !== -1,
				nextIrregular: from => wasm.nextIrregular(start + from, end, phrase.kinds) - start,
				nextUnfit: from => wasm.nextUnfit(start + from, end) - start,
				paragraph(at, floor) {
					const from = wasm.paragraph(start + at, start + floor, end, scratch) - start;
					return [from, memory.readUInt32LE(scratch) - start];
				},
			};
		},
	};
}
