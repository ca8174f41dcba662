import zlib from 'node:zlib';
import type {FileSource} from '../../source/core/formats/format-adapter.js';

export type ZipInput = {
	name: string;
	data: string | Uint8Array;
	/** Deflate unless told to store (an EPUB's `mimetype` must be stored). */
	store?: boolean;
	/** General-purpose flags to write as they are (bit 0 claims encryption). */
	flags?: number;
	/** A method number to claim, whatever the data is. */
	method?: number;
	/** A size to declare instead of the true one. */
	declaredSize?: number;
};

const encoder = new TextEncoder();

/**
 * A zip written the plain way real EPUB makers do: local headers with sizes,
 * then the central directory, then the end record. Only for tests: the inputs
 * let a test lie about flags, methods and sizes to make hostile archives.
 */
export function makeZip(inputs: readonly ZipInput[], comment = ''): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const input of inputs) {
		const data = typeof input.data === 'string' ? encoder.encode(input.data) : input.data;
		const body = input.store ? Buffer.from(data) : zlib.deflateRawSync(data);
		const name = Buffer.from(input.name, 'utf8');
		const method = input.method ?? (input.store ? 0 : 8);
		const flags = input.flags ?? 0x8_00;
		const crc = zlib.crc32(data);
		const size = input.declaredSize ?? data.length;
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04_03_4b_50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(flags, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02_01_4b_50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(flags, 8);
		central.writeUInt16LE(method, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, body);
		centrals.push(central, name);
		offset += local.length + name.length + body.length;
	}

	const directory = Buffer.concat(centrals);
	const commentBytes = Buffer.from(comment, 'utf8');
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06_05_4b_50, 0);
	end.writeUInt16LE(inputs.length, 8);
	end.writeUInt16LE(inputs.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	end.writeUInt16LE(commentBytes.length, 20);
	return new Uint8Array(Buffer.concat([...locals, directory, end, commentBytes]));
}

/** A FileSource over bytes in memory, counting what is read so tests can see how little was. */
export function byteSource(bytes: Uint8Array, path = 'book.epub'): FileSource & {bytesRead: number; reads: number} {
	const source = {
		path,
		size: bytes.length,
		bytesRead: 0,
		reads: 0,
		async read(offset: number, length: number): Promise<Uint8Array> {
			const chunk = bytes.slice(offset, offset + length);
			source.bytesRead += chunk.length;
			source.reads++;
			return chunk;
		},
	};
	return source;
}
