import type {FileSource} from '../../../source/core/formats/format-adapter.js';

/** A FileSource over bytes in memory, counting its reads so tests can see how much a reader asked for. */
export function byteSource(bytes: Uint8Array, path = 'book.mobi'): FileSource & {bytesRead: number} {
	const source = {
		path,
		size: bytes.length,
		bytesRead: 0,
		async read(offset: number, length: number) {
			const chunk = bytes.slice(offset, offset + length);
			source.bytesRead += chunk.length;
			return chunk;
		},
	};
	return source;
}
