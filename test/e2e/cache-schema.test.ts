import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import pkg from '../../package.json' with {type: 'json'};
import {fixture, runCli} from '../helpers/run-cli.js';

type Listed = {works: Array<{title: string; toc: Array<{title: string}>}>};

const tocs = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as Listed).works.map(work => [work.title, work.toc.map(entry => entry.title)]));

/**
 * Rewrites the caches in `dir` as a build of schema 2 wrote them: before EPUB
 * listings named their chapters, an AO3 or FanFicFare book's listing had no
 * headings (a row's last field) and its details no contents.
 */
function asSchemaTwo(dir: string): void {
	for (const name of readdirSync(dir).filter(name => /^(index|head|details)-.*\.json$/.test(name))) {
		const file = path.join(dir, name);
		const cache = JSON.parse(readFileSync(file, 'utf8')) as {version: string; works?: unknown[][]; entries?: Record<string, unknown[]>};
		cache.version = `2+${pkg.version}`;
		for (const row of cache.works ?? []) row[row.length - 1] = 0;
		for (const entry of Object.values(cache.entries ?? {})) entry[3] = [];
		writeFileSync(file, JSON.stringify(cache));
	}
}

describe('the index cache of an older build', () => {
	it('is not used when its listings lack what this build lists: an EPUB\'s chapters', () => {
		const library = mkdtempSync(path.join(os.tmpdir(), 'ficread-schema-'));
		for (const name of ['The_Long_Ledger_of.epub', 'A Field Guide to Quiet Rooms-ao3_52840117.epub']) copyFileSync(fixture('downloads', name), path.join(library, name));
		const cache = path.join(library, '.cache');
		mkdirSync(cache);
		const list = () => runCli([library, '--list', '--json'], {env: {XDG_CACHE_HOME: cache}});
		const cold = list();
		expect(cold.code).toBe(0);
		const chapters = {
			'The Long Ledger of Harrow Quay': ['Chapter 1: Morning', 'Chapter 2: The Whole of the Day'],
			'A Field Guide to Quiet Rooms': ['1. Entry Hall', '2. The Map Room, Which Is Also a Kitchen'],
		};
		expect(tocs(cold.stdout)).toEqual(chapters);

		asSchemaTwo(path.join(cache, 'ficread'));
		const warm = list();
		expect(warm.code).toBe(0);
		expect(tocs(warm.stdout)).toEqual(chapters);
	});
});
