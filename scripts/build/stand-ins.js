// The stand-ins: where the shipped bundle is not the code in node_modules, for speed or for memory.
// Each is an entry of the stand-in table in ARCHITECTURE.md (what it replaces, its pinned version, what
// it saves, its guard test, when to delete it). `node scripts/build.js --plain` leaves them all out but
// the fixes; `--without NAME,…` leaves out those named (for the bench to measure one at a time).
import {realpathSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {applyPatch, emojiRegexPatch, inkFullHeightPatch, inkTextCachePatches, inkUnnamedKeyPatch, yogaWasmFile, yogaWasmPatch} from './package-patches.js';

const vendor = file => path.resolve('source/vendor', file);

/**
 * The stand-ins by name. Each gives esbuild options (merged by `standInOptions`) and, where a
 * package that changed would lose it silently, a check of the bundle.
 */
export const standIns = {
	// string-width 8 for every package that measures text with it (Ink, wrap-ansi, cli-truncate…) and
	// for ficread's own code: a shortcut for text of one-column characters. Other versions of the
	// package (string-width 7 under Ink's own wrap-ansi) are left as they are.
	'string-width': redirect('string-width', /^string-width$/, () => realpathSync('node_modules/string-width/index.js'), vendor('string-width.ts')),
	// string-width's emoji regex, built on first use and only for text that may hold an emoji.
	'emoji-regex': {patches: [emojiRegexPatch]},
	// Ink's Output, for its renderer (which imports it as ./output.js).
	'ink-output': redirect('ink/build/output.js', /^\.\/output\.js$/, () => realpathSync('node_modules/ink/build/output.js'), vendor('ink-output.ts'), () => realpathSync('node_modules/ink/build/renderer.js')),
	// Yoga's WebAssembly compiled as the bundle starts, and without fetch (which loads undici).
	'yoga-wasm': {
		// First of the injected files, so that its compile starts before the rest loads.
		inject: [yogaWasmFile],
		patches: [yogaWasmPatch],
		// Yoga's loader fetch()es its inline wasm when fetch exists, which loads all of undici.
		define: {fetch: 'undefined'},
	},
	// Ink's text caches, bounded to the last few frames' texts: memory, not speed.
	'ink-text-caches': {patches: inkTextCachePatches},
	// A frame as tall as the terminal redrawn line by line, not by clearing the terminal (and tmux's
	// history with it). A fix, not speed: --plain keeps it; only --without leaves it out, for the bench.
	'ink-full-height': {patches: [inkFullHeightPatch], fix: true},
	// Ctrl with a key Ink cannot name is no key, where Ink threw. A fix, kept by --plain.
	'ink-unnamed-key': {patches: [inkUnnamedKeyPatch], fix: true},
};

/** The stand-ins --plain leaves out: all but the fixes, which are behaviour, not speed. */
export const speedStandIns = Object.keys(standIns).filter(name => !standIns[name].fix);

/** esbuild's `inject`, `define` and plugins for the stand-ins named, and the checks of their bundle. */
export function standInOptions(names) {
	const chosen = names.map(name => standIns[name]);
	const patches = chosen.flatMap(standIn => standIn.patches ?? []);
	const patched = new Set();
	const plugins = chosen.flatMap(standIn => (standIn.plugin ? [standIn.plugin] : []));
	if (patches.length > 0) {
		plugins.push({
			name: 'package-patches',
			setup(build) {
				build.onLoad({filter: /[/\\]node_modules[/\\]/}, async ({path: file}) => {
					const patch = patches.find(candidate => candidate.file === file);
					if (!patch) return undefined;
					patched.add(patch);
					return {contents: applyPatch(patch, await readFile(file, 'utf8')), loader: 'js'};
				});
			},
		});
	}

	return {
		inject: chosen.flatMap(standIn => standIn.inject ?? []),
		define: Object.assign({}, ...chosen.map(standIn => standIn.define ?? {})),
		plugins,
		/** Throws when a stand-in did not take: its speed would be lost silently. */
		check(text) {
			for (const {file} of patches.filter(patch => !patched.has(patch))) throw new Error(`${file} was not bundled, so its patch did not apply: update scripts/build/package-patches.js`);
			for (const standIn of chosen) standIn.check?.(text);
		},
	};
}

/**
 * A stand-in whose plugin gives `standIn` to the importers of `name` (`filter` matches the import) that
 * would get `original()`: only those of `importer()`, when given. The stand-in itself imports
 * the original where it needs it.
 */
function redirect(name, filter, original, standIn, importer) {
	let given = false;
	const plugin = {
		name: `stand-in ${name}`,
		setup(build) {
			given = false;
			build.onResolve({filter}, async args => {
				if (args.importer === standIn || args.pluginData === 'resolving') return undefined;
				if (importer && args.importer !== importer()) return undefined;
				const resolved = await build.resolve(args.path, {importer: args.importer, resolveDir: args.resolveDir, kind: args.kind, pluginData: 'resolving'});
				if (resolved.path !== original()) return resolved;
				// Packages, not only ficread's own code: theirs is what the stand-in is for.
				if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) given = true;
				return {path: standIn};
			});
		},
	};
	return {
		plugin,
		check() {
			if (!given) throw new Error(`no package in the bundle was given the stand-in for ${name}: update scripts/build/stand-ins.js`);
		},
	};
}
