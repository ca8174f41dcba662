import {describe, expect, it} from 'vitest';
import type {GrepReport} from '../../../source/core/grep/grep-files.js';
import {grepLibrary} from '../../../source/core/grep/grep-library.js';
import {folderWith} from '../../helpers/folder-with.js';

const workerScript = new URL('../../helpers/grep-worker-entry.mjs', import.meta.url);

async function library(count: number) {
	const texts: Record<string, string> = {};
	for (let index = 0; index < count; index++) {
		texts[`work-${index}.txt`] = `Title: Work ${index}\n\n${index % 3 === 0 ? 'The lamp at Gull Point went out.' : 'Nothing here.'}\n`;
	}

	const dir = await folderWith(texts, 'ficread-grep-');
	return Object.keys(texts).map((relative, index) => ({index, relative, root: dir}));
}

describe('grepLibrary', () => {
	it('searches in workers and reports every file once', async () => {
		const files = await library(120);
		const reported: number[] = [];
		const found = await grepLibrary(files, 'gull point', {workerScript, onFile: report => reported.push(report.index)});
		expect(reported.sort((a, b) => a - b)).toEqual(files.map(file => file.index));
		expect([...found.keys()].sort((a, b) => a - b)).toEqual(files.filter(file => file.index % 3 === 0).map(file => file.index));
	}, 30_000);

	for (const where of ['in workers', 'on this thread'] as const) {
		it(`stops at an abort ${where}: settles with what was found, and reports nothing after`, async () => {
			const files = await library(120);
			const controller = new AbortController();
			const reports: GrepReport[] = [];
			let afterAbort = 0;
			const found = await grepLibrary(files, 'gull point', {
				workerScript: where === 'in workers' ? workerScript : null,
				signal: controller.signal,
				onFile(report) {
					if (controller.signal.aborted) afterAbort++;
					reports.push(report);
					controller.abort();
				},
			});
			expect(afterAbort).toBe(0);
			expect(reports.length).toBeGreaterThan(0);
			expect(reports.length).toBeLessThan(files.length);
			expect([...found.keys()].sort()).toEqual(reports.filter(report => report.hits.length > 0).map(report => report.index).sort());
		}, 30_000);
	}

	it('searches nothing when aborted before it starts', async () => {
		const files = await library(60);
		let reported = 0;
		const found = await grepLibrary(files, 'gull point', {workerScript, signal: AbortSignal.abort(), onFile: () => reported++});
		expect(found.size).toBe(0);
		expect(reported).toBe(0);
	});
});

describe('grepLibrary with a signal', () => {
	it('stops reporting once aborted, and resolves with what it found before', async () => {
		const names = Array.from({length: 20}, (_, index) => `w${index}.txt`);
		const root = await folderWith(Object.fromEntries(names.map(name => [name, 'The salt road ran north.'])));
		const files = names.map((name, index) => ({index, root, relative: name}));
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
