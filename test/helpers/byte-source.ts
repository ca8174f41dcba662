import type {FileSource} from '../../source/core/formats/format-adapter.js';

type CountingSource = FileSource & {furthest: number; bytesRead: number; reads: number};

/** A FileSource over bytes (or text) in memory, counting what is read so tests can see how little was. */
export function memoryFileSource(content: string | Uint8Array, path = 'works/a.html'): CountingSource {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const source = {
		path,
		size: bytes.length,
		furthest: 0,
		bytesRead: 0,
		reads: 0,
		async read(offset: number, length: number): Promise<Uint8Array> {
			const chunk = bytes.slice(offset, offset + length);
			source.furthest = Math.max(source.furthest, offset + chunk.length);
			source.bytesRead += chunk.length;
			source.reads++;
			return chunk;
		},
	};
	return source;
}

/** The same, named as a book: for the EPUB and MOBI tests. */
export function byteSource(bytes: Uint8Array, path = 'book.epub'): CountingSource {
	return memoryFileSource(bytes, path);
}

/**
 * Makes the zip claim another compression method for the entry `name`, in
 * its local and its central header, whatever its data is: the fixtures' zip
 * writer only writes methods it can.
 */
export function claimMethod(bytes: Uint8Array, name: string, method: number): Uint8Array {
	const claimed = new Uint8Array(bytes);
	const view = new DataView(claimed.buffer);
	const nameBytes = new TextEncoder().encode(name);
	for (let at = 0; at + 46 <= claimed.length; at++) {
		const signature = view.getUint32(at, true);
		const [nameAt, methodAt] = signature === 0x04_03_4b_50 ? [at + 30, at + 8] : signature === 0x02_01_4b_50 ? [at + 46, at + 10] : [-1, -1];
		if (nameAt === -1 || view.getUint16(signature === 0x04_03_4b_50 ? at + 26 : at + 28, true) !== nameBytes.length) continue;
		if (nameBytes.every((byte, index) => claimed[nameAt + index] === byte)) view.setUint16(methodAt, method, true);
	}

	return claimed;
}
