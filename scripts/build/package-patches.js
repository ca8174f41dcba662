// Edits inside packages' source, made as it is bundled, for the stand-ins (scripts/build/stand-ins.js).
// Each edit must apply, or the build fails: a package that changed would otherwise lose its edit silently.
import {realpathSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// By the real paths esbuild resolves them to (node_modules may be made of symlinks).
const packageFile = relative => realpathSync(path.join(repo, 'node_modules', relative));
const sourceFile = relative => JSON.stringify(path.join(repo, 'source', relative));

export const yogaWasmFile = packageFile('yoga-layout/dist/binaries/yoga-wasm-base64-esm.js');

// Ink measures and wraps each text it draws, and keeps every result for good, keyed by the text: over
// hours of reading, every page and every list row ever drawn. A frame draws a few hundred texts, so
// this many keeps the last few frames' (all that the next frame reuses), and no more.
const inkTextCacheSize = 1000;
const boundedCache = `import {BoundedCache} from ${sourceFile('vendor/bounded-cache.ts')}; const cache = new BoundedCache(${inkTextCacheSize});`;

/** Ink's text caches, bounded: the measured size of each text, and its wrapped or truncated form. */
export const inkTextCachePatches = [
	{
		file: packageFile('ink/build/measure-text.js'),
		edits: () => [['const cache = new Map();', boundedCache]],
	},
	{
		file: packageFile('ink/build/wrap-text.js'),
		edits: () => [
			['const cache = {};', boundedCache],
			['const cachedText = cache[cacheKey];', 'const cachedText = cache.get(cacheKey);'],
			['cache[cacheKey] = wrappedText;', 'cache.set(cacheKey, wrappedText);'],
		],
	},
];

/**
 * string-width builds its emoji regex as it loads, and V8 takes ~20–45 ms to compile it, for text
 * that the shortcut mostly keeps from it. Built on first use instead (the same regex), and only for a
 * grapheme that may be an emoji (source/vendor/may-be-emoji.ts).
 */
export const emojiRegexPatch = {
	file: packageFile('string-width/index.js'),
	edits: () => [
		[
			'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
			`import {mayBeEmoji} from ${sourceFile('vendor/may-be-emoji.ts')};
let rgiEmojiPattern; const rgiEmojiRegex = {test: text => mayBeEmoji(text) && (rgiEmojiPattern ??= /^\\p{RGI_Emoji}$/v).test(text)};`,
		],
	],
};

/**
 * Yoga's WebAssembly is compiled as the bundle starts (the build injects this file first), on V8's
 * background threads while the modules before Yoga's load, and decoded by Node (~0.4 ms), not in
 * JavaScript a character at a time (~4 ms).
 */
export const yogaWasmPatch = {
	file: yogaWasmFile,
	edits(source) {
		const [, base64] = /H="data:application\/octet-stream;base64,([\w+/=]+)"/.exec(source) ?? [];
		return [
			['var loadYoga = (() => {', `const yogaWasm = WebAssembly.compile(Buffer.from(${JSON.stringify(base64)}, "base64"));\nvar loadYoga = (() => {`],
			[`H="data:application/octet-stream;base64,${base64}"`, 'H="data:application/octet-stream;base64,"'],
			['return WebAssembly.instantiate(f,d)', 'return yogaWasm.then(module=>WebAssembly.instantiate(module,d)).then(instance=>({instance}))'],
		];
	},
};

/**
 * Ink 6.8 takes a frame as tall as the terminal for one taller than it: every frame after it clears the
 * terminal and is written whole, unthrottled, and the clear (ansi-escapes' clearTerminal) ends in
 * `CSI 3 J`, which in tmux erases the pane's history, the shell's scrollback under the alternate screen.
 * A frame as tall as the terminal is written without a trailing newline, so nothing scrolled: it is
 * erased and redrawn like any shorter frame (Ink 7's fix, 32d96a6; Windows consoles scroll when the
 * bottom-right cell is written, so there, as in Ink 7, it still clears). A frame taller than the terminal
 * (after a resize that shrank it) still clears the screen, but not the history: ficread draws only on
 * the alternate screen, which has none.
 */
export const inkFullHeightPatch = {
	file: packageFile('ink/build/ink.js'),
	edits: () => [
		[
			'if (this.lastOutputHeight >= this.options.stdout.rows) {',
			"if (this.lastOutputHeight > this.options.stdout.rows || (process.platform === 'win32' && this.lastOutputHeight === this.options.stdout.rows)) {",
		],
		[
			'this.options.stdout.write(ansiEscapes.clearTerminal + this.fullStaticOutput + output);',
			'this.options.stdout.write(ansiEscapes.eraseScreen + ansiEscapes.cursorTo(0, 0) + this.fullStaticOutput + output);',
		],
	],
};

/**
 * Ink 6.8 takes Ctrl with a key it cannot name (Ctrl-F1 is ESC [ 1 ; 5 P; a colour code such as ESC [ 31 m,
 * pasted where the terminal does not mark pastes, parses as one) as the key's name, which is undefined, and
 * its input handler then throws: ficread ended with "unexpected error". Such a key arrives as no text, as
 * in Ink 8, which guards the same line (vadimdemedes/ink#901).
 */
export const inkUnnamedKeyPatch = {
	file: packageFile('ink/build/hooks/use-input.js'),
	edits: () => [
		[
			`            else if (keypress.ctrl) {
                input = keypress.name;`,
			`            else if (keypress.ctrl) {
                input = keypress.name ?? '';`,
		],
	],
};

/** `source` (the text of `patch.file`) with the patch's edits made; throws when one does not apply. */
export function applyPatch(patch, source) {
	for (const [find, replace] of patch.edits(source)) {
		if (!source.includes(find)) throw new Error(`${patch.file} changed: update its patch in scripts/build/package-patches.js`);
		source = source.replace(find, () => replace);
	}

	return source;
}
