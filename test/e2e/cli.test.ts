import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {cliPath, fixture, isolatedEnv, repoRoot, runCli, seedsDir} from '../helpers/run-cli.js';

// Anything a terminal would act on: ESC, other C0 controls but LF, DEL, C1, bidi overrides.
const terminalControl = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const workKeys = [
	'path', 'format', 'id', 'title', 'authors', 'rating', 'warnings', 'categories', 'fandoms', 'relationships', 'characters', 'tags',
	'language', 'series', 'status', 'chapters', 'words', 'published', 'updated', 'summary', 'toc', 'encoding', 'notes', 'duplicateOf', 'extra',
];

type JsonWork = Record<string, unknown> & {path: string; title: string};

function listJson(dir: string): {works: JsonWork[]; skipped: Array<{path: string; reason: string}>} {
	const {code, stdout, stderr} = runCli([dir, '--list', '--json']);
	expect(stderr).toBe('');
	expect(code).toBe(0);
	return JSON.parse(stdout);
}

describe('ficread --list --json', () => {
	it('gives every work exactly the documented keys', () => {
		const {works} = listJson(fixture('library'));
		expect(works.length).toBe(11);
		for (const work of works) expect(Object.keys(work)).toEqual(workKeys);
	});

	it('lists the demo library with duplicates and skipped files', () => {
		const {works, skipped} = listJson(fixture('library'));
		const old = works.find(work => work.path === 'archive/a-map-of-small-hours (old download).txt');
		expect(old?.duplicateOf).toBe('a-map-of-small-hours.txt');
		expect(skipped).toEqual([
			{path: 'cover.txt', reason: 'binary file (NUL byte in the first 8 KiB)'},
			{path: 'empty.txt', reason: 'empty file'},
		]);
		const lamp = works.find(work => work.id === '51000001')!;
		expect(lamp).toMatchObject({format: 'ao3-text', status: 'complete', chapters: {posted: 6, total: 6}, series: [{name: 'Coastal Lights', part: 1}]});
		expect((lamp.toc as unknown[]).length).toBe(6);
		expect(works.find(work => work.path === 'notes-from-the-train.txt')).toMatchObject({format: 'plain-text', title: 'notes-from-the-train', id: null});
		expect(works.find(work => work.id === '51000009')).toMatchObject({encoding: 'windows-1252', title: 'An Old Download'});
	});

	it('decodes every encoding and repairs what it can, noting what it did', () => {
		const {works, skipped} = listJson(fixture('faults'));
		const byId = (id: string) => works.find(work => work.id === id)!;
		expect(byId('61000002').encoding).toBe('utf-8-bom');
		expect(byId('61000003')).toMatchObject({encoding: 'utf-16le', title: 'UTF-16 LE Title'});
		expect(byId('61000004')).toMatchObject({encoding: 'utf-16be', title: 'UTF-16 BE Title'});
		expect(byId('61000005').encoding).toBe('windows-1252');
		expect(byId('61000006').notes).toContain('mojibake-repaired');
		expect(byId('61000007').notes).toContain('crlf');
		expect(byId('61000008').notes).toContain('cr');
		expect(byId('61000001').notes).toEqual(expect.arrayContaining(['escapes-removed', 'bidi-removed', 'controls-removed']));
		expect(skipped.map(file => file.path)).toEqual(['binary.txt', 'empty.txt', 'whitespace-only.txt']);
	});

	it('never lets a file\'s escape sequences reach stdout, even as JSON text', () => {
		const {stdout} = runCli([fixture('faults'), '--list', '--json']);
		// JSON escapes a control char in a file name as \u001b; it must not appear raw.
		expect(stdout.replace(/\n$/, '')).not.toMatch(terminalControl);
		const {works} = JSON.parse(stdout) as {works: JsonWork[]};
		const evil = works.find(work => work.id === '61000001')!;
		expect(evil.title).toBe('Escape Red Title');
		expect(JSON.stringify({...evil, path: ''})).not.toMatch(/\\u001b|\\u009b|\\u202e/i);
	});
});

describe('ficread --list', () => {
	it('prints a table a person can read, then the skipped files', () => {
		const {code, stdout} = runCli([fixture('library'), '--list']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^TITLE\s+AUTHORS\s+RATING\s+WORDS\s+CHAPTERS\s+STATUS/);
		expect(stdout).toMatch(/The Lamp at Gull Point\s+saltwater_scribe\s+G\s+[\d,]+\s+6\/6\s+complete/);
		expect(stdout).toContain('11 works, 1 duplicate, 2 skipped');
		expect(stdout).toContain('skipped: cover.txt: binary file (NUL byte in the first 8 KiB)');
	});

	it('prints file names with escape sequences harmlessly', () => {
		const {stdout} = runCli([fixture('faults'), '--list']);
		expect(stdout).not.toMatch(terminalControl);
		expect(stdout).toContain('name-with-?[31mescape');
	});
});

