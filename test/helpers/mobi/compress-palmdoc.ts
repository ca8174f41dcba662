/**
 * A test-only PalmDOC compressor, the inverse of `decompressPalmDoc`: greedy
 * back-references (distance ≤ 2047, length 3–10), space + character pairs,
 * literals, and counted runs for the bytes that cannot stand alone. Slow and
 * simple; it exists so tests can build compressed records from known text.
 */
export function compressPalmDoc(input: Uint8Array): Uint8Array {
	const output: number[] = [];
	let position = 0;
	const standsAlone = (byte: number) => byte === 0 || (byte >= 0x09 && byte <= 0x7f);
	while (position < input.length) {
		let bestLength = 0;
		let bestDistance = 0;
		for (let distance = 1; distance <= Math.min(2047, position); distance++) {
			let length = 0;
			while (length < 10 && position + length < input.length && input[position + length] === input[position + length - distance]) {
				length++;
			}

			if (length > bestLength) {
				bestLength = length;
				bestDistance = distance;
			}
		}

		if (bestLength >= 3) {
			const pair = 0x80_00 | (bestDistance << 3) | (bestLength - 3);
			output.push(pair >> 8, pair & 0xff);
			position += bestLength;
			continue;
		}

		const byte = input[position]!;
		const next = input[position + 1];
		if (byte === 0x20 && next !== undefined && next >= 0x40 && next <= 0x7f) {
			output.push(next ^ 0x80);
			position += 2;
		} else if (standsAlone(byte)) {
			output.push(byte);
			position++;
		} else {
			let run = 0;
			while (run < 8 && position + run < input.length && !standsAlone(input[position + run]!)) {
				run++;
			}

			output.push(run, ...input.subarray(position, position + run));
			position += run;
		}
	}

	return Uint8Array.from(output);
}
