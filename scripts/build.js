// Builds the `ficread` command in two files:
// - dist/ficread.js, the app (source/cli.tsx and every package) bundled into one
//   script: an unbundled Ink app spends most of its start-up resolving hundreds of
//   modules (~0.75 s here against ~0.14 s bundled). A script, not an ES module, so
//   that V8 can compile it from a code cache (source/boot/code-cache.ts);
// - dist/cli.js, the small ES module that loads it (source/boot/main.ts);
// and a first code cache for the app, dist/code-<build>-<node>-<arch>.bin.
import {execFileSync, spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import {realpathSync} from 'node:fs';
import {isAscii} from 'node:buffer';
import {builtinModules, createRequire} from 'node:module';
import path from 'node:path';
import {build, transform} from 'esbuild';
import {applyPatch, patches, yogaWasmFile} from './package-patches.js';

const builtins = new Set(builtinModules);
const common = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// FICREAD_NO_MINIFY=1 keeps names readable, for CPU profiles and stack traces.
	minify: process.env.FICREAD_NO_MINIFY !== '1',
	legalComments: 'none',
	logLevel: 'warning',
};

// Packages given ficread's faster stand-ins (see the shortcuts plugin), by the real paths esbuild
// resolves them to (node_modules may be made of symlinks).
const standIns = new Map([
	['string-width', {original: realpathSync('node_modules/string-width/index.js'), standIn: path.resolve('source/core/text/string-width.ts')}],
]);
// Ink's Output, which its renderer imports as ./output.js.
const inkOutput = {renderer: realpathSync('node_modules/ink/build/renderer.js'), standIn: path.resolve('source/ui/ink-output-shortcut.ts')};
// Node modules that the first screen does not use, and that take ~0.5–2 ms each to load: only their
// functions can be imported (a build that imports anything else fails), as functions that load the module.
// child_process: terminal-size's fallback for a terminal that gives no size; crypto: fingerprints and
// temporary file names, needed once a file is written; v8: the garbage collections.
const lazyBuiltins = new Set(['child_process', 'crypto', 'v8']);

/** An ES module whose exports are `name`'s functions, which load `name` when first called. */
function lazyModule(name) {
	const real = createRequire(import.meta.url)(`node:${name}`);
	const exports = Object.keys(real).filter(key => typeof real[key] === 'function' && /^[A-Za-z_$][\w$]*$/.test(key));
	const wrappers = exports.map(key => `export function ${key}(...args) { const real = load().${key}; return new.target ? new real(...args) : real.apply(this, args); }`);
	return [`let loaded;`, `const load = () => (loaded ??= require(${JSON.stringify(`node:${name}`)}));`, ...wrappers].join('\n');
}

/** The packages whose stand-in some dependency was given. */
const redirected = new Set();

const patched = new Set();

