import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyState, updateWork, withMark} from '../../source/core/state/reading-state.js';
import {fixture, runCli, testHome} from '../helpers/run-cli.js';

const titles = (stdout: string) => (JSON.parse(stdout) as {works: Array<{title: string}>}).works.map(work => work.title);

describe('ficread --filter', () => {
	it('prints the matching works best first, like fzf --filter', () => {
		const {code, stdout} = runCli([fixture('library'), '--filter', 'slow burn']);
		expect(code).toBe(0);
		const rows = stdout.split('\n').slice(1, 4);
		expect(rows[0]).toMatch(/^Slow Burn in the Bakery /);
		// Regression: the table said "0 skipped" whatever the folder held; --json listed them.
		expect(stdout).toContain('3 works, 2 skipped\nskipped: cover.txt: binary file (NUL byte in the first 8 KiB)\nskipped: empty.txt: empty file\n');
	});

	it('gives the --list --json shape in rank order with --json', () => {
		const {code, stdout} = runCli([fixture('library'), '--filter', 'slow bakrey', '--json']);
		expect(code).toBe(0);
		expect(Object.keys(JSON.parse(stdout))).toEqual(['works', 'skipped']);
		expect(titles(stdout)[0]).toBe('Slow Burn in the Bakery');
	});

	it('applies fields, numbers and exclusions', () => {
		expect(titles(runCli([fixture('library'), '--filter', 'tag:angst', '--json']).stdout).sort()).toEqual(['A Map of Small Hours', 'A Map of Small Hours', "The Clockmaker's Apprentice"]);
		const notAngst = titles(runCli([fixture('library'), '--filter', '!tag:angst rating:g', '--json']).stdout);
		expect(notAngst.sort()).toEqual(['An Old Download', 'The Lamp at Gull Point', 'Zoë and the Café on Rue Éponine']);
		expect(titles(runCli([fixture('library'), '--filter', 'words:>1000', '--json']).stdout)).toEqual(['The Lamp at Gull Point']);
		expect(titles(runCli([fixture('library'), '--filter', 'status:wip rating:explicit', '--json']).stdout)).toEqual(['Winter Tea for Two']);
		expect(titles(runCli([fixture('library'), '--filter', 'cafe eponine', '--json']).stdout)).toEqual(['Zoë and the Café on Rue Éponine']);
	});

	// The readme says an empty query lists every work; --filter '' said "needs a value".
	it('prints every work, in --list order, for an empty query', () => {
		const all = runCli([fixture('library'), '--filter', '', '--json']);
		expect(all.stderr).toBe('');
		expect(all.code).toBe(0);
		expect(all.stdout).toBe(runCli([fixture('library'), '--list', '--json']).stdout);
		expect(runCli([fixture('library'), '--filter=', '--json'])).toEqual(all);
	});

	it('exits 1 when nothing matches', () => {
		const {code} = runCli([fixture('library'), '--filter', 'zzzzqqq']);
		expect(code).toBe(1);
		const json = runCli([fixture('library'), '--filter', 'zzzzqqq', '--json']);
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout).works).toEqual([]);
	});

	it('says what is wrong with a query it cannot read, exit 2', () => {
		const {code, stdout, stderr} = runCli([fixture('library'), '--filter', 'words:>abc']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^ficread: cannot read the query: words: expects a number/);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('filters by the marks of the reading state with is:, and refuses an unknown field', () => {
		let state = updateWork(emptyState(), 'id:51000004', work => ({...work, mark: 'later'}), 1);
		state = updateWork(state, 'id:51000002', work => withMark(work, 'read'), 1);
		state = updateWork(state, 'id:51000001', work => ({...withMark(work, 'reading'), bookmarks: [{id: 'b1', position: {paragraph: 3, char: 0}, createdAt: 1, excerpt: 'x'}]}), 1);
		const stateFile = path.join(testHome, 'filter-state.json');
		writeFileSync(stateFile, JSON.stringify(state));
		const filter = (query: string) => titles(runCli([fixture('library'), '--filter', query, '--json', '--state', stateFile]).stdout);
		expect(filter('is:later')).toEqual(['Winter Tea for Two']);
		expect(filter('is:read')).toEqual(['Slow Burn in the Bakery']);
		expect(filter('is:reading')).toEqual(['The Lamp at Gull Point']);
		expect(filter('is:bookmarked')).toEqual(['The Lamp at Gull Point']);
		expect(filter('is:unread')).not.toContain('Winter Tea for Two');
		expect(filter('is:unread').length).toBeGreaterThan(3);
		const unknown = runCli([fixture('library'), '--filter', 'foo:bar']);
		expect(unknown.code).toBe(2);
		expect(unknown.stderr).toMatch(/foo: is not a field \(title author .* is\)/);
	});
});
