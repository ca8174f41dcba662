import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {grepLibrary} from '../../../source/core/grep/grep-library.js';
import {folderWith} from '../../helpers/folder-with.js';

describe('grepLibrary with a signal', () => {
	it('stops reporting once aborted, and resolves with what it found before', async () => {
		const names = Array.from({length: 20}, (_, index) => `w${index}.txt`);
		const root = await folderWith(Object.fromEntries(names.map(name => [name, 'The salt road ran north.'])));
		const files = names.map((name, index) => ({index, absolute: path.join(root, name), relative: name}));
		const controller = new AbortController();
		const reported: number[] = [];
		const found = await grepLibrary(files, 'salt road', {
			workerScript: null,
			signal: controller.signal,
			onFile(report) {
				reported.push(report.index);
				if (reported.length === 3) controller.abort();
			},
		});
		expect(reported).toEqual([0, 1, 2]);
		expect([...found.keys()]).toEqual([0, 1, 2]);
	});
});
