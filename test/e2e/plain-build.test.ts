import {execFileSync} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {isolatedEnv, repoRoot, runCli} from '../helpers/run-cli.js';

// The bench measures every stand-in against this build (CONTRIBUTING.md): it must keep building, and
// show what the shipped build shows.
it('builds without the stand-ins (--plain), and lists a library as the shipped build does', () => {
	const outdir = mkdtempSync(path.join(os.tmpdir(), 'ficread-plain-'));
	execFileSync(process.execPath, ['scripts/build.js', '--plain', '--outdir', outdir], {cwd: repoRoot, stdio: 'ignore'});
	const args = ['fixtures/library', '--list'];
	const plain = execFileSync(process.execPath, [path.join(outdir, 'cli.js'), ...args], {cwd: repoRoot, env: {...process.env, NO_COLOR: '1', ...isolatedEnv}, encoding: 'utf8'});
	const shipped = runCli(args);
	expect(shipped.code).toBe(0);
	expect(plain).toBe(shipped.stdout);
	// A whole build, and two runs: longer than a test's usual 20 s on a busy machine.
}, 90_000);
