import {execFileSync, spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliPath, isolatedEnv, repoRoot, runCli} from '../helpers/run-cli.js';

describe('ficread usage errors', () => {
	it.each([
		[['no-such-folder', '--list'], 'ficread: no-such-folder: no such folder\n'],
		[['package.json', '--list'], 'ficread: package.json: not a folder\n'],
		[['fixtures/library', '--bogus'], 'ficread: unknown flag --bogus (see --help)\n'],
		[['fixtures/library', '--print', '999'], 'ficread: no work "999" in fixtures/library (give a Work ID or a path; see --list)\n'],
		[['fixtures/library', '--width', 'wide', '--print', '51000001'], 'ficread: --width must be a whole number from 20 to 1000, got "wide"\n'],
		[['fixtures/library'], 'ficread: not a terminal; use --list, --json or --print\n'],
		// meow threw on these, and the stack trace went to the terminal with exit 1.
		[['fixtures/library', '--width', '30', '--width', '40', '--print', '51000001'], 'ficread: --width can only be given once\n'],
		[['fixtures/library', '--filter=lamp', '--filter=gull'], 'ficread: --filter can only be given once\n'],
		[['fixtures/library', '--state', 'a', '--state', 'b', '--list'], 'ficread: --state can only be given once\n'],
		// meow read these as other flags, or as nothing, and the reader started.
		[['fixtures/library', '--LIST'], 'ficread: unknown flag --LIST (see --help)\n'],
		[['fixtures/library', '--List'], 'ficread: unknown flag --List (see --help)\n'],
		[['fixtures/library', '--Width', '20', '--list'], 'ficread: unknown flag --Width (see --help)\n'],
		[['fixtures/library', '--Filter', 'lamp'], 'ficread: unknown flag --Filter (see --help)\n'],
		[['fixtures/library', '--no-list'], 'ficread: unknown flag --no-list (see --help)\n'],
		[['fixtures/library', '--list=foo'], 'ficread: --list takes no value\n'],
		[['fixtures/library', '-x'], 'ficread: unknown flag -x (see --help)\n'],
	])('%j → one line on stderr, exit 2', (args, message) => {
		const {code, stdout, stderr} = runCli(args);
		expect(stderr).toBe(message);
		expect(stdout).toBe('');
		expect(code).toBe(2);
	});

	// It said "no such folder" whatever stopped it.
	it('says why DIR cannot be opened', () => {
		const loop = path.join(mkdtempSync(path.join(os.tmpdir(), 'ficread-loop-')), 'loop');
		symlinkSync('loop', loop);
		const {code, stdout, stderr} = runCli([loop, '--list']);
		expect(stderr).toBe(`ficread: ${loop}: too many symbolic links encountered\n`);
		expect(stdout).toBe('');
		expect(code).toBe(2);
	});

	it('shows help with examples and the version', () => {
		const help = runCli(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('$ ficread [DIR]');
		expect(help.stdout).toContain('Examples');
		const version = runCli(['--version']);
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	it('answers --help and --version before anything else on the line', () => {
		const help = runCli(['--help']);
		const version = runCli(['--version']);
		expect(runCli(['fixtures/library', '--version', '--list'])).toEqual(version);
		expect(runCli(['fixtures/library', '--list', '--help'])).toEqual(help);
		expect(runCli(['--bogus', '--width=x', '--help'])).toEqual(help);
		expect(runCli(['--version', '--help'])).toEqual(help);
		// -h started the reader.
		expect(runCli(['fixtures/library', '-h'])).toEqual(help);
	});

	// Regression: in a fresh clone the built bin was not executable, so the readme's `npx ficread` failed.
	it('runs as the package bin, without `node` in front', () => {
		expect(execFileSync(cliPath, ['--version'], {encoding: 'utf8'}).trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});
});

describe('flag values', () => {
	// The readme's exclusion syntax: the query after --filter was read as the flags -f, -l, -u…
	it('are the next argument, whatever it starts with', () => {
		const excluded = runCli(['fixtures/library', '--filter', '-fluff', '--json']);
		expect(excluded.stderr).toBe('');
		expect(excluded.code).toBe(0);
		const titles = (JSON.parse(excluded.stdout) as {works: Array<{title: string}>}).works.map(work => work.title);
		expect(titles).toContain('The Lamp at Gull Point');
		expect(titles).not.toContain('Slow Burn in the Bakery');
		expect(runCli(['fixtures/library', '--filter=-fluff', '--json'])).toEqual(excluded);
		expect(runCli(['fixtures/library', '--print', '51000001', '--width', '-30']).stderr).toBe('ficread: --width must be a whole number from 20 to 1000, got "-30"\n');
	});

	// meow stripped the quotes after `=`, so the phrase "gull lamp" became the words gull and lamp.
	it('are taken as written, quotes and all, after = as after a space', () => {
		const spaced = runCli(['fixtures/library', '--filter', '"gull lamp"']);
		expect(spaced.code).toBe(1);
		expect(runCli(['fixtures/library', '--filter="gull lamp"'])).toEqual(spaced);
	});
});

describe('ficread output that cannot be written', () => {
	// Regression (issue 16.3): an uncaught ENOSPC, a stack trace and minified source, and exit 1 ("nothing matched").
	// Regression: --help and --version said nothing and exited 0 (meow printed them with console.log).
	it.each([[['--list']], [['--list', '--json']], [['--print', '51000001']], [['--help']], [['--version']]])('%j > /dev/full → one line, exit 74', args => {
		const full = openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cliPath, 'fixtures/library', ...args], {cwd: repoRoot, env: {...process.env, ...isolatedEnv}, encoding: 'utf8', stdio: ['ignore', full, 'pipe']});
			expect(result.stderr).toBe('ficread: cannot write the output: no space left on device\n');
			expect(result.status).toBe(74);
		} finally {
			closeSync(full);
		}
	});
});

