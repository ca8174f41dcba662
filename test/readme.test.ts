import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {generatedReadme} from './helpers/readme-sections.js';
import {repoRoot, runCli} from './helpers/run-cli.js';

const readme = readFileSync(path.join(repoRoot, 'readme.md'), 'utf8');

describe('readme.md', () => {
	it('has the key table and --help exactly as the code has them (run scripts/update-readme.ts)', () => {
		expect(readme).toBe(generatedReadme(readme));
	});

	it('shows --help verbatim', () => {
		const help = runCli(['--help']).stdout.trimEnd();
		expect(readme).toContain(help.replace(/^\n/, '').split('\n').map(line => line.trimEnd()).join('\n'));
	});

	it('is a first page, not a manual: at most 16 KB', () => {
		expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(16 * 1024);
	});

	it('gives the two commands: install and run on the sample library, and the tests', () => {
		expect(readme).toContain('npm install && npx ficread fixtures/downloads');
		expect(readme).toContain('npm test');
	});
});