const app = await build({
	...common,
	// Minified below, once esbuild's own helpers are mended (they keep their names until then).
	minify: false,
	entryPoints: ['source/cli.tsx'],
	write: false,
	// ES module syntax inside (the app and Yoga await at top level), wrapped below into a function
	// that the loader calls with what an ES module would have had: `require` and `import.meta`.
	plugins: [
		{
			name: 'stubs',
			setup(build) {
				// Ink loads its devtools bridge only when DEV=true; ficread never ships it.
				build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
				// With CI set, Ink draws only the last frame, for logs. ficread draws Ink only on a
				// real terminal (it refuses to otherwise), so a CI variable must not blank the screen.
				build.onResolve({filter: /^is-in-ci$/}, () => ({path: 'is-in-ci', namespace: 'stub'}));
				// Ink's cli-cursor has restore-cursor write "show the cursor" to stderr as the process
				// exits, even when stderr is a log file (`ficread ./fics 2> log`). ficread shows the
				// cursor itself on every way out (source/ui/terminal-screen.ts), on the terminal.
				build.onResolve({filter: /^restore-cursor$/}, () => ({path: 'restore-cursor', namespace: 'stub'}));
				// signal-exit 3 (Ink's) loads Node's assert (~1 ms) to check that its callback is a function.
				build.onResolve({filter: /^assert$/}, ({importer}) => (/[/\\]node_modules[/\\]signal-exit[/\\]/.test(importer) ? {path: 'assert', namespace: 'stub'} : undefined));
				build.onLoad({filter: /^assert$/, namespace: 'stub'}, () => ({
					contents: 'module.exports = {equal(actual, expected, message) { if (actual != expected) throw new Error(message); }};',
				}));
				build.onLoad({filter: /^devtools$/, namespace: 'stub'}, () => ({contents: 'export default {initialize() {}, connectToDevTools() {}};'}));
				build.onLoad({filter: /^is-in-ci$/, namespace: 'stub'}, () => ({contents: 'export default false;'}));
				build.onLoad({filter: /^restore-cursor$/, namespace: 'stub'}, () => ({contents: 'export default function restoreCursor() {}'}));
			},
		},
		{
			// Packages given ficread's faster stand-ins (which import the original themselves where they need it):
			// - string-width 8, for every package that measures text with it (Ink, wrap-ansi,
			//   cli-truncate…): source/core/text/string-width.ts adds a shortcut for Latin text;
			// - Ink's Output, for its renderer: source/ui/ink-output-shortcut.ts makes cells only for
			//   the rows a frame writes, and remembers lines from frame to frame.
			// See each file for why. Other versions of a package (string-width 7 under Ink's own
			// wrap-ansi) are left as they are. And the patches (scripts/package-patches.js), applied as their files load.
			name: 'shortcuts',
			setup(build) {
				build.onResolve({filter: /^string-width$/}, async ({path: name, importer, resolveDir, kind, pluginData}) => {
					const {original, standIn} = standIns.get(name);
					if (importer === standIn || pluginData === 'resolving') return undefined;
					const resolved = await build.resolve(name, {importer, resolveDir, kind, pluginData: 'resolving'});
					if (resolved.path !== original) return resolved;
					if (importer.includes(`${path.sep}node_modules${path.sep}`)) redirected.add(name);
					return {path: standIn};
				});
				build.onResolve({filter: /^\.\/output\.js$/}, ({importer}) => {
					if (importer !== inkOutput.renderer) return undefined;
					redirected.add('ink/build/output.js');
					return {path: inkOutput.standIn};
				});
				build.onLoad({filter: /[/\\]node_modules[/\\]/}, async ({path: file}) => {
					const patch = patches.find(candidate => candidate.file === file);
					if (!patch) return undefined;
					patched.add(patch);
					return {contents: applyPatch(patch, await readFile(file, 'utf8')), loader: 'js'};
				});
			},
		},
		{
			// A script cannot `import`: Node's own modules are reached through the `require` the loader passes.
			// Those in lazyBuiltins are loaded when one of their functions is first called, not as the app loads.
			name: 'builtins-by-require',
			setup(build) {
				build.onResolve({filter: /^(node:)?[\w/]+$/}, ({path, namespace, kind}) => {
					const name = path.replace(/^node:/, '');
					if (!builtins.has(name)) return undefined;
					// The stand-ins' own require() is the real one.
					if (namespace === 'builtin' || namespace === 'lazy-builtin') return {path: `node:${name}`, external: true};
					return {path: name, namespace: lazyBuiltins.has(name) && kind === 'import-statement' ? 'lazy-builtin' : 'builtin'};
				});
				build.onLoad({filter: /.*/, namespace: 'builtin'}, ({path}) => ({contents: `module.exports = require(${JSON.stringify(`node:${path}`)});`}));
				build.onLoad({filter: /.*/, namespace: 'lazy-builtin'}, ({path: name}) => ({contents: lazyModule(name)}));
			},
		},
	],
	// Every package's Intl.Segmenter is ficread's, made on first use and skipping ICU for most text
	// (source/core/text/fast-segmenter.ts): five packages each make one as they load, ~18 ms.
	// Yoga's loader goes next, so that its WebAssembly compiles while the rest loads (see the patches);
	// then the clock that stands in for `performance` (see the define).
	inject: [path.resolve('source/core/text/fast-segmenter.ts'), yogaWasmFile, path.resolve('source/core/monotonic-clock.ts')],
	define: {
		'Intl.Segmenter': 'FastSegmenter',
		// The packages' performance.now() (React's scheduler, Ink's render timer, the pager's time budget),
		// without loading perf_hooks (source/core/monotonic-clock.ts).
		performance: 'monotonicClock',
		'process.env.NODE_ENV': '"production"',
		// Yoga's loader fetch()es its inline wasm when fetch exists, which loads all of undici at
		// start-up (~30 ms) and would pass by the compile its patch starts early (see the patches).
		fetch: 'undefined',
		'import.meta': 'ficreadImportMeta',
	},
});

