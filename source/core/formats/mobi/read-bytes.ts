import {fail} from './mobi-error.js';

/**
 * Big-endian reads with bounds checks: every offset in a MOBI file comes from
 * the file itself, so a read past the end names what was cut short instead of
 * yielding `undefined` or NaN further on.
 */
export function u8(bytes: Uint8Array, offset: number, what: string): number {
	if (offset < 0 || offset + 1 > bytes.length) {
		fail(`truncated ${what}`);
	}

	return bytes[offset]!;
}

export function u16(bytes: Uint8Array, offset: number, what: string): number {
	if (offset < 0 || offset + 2 > bytes.length) {
		fail(`truncated ${what}`);
	}

	return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

export function u32(bytes: Uint8Array, offset: number, what: string): number {
	if (offset < 0 || offset + 4 > bytes.length) {
		fail(`truncated ${what}`);
	}

	// Multiplying keeps the value unsigned where `<< 24` would go negative.
	return bytes[offset]! * 0x1_00_00_00 + ((bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!);
}

/** Whether `bytes` holds the ASCII `tag` at `offset` (a record signature: `MOBI`, `EXTH`, `INDX`…). */
export function hasTag(bytes: Uint8Array, offset: number, tag: string): boolean {
	if (offset < 0 || offset + tag.length > bytes.length) {
		return false;
	}

	for (let index = 0; index < tag.length; index++) {
		if (bytes[offset + index] !== tag.charCodeAt(index)) {
			return false;
		}
	}

	return true;
}
