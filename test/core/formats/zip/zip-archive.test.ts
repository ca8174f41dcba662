import zlib from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {openZip, readEntry, type ZipArchive} from '../../../../source/core/formats/zip/zip-archive.js';
import {zip, type ZipEntry} from '../../../../scripts/fixtures/zip-writer.mjs';
import {byteSource, claimMethod} from '../../../helpers/byte-source.js';

const decoder = new TextDecoder();

/** The fixtures' zip, as a copy a test may damage. */
function makeZip(entries: ZipEntry[]): Uint8Array {
	return new Uint8Array(zip(entries));
}

/** The zip with a comment after its end record, which the end record counts. */
function withComment(bytes: Uint8Array, comment: string): Uint8Array {
	const commentBytes = new TextEncoder().encode(comment);
	const result = new Uint8Array(bytes.length + commentBytes.length);
	result.set(bytes);
	result.set(commentBytes, bytes.length);
	new DataView(result.buffer).setUint16(bytes.length - 2, commentBytes.length, true);
	return result;
}

async function open(bytes: Uint8Array, budget?: number): Promise<ZipArchive> {
	const zip = await openZip(byteSource(bytes), budget);
	if (!zip.ok) throw new Error(zip.reason);
	return zip;
}

async function reasonOf(bytes: Uint8Array): Promise<string> {
	const zip = await openZip(byteSource(bytes));
	return zip.ok ? 'opened' : zip.reason;
}

async function entryReason(bytes: Uint8Array, name: string): Promise<string> {
	const read = await readEntry(await open(bytes), name);
	return read.ok ? 'read' : read.reason;
}

describe('openZip', () => {
	it('lists entries from the central directory, leaving directories out', async () => {
		const zip = await open(makeZip([
			{name: 'mimetype', data: 'application/epub+zip', store: true},
			{name: 'OEBPS/', data: '', store: true},
			{name: 'OEBPS/ch1.xhtml', data: '<p>One</p>'.repeat(100)},
		]));
		expect([...zip.entries.keys()]).toEqual(['mimetype', 'OEBPS/ch1.xhtml']);
		expect(zip.entries.get('OEBPS/ch1.xhtml')).toMatchObject({method: 8, size: 1000});
	});

	it('reads only the tail of a large zip, and no entry data', async () => {
		const big = new Uint8Array(1024 * 1024).map((_, index) => (index * 7919) % 251);
		const source = byteSource(makeZip([{name: 'noise.bin', data: big, store: true}, {name: 'a.txt', data: 'a'}]));
		const zip = await openZip(source);
		expect(zip.ok).toBe(true);
		expect(source.bytesRead).toBeLessThan(70 * 1024);
	});

	it('finds the end record behind a comment', async () => {
		const zip = await open(withComment(makeZip([{name: 'a.txt', data: 'hello'}]), 'x'.repeat(40_000)));
		expect([...zip.entries.keys()]).toEqual(['a.txt']);
	});

	it('refuses what is not a zip, or is cut short', async () => {
		expect(await reasonOf(new TextEncoder().encode('just some text, long enough to look at'))).toMatch(/not a zip/);
		expect(await reasonOf(new Uint8Array(3))).toMatch(/not a zip/);
		const whole = makeZip([{name: 'a.txt', data: 'hello'}, {name: 'b.txt', data: 'world'}]);
		expect(await reasonOf(whole.subarray(0, whole.length - 30))).toMatch(/not a zip|corrupt/);
	});

	it('refuses unsafe and duplicate names', async () => {
		expect(await reasonOf(makeZip([{name: '../evil.txt', data: 'x'}]))).toMatch(/climbs out/);
		expect(await reasonOf(makeZip([{name: 'a/../../evil.txt', data: 'x'}]))).toMatch(/climbs out/);
		expect(await reasonOf(makeZip([{name: '/etc/passwd', data: 'x'}]))).toMatch(/absolute/);
		expect(await reasonOf(makeZip([{name: 'C:\\x.txt', data: 'x'}]))).toMatch(/absolute/);
		expect(await reasonOf(makeZip([{name: 'a\0.txt', data: 'x'}]))).toMatch(/NUL/);
		expect(await reasonOf(makeZip([{name: 'a.txt', data: 'x'}, {name: 'a.txt', data: 'y'}]))).toMatch(/share a name/);
	});

	it('refuses more than 10,000 entries', async () => {
		const inputs = Array.from({length: 10_001}, (_, index) => ({name: `f${index}`, data: '', store: true}));
		expect(await reasonOf(makeZip(inputs))).toMatch(/10001 entries/);
	});

	it('refuses Zip64', async () => {
		const bytes = makeZip([{name: 'a.txt', data: 'x'}]);
		const view = new DataView(bytes.buffer);
		view.setUint16(bytes.length - 22 + 10, 0xff_ff, true);
		view.setUint16(bytes.length - 22 + 8, 0xff_ff, true);
		expect(await reasonOf(bytes)).toMatch(/Zip64/);
	});
});

