/**
 * Reads the start of an HTML file, a chunk at a time, up to where an AO3
 * download's chapters begin: everything its listing needs is before it.
 */
import {Buffer} from 'node:buffer';
import type {FileSource} from '../format-adapter.js';

const CHUNK_BYTES = 64 * 1024;

/** AO3's preface (tags, a summary and notes of a few thousand characters) fits many times over. */
export const MAX_HEAD_BYTES = 2 * 1024 * 1024;

// Bounded, so that a run of `<div` without any `>` cannot make the search quadratic.
const chaptersMarker = /<div\b[^<>]{0,200}\bid\s*=\s*["']?chapters\b/i;

/**
 * The bytes before `<div id="chapters"`, cut at its `<` so that no character
 * is split; or null when the marker is not within MAX_HEAD_BYTES (then the
 * file is read whole). The search is over ASCII, so it holds for UTF-8 and
 * Windows-1252 alike.
 */
export async function readHtmlHead(file: FileSource): Promise<Uint8Array | null> {
	const chunks: Uint8Array[] = [];
	let length = 0;
	let seen = '';
	while (length < Math.min(file.size, MAX_HEAD_BYTES)) {
		const chunk = await file.read(length, CHUNK_BYTES);
		if (chunk.length === 0) {
			break;
		}

		chunks.push(chunk);
		// Only the tail of what was searched already is searched again, for a marker across chunks.
		const overlap = seen.slice(-256);
		seen = overlap + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
		const match = chaptersMarker.exec(seen);
		if (match !== null) {
			const end = length - overlap.length + match.index;
			return concat(chunks, length + chunk.length).subarray(0, end);
		}

		length += chunk.length;
	}

	return null;
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.length;
	}

	return bytes;
}
