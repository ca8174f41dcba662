import type {FileSource} from '../../../../source/core/formats/format-adapter.js';

/** A FileSource over bytes in memory that records how far it was read. */
export function memoryFileSource(content: string | Uint8Array, path = 'works/a.html'): FileSource & {furthest: number} {
	const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
	const source = {
		path,
		size: bytes.length,
		furthest: 0,
		async read(offset: number, length: number): Promise<Uint8Array> {
			const end = Math.min(bytes.length, offset + length);
			source.furthest = Math.max(source.furthest, end);
			return bytes.slice(offset, end);
		},
	};
	return source;
}