// A stand-in no dependency is given (a package that stopped importing the original, or a copy of it
// in another folder) or a patch that no longer applies would lose its speed silently.
for (const name of [...standIns.keys(), 'ink/build/output.js']) {
	if (!redirected.has(name)) throw new Error(`no package in dist/ficread.js was given the stand-in for ${name}: update the shortcuts in scripts/build.js`);
}

for (const {file} of patches.filter(patch => !patched.has(patch))) throw new Error(`${file} was not bundled, so its patch did not apply: update scripts/package-patches.js`);

// esbuild turns a CommonJS module into an ES namespace (`__toESM`: a getter for each export) again
// for every ES module that imports it, React 50 times, `node:process` 17… ~10 ms of every start.
// Each module is converted once instead: importers only read a conversion, and its getters read the
// module's exports as they are at each call. Its list of names is fixed at the first conversion, though:
// a name a module gains later is not seen through it. A check of a whole run (drawing, reading, help,
// --list) found two such names, both of `process` (signal-exit adds `emit` and its emitter), which no
// ES module here imports by name; `import process from 'node:process'` is the object itself.
const toEsm = 'var __toESM = (mod, isNodeMode, target) => (';
if (!app.outputFiles[0].text.includes(toEsm)) throw new Error('esbuild\'s __toESM changed: update its mend in scripts/build.js');
const once = `var __toESMOnce = new WeakMap();
var __toESM = (mod, isNodeMode) => {
  if (mod === null || (typeof mod !== "object" && typeof mod !== "function")) return __toESMEach(mod, isNodeMode);
  let conversions = __toESMOnce.get(mod);
  if (!conversions) __toESMOnce.set(mod, conversions = []);
  return conversions[isNodeMode ? 1 : 0] ??= __toESMEach(mod, isNodeMode);
};
var __toESMEach = (mod, isNodeMode, target) => (`;
const mended = app.outputFiles[0].text.replace(toEsm, once);
const body = common.minify ? (await transform(mended, {minify: true, format: 'esm', legalComments: 'none', target: common.target})).code : mended;
const bundle = {text: `(async function (require, ficreadImportMeta) {\n${body}})`};

// Only FastSegmenter itself may reach ICU's segmenter (through globalThis, which the define leaves alone).
const segmenters = bundle.text.match(/\bIntl\.Segmenter\b/g) ?? [];
if (segmenters.length !== 1) throw new Error(`dist/ficread.js makes Intl.Segmenter in ${segmenters.length} places, not only in FastSegmenter: update the define in scripts/build.js`);

// Nothing may reach the real `performance` (say through globalThis): it would load perf_hooks again.
if (/\bperformance\b/.test(bundle.text)) throw new Error('dist/ficread.js still uses performance: update the define in scripts/build.js');

// V8 keeps ASCII source as one byte a character; one other character anywhere (esbuild leaves regex
// literals as written) doubles the 700 KB string every start reads. Write such characters as \u escapes.
// (An unminified build, for profiling, keeps comments, which may hold any character.)
if (common.minify && !isAscii(Buffer.from(bundle.text))) throw new Error('dist/ficread.js is not ASCII: escape the source\'s other characters (a regex literal\'s, say)');