describe('ficread --print', () => {
	it('prints the cleaned text by Work ID or by path, paragraphs separated by blank lines', () => {
		const byId = runCli([fixture('library'), '--print', '51000006']);
		expect(byId.code).toBe(0);
		expect(byId.stdout.startsWith('Zoë came in at eight')).toBe(true);
		expect(byId.stdout).toContain('smile.\n\nOn the ninth day');
		const byPath = runCli([fixture('library'), '--print', 'zoe-and-the-cafe.txt']);
		expect(byPath.stdout).toBe(byId.stdout);
	});

	it('wraps to --width', () => {
		const {stdout} = runCli([fixture('library'), '--print', '51000001', '--width', '40']);
		for (const line of stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
		expect(stdout.split('\n').length).toBeGreaterThan(20);
	});

	it('prints a malicious work without any escape sequence', () => {
		const {code, stdout} = runCli([fixture('faults'), '--print', '61000001']);
		expect(code).toBe(0);
		expect(stdout).not.toMatch(terminalControl);
		expect(stdout).toContain('Plain start. Cleared screen? No.');
		expect(stdout).toContain('A link text here.');
		expect(stdout).toContain('ZWJ family 👩\u200D👩\u200D👧 kept');
	});

	it('says why a skipped file cannot be printed', () => {
		const {code, stderr} = runCli([fixture('faults'), '--print', 'binary.txt']);
		expect(code).toBe(2);
		expect(stderr).toBe('ficread: binary.txt: binary file (NUL byte in the first 8 KiB)\n');
	});
});

describe.skipIf(!existsSync(seedsDir))('the seeds', () => {
	it('parse into 3 works with the right titles, authors, tags and chapters, and no mojibake left', () => {
		const {works, skipped} = listJson(seedsDir);
		expect(skipped).toEqual([]);
		expect(works.map(work => work.title).sort()).toEqual(["Don't Say Goodbye (Drabble)", 'Last Confrontation', 'We Die Together']);
		const byTitle = (title: string) => works.find(work => work.title === title)!;
		expect(byTitle('We Die Together')).toMatchObject({id: '3410741', authors: ['LunaCross_Freewood_Ryack12'], tags: [], relationships: ['Javert/Jean Valjean']});
		expect(byTitle("Don't Say Goodbye (Drabble)")).toMatchObject({authors: ['MonsieurMadeleine'], chapters: {posted: 2, total: 2}, status: 'complete', tags: ['Valjean dies', 'Valjean POV']});
		const tags = byTitle('Last Confrontation').tags as string[];
		expect(tags.filter(tag => tag === 'Alpha/Beta/Omega Dynamics')).toHaveLength(1);
		for (const work of works) {
			const text = runCli([seedsDir, '--print', work.path]).stdout;
			expect(text).not.toMatch(/[ÂÃ]/);
			expect(text).not.toMatch(terminalControl);
		}

		expect(runCli([seedsDir, '--print', '1449373']).stdout).toContain('Mon Ètoile');
	});
});

/** Whether this Node caches compiled modules itself (22.8+), which ficread then uses instead of its own code cache. */
const nodeCompileCache = 'enableCompileCache' in nodeModule;

describe('the code cache', () => {
	it('is written on the first run, kept after, and a garbled one changes nothing the user sees', () => {
		const cache = mkdtempSync(path.join(os.tmpdir(), 'ficread-code-'));
		const run = () => runCli(['fixtures/library', '--list'], {env: {XDG_CACHE_HOME: cache}});
		const codeCaches = () => readdirSync(path.join(cache, 'ficread')).filter(name => name.startsWith('code-'));
		const first = run();
		expect(first.code).toBe(0);
		if (nodeCompileCache) {
			// Node 22.8+ keeps its own cache (source/boot/cli.ts): Node's to test, not ficread's.
			expect(readdirSync(path.join(cache, 'ficread', 'compile-cache')).length).toBeGreaterThan(0);
			return;
		}

		expect(codeCaches()).toHaveLength(1);
		const [name] = codeCaches();
		const file = path.join(cache, 'ficread', name!);
		const written = readFileSync(file);
		utimesSync(file, new Date(0), new Date(0));
		expect(run()).toEqual(first);
		// Kept as it was, and marked as used (the caches kept are those of the builds run last).
		expect(readFileSync(file).equals(written)).toBe(true);
		expect(statSync(file).mtimeMs).toBeGreaterThan(0);
		writeFileSync(file, 'garbage');
		expect(run()).toEqual(first);
		expect(readFileSync(file, 'utf8')).not.toBe('garbage');
	});
});

describe('the ficread command, run through its hashbang as npx and a PATH link run it', () => {
	const runCommand = (args: string[], env: Record<string, string> = {}) => {
		const result = spawnSync(cliPath, args, {cwd: repoRoot, env: {...process.env, NO_COLOR: '1', ...isolatedEnv, ...env}, encoding: 'utf8'});
		return {code: result.status, stdout: result.stdout, stderr: result.stderr};
	};

	it('is run by node itself: no shell in between, so npm\'s Windows shim and PATH links run it alike', () => {
		expect(readFileSync(cliPath, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
	});

	it('passes arguments through as given and hands back the exit code', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-odd name \'$HOME\' '));
		writeFileSync(path.join(dir, 'one.txt'), 'Title: Odd Folder\nAuthor: someone\n\nSome text.\n');
		const listed = runCommand([dir, '--list']);
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain('Odd Folder');
		expect(runCommand(['--bogus'])).toMatchObject({code: 2, stderr: expect.stringContaining('unknown flag --bogus')});
	});
});

describe('widths in the built app', () => {
	// The build gives packages a string-width shortcut and a lazily built emoji regex: both must measure as string-width does.
	it('lines up --list columns past curly quotes, emoji and CJK', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-widths-'));
		const titles = ['Plain Title', 'Café — “Quoted”…', 'Moon 🌙 and Tea 🍵', '漢字の物語', 'Family 👩‍👩‍👧 Night', 'Smile ☺️ Again'];
		for (const [index, title] of titles.entries()) writeFileSync(path.join(dir, `${index}.txt`), `Title: ${title}\nAuthor: writer${index}\n\nSome text.\n`);
		const {code, stdout} = runCli([dir, '--list']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		const authorColumn = stringWidth(lines[0]!.slice(0, lines[0]!.indexOf('AUTHORS')));
		for (const [index, title] of titles.entries()) {
			const line = lines.find(text => text.startsWith(title))!;
			expect(stringWidth(line.slice(0, line.indexOf(`writer${index}`)))).toBe(authorColumn);
		}
	});
});
