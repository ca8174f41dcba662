/**
 * File names are bytes; the library keeps each path as a string. A name
 * that is not valid UTF-8 (`café.txt` written in Latin-1, a folder `dir_\xff`)
 * is kept reversibly: each byte outside valid UTF-8 becomes a lone surrogate
 * U+DC80–U+DCFF (Python's "surrogateescape"), so the file is opened again by
 * its very bytes, a cache keeps the path exactly (JSON writes `\udcff`), and
 * what is shown has U+FFFD in its place (`displaySafe`). Valid UTF-8 cannot
 * hold a surrogate, so no real name is mistaken for one kept this way.
 */
import path from 'node:path';

const strict = new TextDecoder('utf-8', {fatal: true});
const escapedByte = /[\uDC80-\uDCFF]/;
const escapedBytes = /([\uDC80-\uDCFF])/;

/** A name read as bytes, as the library keeps it. */
export function nameFromBytes(bytes: Uint8Array): string {
	try {
		return strict.decode(bytes);
	} catch {
		// Rare: only a name that is not UTF-8 is taken apart, one sequence at a time.
		return escapeInvalid(bytes);
	}
}

function escapeInvalid(bytes: Uint8Array): string {
	let name = '';
	for (let at = 0; at < bytes.length; ) {
		const length = sequenceLength(bytes[at]!);
		const decoded = length === 0 ? undefined : tryDecode(bytes.subarray(at, at + length));
		if (decoded === undefined) {
			name += String.fromCharCode(0xdc_00 + bytes[at]!);
			at++;
		} else {
			name += decoded;
			at += length;
		}
	}

	return name;
}

/** How long the UTF-8 sequence this byte leads is; 0 for a byte that leads none. */
function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

function tryDecode(sequence: Uint8Array): string | undefined {
	try {
		return strict.decode(sequence);
	} catch {
		return undefined;
	}
}

/** A name as a command line gives it back: Node reads arguments as UTF-8, each stray byte a U+FFFD. */
export function asArgument(name: string): string {
	return name.replaceAll(/[\uDC80-\uDCFF]/g, '\uFFFD');
}

/** The bytes of a name as the library keeps it. */
function bytesOf(name: string): Buffer {
	return Buffer.concat(name.split(escapedBytes).map(part => (escapedByte.test(part) && part.length === 1 ? Buffer.of(part.charCodeAt(0) - 0xdc_00) : Buffer.from(part, 'utf8'))));
}

/** Where a library path is on disk: the joined path, or its bytes when a name in it is not UTF-8. */
export function onDisk(root: string, relative: string): string | Buffer {
	if (!escapedByte.test(relative)) return path.join(root, relative);
	return Buffer.concat([Buffer.from(path.join(root, '.'), 'utf8'), Buffer.from(path.sep), bytesOf(relative)]);
}
