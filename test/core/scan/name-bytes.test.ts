import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {scanLibrary} from '../../../source/core/library/scan-library.js';
import {nameFromBytes, onDisk} from '../../../source/core/scan/name-bytes.js';
import {walkFicFiles} from '../../../source/core/scan/walk-fic-files.js';
import {displaySafe, displaySafeJson} from '../../../source/core/text/display-safe.js';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('nameFromBytes', () => {
	it('reads UTF-8 as it is, and keeps each other byte as a lone surrogate that finds the file again', () => {
		expect(nameFromBytes(Buffer.from('café ✓.txt'))).toBe('café ✓.txt');
		const name = nameFromBytes(latin1('café.txt'));
		expect(name).toBe('caf\uDCE9.txt');
		expect(displaySafe(name)).toBe('caf\uFFFD.txt');
		expect(onDisk('/lib', `dir_\uDCFF/${name}`)).toEqual(Buffer.concat([Buffer.from('/lib/dir_'), Buffer.of(0xff), Buffer.from('/caf'), Buffer.of(0xe9), Buffer.from('.txt')]));
		expect(onDisk('/lib', 'a/b.txt')).toBe('/lib/a/b.txt');
		// A truncated sequence before valid text: only the bad bytes are kept as bytes.
		expect(nameFromBytes(Buffer.concat([Buffer.of(0xe2, 0x9c), Buffer.from('✓')]))).toBe('\uDCE2\uDC9C✓');
	});
});

// Regression (issue 16.6): `café.txt` in Latin-1 was neither listed nor skipped, and a folder `dir_\xff` was
// "the file disappeared while scanning" with its contents never read.
describe('a library with names that are not UTF-8', () => {
	it('lists and reads them, shown with U+FFFD, and keeps them exact in the caches and in JSON', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'ficread-bytes-'));
		const rootBytes = Buffer.from(root);
		const at = (...parts: Buffer[]) => Buffer.concat([rootBytes, ...parts.flatMap(part => [Buffer.from('/'), part])]);
		await writeFile(at(latin1('café.txt')), 'Title: Latin\n\nA body.\n');
		await mkdir(at(Buffer.concat([Buffer.from('dir_'), Buffer.of(0xff)])));
		await writeFile(at(Buffer.concat([Buffer.from('dir_'), Buffer.of(0xff)]), Buffer.from('inside.txt')), 'Title: Inside\n\nAnother body.\n');
		expect((await walkFicFiles(root)).files).toEqual(['caf\uDCE9.txt', 'dir_\uDCFF/inside.txt']);
		const cacheFile = path.join(root, '..', `${path.basename(root)}-index.json`);
		for (const run of ['cold', 'warm']) {
			const library = await scanLibrary(root, {cacheFile});
			expect(library.skipped, run).toEqual([]);
			expect(library.works.map(work => [work.meta.path, work.meta.title]), run).toEqual([
				['caf\uDCE9.txt', 'Latin'],
				['dir_\uDCFF/inside.txt', 'Inside'],
			]);
		}

		const json = displaySafeJson({path: 'caf\uDCE9.txt'});
		expect(json).toBe('{"path":"caf\\udce9.txt"}');
	});
});