describe('readEntry', () => {
	it('reads stored and deflated entries', async () => {
		const zip = await open(makeZip([
			{name: 'mimetype', data: 'application/epub+zip', store: true},
			{name: 'text.xhtml', data: 'ünïcode '.repeat(5000)},
		]));
		const stored = await readEntry(zip, 'mimetype');
		const deflated = await readEntry(zip, 'text.xhtml');
		expect(stored.ok && decoder.decode(stored.bytes)).toBe('application/epub+zip');
		expect(deflated.ok && decoder.decode(deflated.bytes)).toBe('ünïcode '.repeat(5000));
	});

	it('reads an empty entry', async () => {
		const zip = await open(makeZip([{name: 'empty', data: ''}, {name: 'empty-stored', data: '', store: true}]));
		for (const name of ['empty', 'empty-stored']) {
			const read = await readEntry(zip, name);
			expect(read.ok && read.bytes.length).toBe(0);
		}
	});

	it('says which entry is missing', async () => {
		expect(await entryReason(makeZip([{name: 'a', data: 'x'}]), 'b')).toMatch(/no entry b/);
	});

	it('refuses encrypted entries and unknown methods', async () => {
		expect(await entryReason(makeZip([{name: 'a', data: 'x', flags: 0x01}]), 'a')).toMatch(/encrypted/);
		expect(await entryReason(claimMethod(makeZip([{name: 'a', data: 'x'}]), 'a', 99), 'a')).toMatch(/encrypted/);
		expect(await entryReason(claimMethod(makeZip([{name: 'a', data: 'x'}]), 'a', 12), 'a')).toMatch(/method 12 is not supported/);
	});

	it('stops a zip bomb at its declared size', async () => {
		const bomb = new Uint8Array(20 * 1024 * 1024);
		expect(await entryReason(makeZip([{name: 'bomb', data: bomb, uncompressedSize: 100_000}]), 'bomb')).toMatch(/another size/);
		expect(await entryReason(makeZip([{name: 'bomb', data: bomb, uncompressedSize: 1000}]), 'bomb')).toMatch(/sizes disagree/);
		expect(await entryReason(makeZip([{name: 'a', data: 'short', uncompressedSize: 100}]), 'a')).toMatch(/another size/);
	});

	it('refuses an entry declared larger than 32 MiB without inflating it', async () => {
		expect(await entryReason(makeZip([{name: 'big', data: 'x', uncompressedSize: 33 * 1024 * 1024}]), 'big')).toMatch(/too large/);
	});

	it('stops once the archive budget is spent', async () => {
		const chunk = 'y'.repeat(4000);
		const zip = await open(makeZip([{name: 'a', data: chunk}, {name: 'b', data: chunk}, {name: 'c', data: chunk}]), 10_000);
		expect((await readEntry(zip, 'a')).ok).toBe(true);
		expect((await readEntry(zip, 'b')).ok).toBe(true);
		expect(await readEntry(zip, 'c')).toMatchObject({ok: false, reason: expect.stringMatching(/in all/)});
	});

	it('refuses damaged data and checksum mismatches', async () => {
		const text = 'The quick brown fox. '.repeat(200);
		const bytes = makeZip([{name: 'a', data: text}]);
		const body = zlib.deflateRawSync(new TextEncoder().encode(text));
		const dataStart = 30 + 1;
		bytes[dataStart + Math.floor(body.length / 2)]! ^= 0xff;
		expect(await entryReason(bytes, 'a')).toMatch(/corrupt|another size/);

		const stored = makeZip([{name: 'a', data: text, store: true}]);
		stored[dataStart + 10]! ^= 0x01;
		expect(await entryReason(stored, 'a')).toMatch(/checksum/);
	});

	it('refuses an entry whose local header is not where the directory says', async () => {
		const bytes = makeZip([{name: 'a', data: 'hello'}]);
		bytes[0] = 0;
		expect(await entryReason(bytes, 'a')).toMatch(/no local header/);
	});
});
