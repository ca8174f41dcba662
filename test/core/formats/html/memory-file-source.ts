import type {FileSource} from '../../../../source/core/formats/format-adapter.js';

/** A FileSource over bytes in memory that records how far it was read, and how many bytes it gave in all. */
export function memoryFileSource(content: string | Uint8Array, path = 'works/a.html'): FileSource & {furthest: number; bytesRead: number} {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const source = {
		path,
		size: bytes.length,
		furthest: 0,
		bytesRead: 0,
		async read(offset: number, length: number): Promise<Uint8Array> {
			const end = Math.min(bytes.length, offset + length);
			source.furthest = Math.max(source.furthest, end);
			source.bytesRead += Math.max(0, end - offset);
			return bytes.slice(offset, end);
		},
	};
	return source;
}
