import {readFileSync} from 'node:fs';
import {build, type Plugin} from 'esbuild';
import {describe, expect, it} from 'vitest';
import {applyPatch, inkFullHeightPatch, inkTextCachePatches, inkUnnamedKeyPatch, type Patch} from '../../scripts/build/package-patches.js';
import {speedStandIns, standIns} from '../../scripts/build/stand-ins.js';

type Counted = {calls: number};

/**
 * One of Ink's modules as the build bundles it (patched), as a module of its
 * own. The packages it calls to wrap and truncate are stand-ins that count
 * their calls, so the tests can tell when Ink used its cache.
 */
async function bundleInkModule<T>(patch: Patch, counted: Counted): Promise<T> {
	const countingStandIns: Plugin = {
		name: 'counting-stand-ins',
		setup(bundler) {
			bundler.onLoad({filter: /.*/}, ({path}) => (path === patch.file ? {contents: applyPatch(patch, readFileSync(path, 'utf8')), loader: 'js'} : undefined));
			bundler.onResolve({filter: /^(wrap-ansi|cli-truncate)$/}, ({path}) => ({path, namespace: 'counting'}));
			bundler.onLoad({filter: /.*/, namespace: 'counting'}, () => ({contents: 'export default text => { globalThis.inkModuleCalls.calls++; return text; };'}));
		},
	};
	const result = await build({entryPoints: [patch.file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', plugins: [countingStandIns]});
	(globalThis as {inkModuleCalls?: Counted}).inkModuleCalls = counted;
	const module = (await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`)) as {default: T};
	return module.default;
}

const [measurePatch, wrapPatch] = inkTextCachePatches as [Patch, Patch];
const manyTexts = Array.from({length: 1500}, (_, index) => `text number ${index}`);

describe("Ink's text caches, as the build patches them", () => {
	it('are the patches of the ink-text-caches stand-in', () => {
		expect(standIns['ink-text-caches']?.patches).toBe(inkTextCachePatches);
	});

	it('measure a text once while it is in use, and forget it once a thousand other texts have been measured', async () => {
		const measureText = await bundleInkModule<(text: string) => {width: number; height: number}>(measurePatch, {calls: 0});
		const first = measureText('a line\nof two');
		expect(first).toEqual({width: 6, height: 2});
		expect(measureText('a line\nof two')).toBe(first);
		for (const text of manyTexts) measureText(text);
		const again = measureText('a line\nof two');
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});

	it('wrap a text once while it is in use, and wrap it again once a thousand others have been wrapped', async () => {
		const counted = {calls: 0};
		const wrapText = await bundleInkModule<(text: string, width: number, wrap: string) => string>(wrapPatch, counted);
		expect(wrapText('some words', 4, 'wrap')).toBe('some words');
		wrapText('some words', 4, 'wrap');
		expect(counted.calls).toBe(1);
		// Another width or way to wrap is another entry.
		wrapText('some words', 5, 'wrap');
		wrapText('some words', 4, 'truncate-end');
		expect(counted.calls).toBe(3);
		// Recently used texts stay while others come and go.
		for (const text of manyTexts.slice(0, 900)) wrapText(text, 4, 'wrap');
		wrapText('some words', 4, 'wrap');
		expect(counted.calls).toBe(903);
		for (const text of manyTexts) wrapText(text, 4, 'wrap');
		wrapText('some words', 4, 'wrap');
		expect(counted.calls).toBe(903 + 600 + 1);
	});
});

// What it does on a terminal is tested on one: test/e2e/full-height.test.ts.
describe("Ink's frame as tall as the terminal, as the build patches it", () => {
	it('applies to the Ink installed, where it leaves no way to clear the terminal with its scrollback', () => {
		const patched = applyPatch(inkFullHeightPatch, readFileSync(inkFullHeightPatch.file, 'utf8'));
		// Only a frame taller than the terminal (outside Windows) clears it, and not with `CSI 3 J`.
		expect(patched).toContain('if (this.lastOutputHeight > this.options.stdout.rows ||');
		expect(patched).not.toContain('clearTerminal');
	});

	it('is a fix: the --plain build keeps it, and only --without leaves it out', () => {
		expect(standIns['ink-full-height']).toMatchObject({patches: [inkFullHeightPatch], fix: true});
		expect(speedStandIns).not.toContain('ink-full-height');
		expect(speedStandIns).toContain('ink-output');
	});
});

// What it does on a terminal is tested on one: test/e2e/command-line.test.ts (Ctrl-F1 and pasted escapes).
describe("Ink's Ctrl with a key it cannot name, as the build patches it", () => {
	it('applies to the Ink installed, and is a fix the --plain build keeps', () => {
		const patched = applyPatch(inkUnnamedKeyPatch, readFileSync(inkUnnamedKeyPatch.file, 'utf8'));
		expect(patched).toContain("input = keypress.name ?? '';");
		expect(standIns['ink-unnamed-key']).toMatchObject({patches: [inkUnnamedKeyPatch], fix: true});
		expect(speedStandIns).not.toContain('ink-unnamed-key');
	});
});
