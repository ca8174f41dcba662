import {Buffer, isAscii} from 'node:buffer';
import type {Encoding, RepairNote} from '../work.js';
import {decoderFor} from './decode-bytes.js';
import {repairMojibake} from './repair-mojibake.js';
import {sanitize} from './sanitize.js';

/** The order notes are given in, whatever part of a file each came from: the order the steps below run in. */
const noteOrder: Readonly<Record<RepairNote, number>> = {
	'mojibake-repaired': 0,
	'c1-mapped': 1,
	crlf: 2,
	cr: 3,
	'escapes-removed': 4,
	'tabs-expanded': 5,
	'controls-removed': 6,
	'bidi-removed': 7,
};

/**
 * How many bytes of a file `cleanLines` decodes and cleans at once, at most
 * (a stretch ends after a line feed, so a longer line is one stretch). V8
 * keeps a string over 128 KiB in a space of its own, which is ~50 times
 * slower to fill here (docs/performance.md); 32 KiB is at most 64 KiB of UTF-16.
 */
const stretchBytes = 32 * 1024;

/**
 * Decoded text, mojibake repaired, then sanitized. The order matters: the
 * repair needs the C1 characters that sanitizing would remove.
 */
function clean(decoded: string, notes: Set<RepairNote>, ascii = false): string {
	const repairNotes: RepairNote[] = [];
	// Mojibake is made of characters past ASCII: none to repair in ASCII, and looking costs a pass.
	const sanitized = sanitize(ascii ? decoded : repairMojibake(decoded, repairNotes));
	for (const note of [...repairNotes, ...sanitized.notes]) notes.add(note);
	return sanitized.text;
}

function inOrder(notes: Set<RepairNote>): RepairNote[] {
	return [...notes].sort((a, b) => noteOrder[a] - noteOrder[b]);
}

/** Turns a fic file's bytes into text that is safe to show: decoded, mojibake repaired, then sanitized. */
export function cleanText(bytes: Uint8Array): {text: string; encoding: Encoding; notes: RepairNote[]} {
	const decoder = decoderFor(bytes);
	const notes = new Set<RepairNote>();
	const text = clean(decoder.decode(0, bytes.length), notes);
	return {text, encoding: decoder.encoding, notes: inOrder(notes)};
}

/**
 * `cleanText`'s lines (split at LF, the only line end it leaves), made a
 * stretch of lines at a time: every step of the cleaning keeps to a line,
 * so the lines are the same, and no string is as long as a long work.
 */
export function cleanLines(bytes: Uint8Array): {lines: string[]; encoding: Encoding; notes: RepairNote[]} {
	const decoder = decoderFor(bytes);
	const notes = new Set<RepairNote>();
	if (!decoder.byLines) return {lines: clean(decoder.decode(0, bytes.length), notes).split('\n'), encoding: decoder.encoding, notes: inOrder(notes)};
	const lines: string[] = [];
	for (let from = 0; from < bytes.length; ) {
		const to = stretchEnd(bytes, from);
		// Most stretches of most files are ASCII, which reads the same in every encoding here, and is copied, not decoded.
		const view = Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from);
		const ascii = isAscii(view);
		const stretch = clean(ascii ? view.toString('latin1') : decoder.decode(from, to), notes, ascii).split('\n');
		// A stretch ends with a line feed but the last: the empty line after it is where the next stretch starts.
		if (to < bytes.length) stretch.pop();
		for (const line of stretch) lines.push(line);
		from = to;
	}

	if (bytes.length === 0) lines.push('');
	return {lines, encoding: decoder.encoding, notes: inOrder(notes)};
}

/** Where the stretch that starts at `from` ends: after the last line feed within `stretchBytes`, or the first one after; or the file's end. */
function stretchEnd(bytes: Uint8Array, from: number): number {
	if (bytes.length - from <= stretchBytes) return bytes.length;
	const lastFeed = bytes.lastIndexOf(0x0a, from + stretchBytes - 1);
	if (lastFeed >= from) return lastFeed + 1;
	const nextFeed = bytes.indexOf(0x0a, from + stretchBytes);
	return nextFeed === -1 ? bytes.length : nextFeed + 1;
}
