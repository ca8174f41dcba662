import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {fixture, repoRoot, runCli, testHome} from '../helpers/run-cli.js';

type GrepJson = {works: Array<{title: string; path: string; hits: Array<{paragraph: number; char: number; snippet: string}>}>};

describe('ficread --grep', () => {
	it('prints the works whose text holds the phrase, each with its hits, in the shape of --filter', () => {
		const {code, stdout} = runCli([fixture('library'), '--grep', 'LAMP AT\ngull point', '--json']);
		expect(code).toBe(0);
		const parsed = JSON.parse(stdout) as GrepJson;
		expect(Object.keys(parsed)).toEqual(['works', 'skipped']);
		expect(parsed.works.map(work => work.title)).toEqual(['The Lamp at Gull Point']);
		const [first] = parsed.works[0]!.hits;
		expect(first!.snippet.toLowerCase()).toContain('lamp at gull point');
		expect(Object.keys(parsed.works[0]!)).toEqual(expect.arrayContaining(['id', 'title', 'authors', 'tags', 'hits']));
	});

	it('exits 1 when nothing matches, and refuses a blank phrase', () => {
		expect(runCli([fixture('library'), '--grep', 'no such words anywhere']).code).toBe(1);
		const blank = runCli([fixture('library'), '--grep', '   ']);
		expect(blank.code).toBe(2);
		expect(blank.stderr).toMatch(/--grep needs a phrase/);
	});

	it('searches many works in worker threads and finds curly quotes and accents from a plain phrase', () => {
		const dir = path.join(testHome, 'grep-library');
		mkdirSync(dir, {recursive: true});
		for (let index = 0; index < 120; index++) {
			const line = index % 40 === 7 ? 'She said \u201CDon\u2019t wait for \u00C9ponine\u201D and left.' : `Nothing to see in work ${index}.`;
			writeFileSync(path.join(dir, `work-${String(index).padStart(3, '0')}.txt`), `Title: Work ${index}\n\n${line}\n`);
		}

		const {code, stdout} = runCli([dir, '--grep', '"don\'t wait for eponine"', '--json']);
		expect(code).toBe(0);
		const parsed = JSON.parse(stdout) as GrepJson;
		expect(parsed.works.map(work => work.path)).toEqual(['work-007.txt', 'work-047.txt', 'work-087.txt']);
	});

	// Regression: a work with 21 hits said "… 17 more" after its 3 shown: the search stops at 20 a work.
	it('says the count of hits past the 20 it looks for is a floor', () => {
		const dir = path.join(testHome, 'grep-many-hits');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'window.txt'), Array.from({length: 25}, (_, index) => `She looked out of the window, night ${index}.`).join('\n\n') + '\n');
		writeFileSync(path.join(dir, 'few.txt'), Array.from({length: 5}, (_, index) => `The window again, morning ${index}.`).join('\n\n') + '\n');
		const {code, stdout} = runCli([dir, '--grep', 'the window']);
		expect(code).toBe(0);
		expect(stdout).toContain('  … 17+ more\n');
		expect(stdout).toContain('  … 2 more\n');
	});

	it('names every file it could not search, and lists one copy of a work whose copies all hold the phrase', () => {
		const dir = path.join(testHome, 'grep-copies');
		mkdirSync(dir, {recursive: true});
		const work = (chapters: string) => `Title: Salt Road\nWork ID: 4242\nChapters: ${chapters}\n\nThe salt road ran north.\n`;
		writeFileSync(path.join(dir, 'salt-road-old.txt'), work('1/3'));
		writeFileSync(path.join(dir, 'salt-road-new.txt'), work('2/3'));
		writeFileSync(path.join(dir, 'empty.txt'), '');
		writeFileSync(path.join(dir, 'broken.epub'), 'PK\u0003\u0004 not a zip');
		const json = runCli([dir, '--grep', 'salt road', '--json']);
		expect(json.code).toBe(0);
		const parsed = JSON.parse(json.stdout) as GrepJson & {skipped: Array<{path: string; reason: string}>};
		expect(parsed.works.map(found => found.path)).toEqual(['salt-road-new.txt']);
		expect(parsed.skipped.map(file => file.path)).toEqual(['broken.epub', 'empty.txt']);
		expect(parsed.skipped[1]!.reason).toBe('empty file');
		const table = runCli([dir, '--grep', 'salt road']);
		expect(table.stdout.endsWith('1 work\n')).toBe(true);
		expect(table.stderr).toMatch(/^ficread: broken\.epub: not searched: .+\nficread: empty\.txt: not searched: empty file\n$/);
	});

	it('searches a file whose name is not UTF-8, in workers and on the main thread alike', () => {
		const dir = path.join(testHome, 'grep-latin1-name');
		mkdirSync(dir, {recursive: true});
		// 60 files, so that the search runs in workers; the one named in Latin-1 holds the phrase.
		for (let index = 0; index < 60; index++) writeFileSync(path.join(dir, `work-${index}.txt`), `Title: Work ${index}\n\nNothing here.\n`);
		writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Title: Caf\n\nThe salt road ran north.\n');
		const {code, stdout, stderr} = runCli([dir, '--grep', 'salt road', '--json']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect((JSON.parse(stdout) as GrepJson).works.map(work => work.title)).toEqual(['Caf']);
	});

	it('drops a hit in a copy that the list does not show, as the list drops that copy', () => {
		const dir = path.join(testHome, 'grep-old-copy');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'old.txt'), 'Title: Salt Road\nWork ID: 4343\nChapters: 1/3\n\nThe salt road ran north.\n');
		writeFileSync(path.join(dir, 'new.txt'), 'Title: Salt Road\nWork ID: 4343\nChapters: 2/3\n\nThe coast road ran north.\n');
		// The index the app writes is how --grep knows the other copy.
		runCli([dir, '--list']);
		const {code, stdout} = runCli([dir, '--grep', 'salt road', '--json']);
		expect(code).toBe(1);
		expect((JSON.parse(stdout) as GrepJson).works).toEqual([]);
	});

	it('runs its workers from the built dist/grep-worker.mjs (a worker that failed would leave its share to the main thread, unseen)', async () => {
		const dir = path.join(testHome, 'grep-worker-bundle');
		mkdirSync(dir, {recursive: true});
		writeFileSync(path.join(dir, 'a.txt'), 'Title: A\n\nThe salt road ran north.\n');
		writeFileSync(path.join(dir, 'b.txt'), 'Title: B\n\nNothing here.\n');
		const files = ['a.txt', 'b.txt'].map((relative, index) => ({index, relative, root: dir}));
		const worker = new Worker(path.join(repoRoot, 'dist/grep-worker.mjs'), {workerData: {phrase: 'salt road', files}});
		const messages: Array<{type: string; reports?: Array<{index: number; hits: unknown[]}>}> = [];
		await new Promise<void>((resolve, reject) => {
			worker.on('message', (message: {type: string}) => {
				messages.push(message);
				if (message.type === 'done') resolve();
			});
			worker.on('error', reject);
		});
		await worker.terminate();
		const reports = messages.flatMap(message => message.reports ?? []);
		expect(reports.map(report => [report.index, report.hits.length]).sort()).toEqual([
			[0, 1],
			[1, 0],
		]);
	});
});