// An import left in would be a syntax error in the script (a new built-in the plugin missed, say).
const outsideStrings = bundle.text.replaceAll(/"(?:[^"\\\n]|\\.)*"/g, '""');
if (/(?<![\w$.])import(?:\s*[{*(.]|\s+[\w$])/.test(outsideStrings)) {
	throw new Error('dist/ficread.js has an import left: a script cannot run it');
}

await mkdir('dist', {recursive: true});
await writeFile('dist/ficread.js', bundle.text);
// The code caches' names (source/boot/code-cache.ts, codeCacheFile).
const codeCacheName = /^code-.*\.bin$/;
for (const name of await readdir('dist')) if (codeCacheName.test(name)) await rm(path.join('dist', name));

// dist/cli.js is read twice. First by /bin/sh (its hashbang), which drops NODE_EXTRA_CA_CERTS and
// runs node on this same file; then by node, for which the first line is a hashbang, the second a
// string and a comment, and the third ends that statement whatever the bundle begins with (sh never
// reads it: exec runs node or exits). Node 20 reads and parses every certificate that variable names
// as it starts, before any script runs: ~55 ms of a ~100 ms bare start on machines that point it at
// the system bundle. ficread opens no connection and starts no program, so nothing it does needs
// them. It needs a POSIX shell: on Windows, npm's command shim would look for /bin/sh.
const launcherLines = `#!/bin/sh\n':' //; unset NODE_EXTRA_CA_CERTS; exec node "$0" "$@"\n;`;
await build({
	...common,
	entryPoints: ['source/boot/main.ts'],
	outfile: 'dist/cli.js',
	define: {FICREAD_APP_HASH: JSON.stringify(createHash('sha256').update(bundle.text).digest('hex').slice(0, 16))},
	banner: {js: launcherLines},
});
// esbuild writes files 0644: as the package's bin, run through `npx ficread` or a PATH link, it must be executable.
await chmod('dist/cli.js', 0o755);

// The first code cache: the one a run of the built app leaves in its cache folder. The app is run on
// the fixture library in a pseudo-terminal (util-linux `script`), to its first screen, then quit: the
// cache then holds Ink's and React's drawing too, ~30 ms of a first start here that a `--list` run
// (what is left where `script` is missing or the run fails) does not compile. Run as a user runs
// it, without NODE_OPTIONS: V8 rejects a cache made under other flags. Made with this Node; another
// Node's V8 rejects it and compiles as if it were not there.
const home = await mkdtemp(path.join(os.tmpdir(), 'ficread-build-'));
try {
	const env = {...process.env, TERM: 'xterm-256color', XDG_CACHE_HOME: path.join(home, 'cache'), XDG_STATE_HOME: path.join(home, 'state'), XDG_DATA_HOME: path.join(home, 'data')};
	delete env.NODE_OPTIONS;
	if (!(await drawFirstScreen(env))) execFileSync(process.execPath, ['dist/cli.js', 'fixtures/library', '--list'], {env, stdio: ['ignore', 'ignore', 'inherit']});
	const cacheDir = path.join(home, 'cache', 'ficread');
	const [cache] = (await readdir(cacheDir).catch(() => [])).filter(name => codeCacheName.test(name));
	if (!cache) throw new Error(`the run of the built app left no code cache in ${cacheDir}`);
	await copyFile(path.join(cacheDir, cache), path.join('dist', cache));
	// The user's cache is private (0600); this one ships with the app, for whoever runs it.
	await chmod(path.join('dist', cache), 0o644);
} finally {
	await rm(home, {recursive: true, force: true});
}

/** Runs the built app in a 100×50 pseudo-terminal until it shows the library, then presses q. Whether it did. */
async function drawFirstScreen(env) {
	const quoted = value => `'${value.replaceAll("'", "'\\''")}'`;
	const command = `stty cols 100 rows 50; exec ${quoted(process.execPath)} dist/cli.js fixtures/library`;
	let relay;
	try {
		relay = spawn('script', ['-qfec', command, '/dev/null'], {env, stdio: ['pipe', 'pipe', 'ignore']});
	} catch {
		return false;
	}

	return new Promise(resolve => {
		let screen = '';
		let quit = false;
		const timer = setTimeout(() => relay.kill('SIGKILL'), 20_000);
		relay.on('error', () => resolve(false));
		relay.stdout.on('data', chunk => {
			screen += chunk.toString('utf8');
			if (quit || !screen.includes('Library \u00B7')) return;
			quit = true;
			relay.stdin.write('q');
		});
		relay.on('close', code => {
			clearTimeout(timer);
			resolve(quit && code === 0);
		});
	});
}
