import {fail} from './mobi-error.js';

/**
 * PalmDOC's LZ77, one text record at a time. Each byte of the input is:
 * 0x00 or 0x09–0x7F a literal; 0x01–0x08 a count of literals that follow;
 * 0x80–0xBF with the next byte a back-reference (11-bit distance, 3-bit
 * length − 3); 0xC0–0xFF a space then the character `byte ^ 0x80`.
 *
 * The output is bounded by `limit` (a record is nominally 4096 bytes), and a
 * reference before the start of the record is corruption: the decoder never
 * reads outside what it has written.
 */
export function decompressPalmDoc(input: Uint8Array, limit: number): Uint8Array {
	// No input byte yields more than five output bytes, so this never needs to grow.
	const output = new Uint8Array(Math.min(limit, input.length * 5));
	let written = 0;
	let position = 0;
	const room = (count: number): void => {
		if (written + count > output.length) {
			fail(`a text record decompresses to more than ${limit} bytes`);
		}
	};

	while (position < input.length) {
		const byte = input[position++]!;
		if (byte >= 0x01 && byte <= 0x08) {
			if (position + byte > input.length) {
				fail('corrupt compressed text (literal run past the record)');
			}

			room(byte);
			output.set(input.subarray(position, position + byte), written);
			written += byte;
			position += byte;
		} else if (byte < 0x80) {
			room(1);
			output[written++] = byte;
		} else if (byte >= 0xc0) {
			room(2);
			output[written++] = 0x20;
			output[written++] = byte ^ 0x80;
		} else {
			if (position >= input.length) {
				fail('corrupt compressed text (reference cut short)');
			}

			const pair = (byte << 8) | input[position++]!;
			const distance = (pair >> 3) & 0x7_ff;
			const length = (pair & 0b111) + 3;
			if (distance === 0 || distance > written) {
				fail('corrupt compressed text (reference before the record)');
			}

			room(length);
			// Byte by byte: a reference may overlap the bytes it is writing.
			for (let index = 0; index < length; index++) {
				output[written] = output[written - distance]!;
				written++;
			}
		}
	}

	return output.subarray(0, written);
}
