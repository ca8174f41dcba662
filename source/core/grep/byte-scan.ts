/**
 * The full-text search's scans of a file's raw bytes, in WebAssembly
 * (byte-scan.wat): the bytes folded as the search compares text, the folded
 * phrase looked for in them, and the next byte sequence `unfitBytes`
 * matches, each 16 bytes at a time where the bytes allow. Regular
 * expressions over Latin-1 strings of the bytes, the way before, ran at
 * about 500 MB/s; these at about 1.5 GB/s (docs/performance.md).
 */
import {byteScanWasm} from './byte-scan-wasm.js';

type Exports = {
	memory: WebAssembly.Memory;
	dataStart: WebAssembly.Global;
	fold(from: number, to: number, length: number): number;
	find(from: number, length: number, needle: number, needleLength: number): number;
	nextUnfit(at: number, end: number): number;
};

/** A file's bytes as looked at: whether its folded bytes hold the phrase, and where unfit sequences are. */
export type ByteLook = {
	holds: boolean;
	/** Where the first sequence of the bytes that `unfitBytes` matches starts, at or after `from`; their length when none does. */
	nextUnfit(from: number): number;
};

export type ByteScanner = {
	/** The bytes folded (see `fold` in byte-scan.wat), as a buffer of their own. */
	fold(bytes: Uint8Array): Buffer;
	/** Loads `bytes` and looks in them for `phrase`, already folded; valid until the next call. */
	look(bytes: Uint8Array, phrase: Uint8Array): ByteLook;
};

const module = new WebAssembly.Module(Buffer.from(byteScanWasm, 'base64'));
const pageBytes = 65_536;
// The fold reads up to two bytes past the end.
const padding = 3;

/** A scanner with memory of its own, which grows to the largest file loaded; one per thread that scans. */
export function createByteScanner(): ByteScanner {
	const wasm = new WebAssembly.Instance(module).exports as unknown as Exports;
	const start = wasm.dataStart.value as number;

	/** Copies `bytes` in and folds them: the memory, where the folded bytes are, and how many. */
	function loadFolded(bytes: Uint8Array, extra: number): {memory: Buffer; folded: number; length: number; free: number} {
		// The bytes and their padding, then the folded copy, each in whole 16-byte chunks, then `extra`.
		const room = (bytes.length + padding + 15) & ~15;
		const needed = start + 2 * room + extra;
		if (needed > wasm.memory.buffer.byteLength) wasm.memory.grow(Math.ceil((needed - wasm.memory.buffer.byteLength) / pageBytes));
		const memory = Buffer.from(wasm.memory.buffer);
		memory.set(bytes, start);
		memory.fill(0, start + bytes.length, start + bytes.length + padding);
		const length = wasm.fold(start, start + room, bytes.length);
		return {memory, folded: start + room, length, free: start + 2 * room};
	}

	return {
		fold(bytes) {
			const {memory, folded, length} = loadFolded(bytes, 0);
			return Buffer.from(memory.subarray(folded, folded + length));
		},
		look(bytes, phrase) {
			const {memory, folded, length, free} = loadFolded(bytes, phrase.length);
			memory.set(phrase, free);
			return {
				holds: phrase.length > 0 && wasm.find(folded, length, free, phrase.length) !== -1,
				nextUnfit: from => wasm.nextUnfit(start + from, start + bytes.length) - start,
			};
		},
	};
}
