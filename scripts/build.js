// Builds the `ficread` command in three files:
// - dist/main.cjs, the app (source/main.tsx and every package) bundled into one CommonJS module: an
//   unbundled Ink app spends most of its start-up resolving hundreds of modules (~0.75 s here against
//   ~0.14 s bundled). CommonJS, so that Node 20 can compile it from a code cache (source/boot/code-cache.ts);
// - dist/cli.js, the small ES module that loads it (source/boot/cli.ts), the package's bin;
// - dist/grep-worker.mjs, what the full-text search's worker threads run;
// - dist/scan-worker.mjs, what the threads that read listings during a scan run.
//
//   node scripts/build.js [--plain | --without NAME,…] [--outdir DIR]
//
// --plain leaves out every stand-in but the fixes (scripts/build/stand-ins.js), so that the bench can
// measure what they save (`npm run bench -- --compare`); --without leaves out those named; --outdir builds elsewhere
// than dist/ (the bench's builds). FICREAD_NO_MINIFY=1 keeps names readable, for CPU profiles.
import {createHash} from 'node:crypto';
import {chmod, mkdir, readdir, rm, writeFile} from 'node:fs/promises';
import {isAscii} from 'node:buffer';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {build} from 'esbuild';
import {packageFixes} from './build/package-fixes.js';
import {speedStandIns, standInOptions, standIns} from './build/stand-ins.js';

const {values: flags} = parseArgs({options: {plain: {type: 'boolean'}, without: {type: 'string'}, outdir: {type: 'string'}}});
const left = new Set(flags.plain ? speedStandIns : (flags.without?.split(',').filter(Boolean) ?? []));
for (const name of left) if (!(name in standIns)) throw new Error(`no stand-in is called ${name}: ${Object.keys(standIns).join(', ')}`);
const outdir = flags.outdir ?? 'dist';
const standInsBuilt = standInOptions(Object.keys(standIns).filter(name => !left.has(name)));

const builtins = new Set(builtinModules);
const minify = process.env.FICREAD_NO_MINIFY !== '1';
const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', minify, legalComments: 'none', logLevel: 'warning'};

const app = await build({
	...common,
	entryPoints: ['source/main.tsx'],
	write: false,
	// ES module syntax inside (the app and Yoga await at top level), wrapped below into the function the
	// module exports, with CommonJS's `require` in scope.
	plugins: [
		packageFixes,
		...standInsBuilt.plugins,
		{
			// The bundle cannot `import`: Node's own modules are reached through CommonJS's `require`.
			name: 'builtins-by-require',
			setup(build) {
				build.onResolve({filter: /^(node:)?[\w/]+$/}, ({path: name, namespace}) => {
					const builtin = name.replace(/^node:/, '');
					if (!builtins.has(builtin)) return undefined;
					// The require() in the module below is the real one.
					return namespace === 'builtin' ? {path: `node:${builtin}`, external: true} : {path: builtin, namespace: 'builtin'};
				});
				build.onLoad({filter: /.*/, namespace: 'builtin'}, ({path: name}) => ({contents: `module.exports = require(${JSON.stringify(`node:${name}`)});`}));
			},
		},
	],
	inject: standInsBuilt.inject,
	define: {...standInsBuilt.define, 'process.env.NODE_ENV': '"production"', 'import.meta': 'ficreadImportMeta'},
});

const body = app.outputFiles[0].text;
const bundle = `module.exports = async function () {\nconst ficreadImportMeta = {url: require("node:url").pathToFileURL(__filename).href};\n${body}};\n`;
standInsBuilt.check(bundle);

// V8 keeps ASCII source as one byte a character; one other character anywhere (esbuild leaves regex
// literals as written) doubles the 700 KB string every start reads. Write such characters as \u escapes.
// (An unminified build, for profiling, keeps comments, which may hold any character.)
if (minify && !isAscii(Buffer.from(bundle))) throw new Error('dist/main.cjs is not ASCII: escape the source\'s other characters (a regex literal\'s, say)');

// An import left in would be a syntax error in CommonJS (a new built-in the plugin missed, say).
const outsideStrings = bundle.replaceAll(/"(?:[^"\\\n]|\\.)*"/g, '""');
if (/(?<![\w$.])import(?:\s*[{*(.]|\s+[\w$])/.test(outsideStrings)) throw new Error('dist/main.cjs has an import left: CommonJS cannot run it');

await mkdir(outdir, {recursive: true});
// Files of earlier builds' layout: the app as a script, and the code cache the build used to ship.
for (const name of await readdir(outdir)) if (name === 'ficread.js' || /^code-.*\.bin$/.test(name)) await rm(path.join(outdir, name));
await writeFile(path.join(outdir, 'main.cjs'), bundle);
await build({
	...common,
	entryPoints: ['source/boot/cli.ts'],
	outfile: path.join(outdir, 'cli.js'),
	// The build's content hash names Node 20's code cache (source/boot/code-cache.ts, codeCacheFile).
	define: {FICREAD_APP_HASH: JSON.stringify(createHash('sha256').update(bundle).digest('hex').slice(0, 16))},
	banner: {js: '#!/usr/bin/env node'},
});
// esbuild writes files 0644: as the package's bin, run through `npx ficread` or a PATH link, it must be executable.
await chmod(path.join(outdir, 'cli.js'), 0o755);
// The full-text search's workers: only the core they run, not the app (source/core/grep/grep-worker-entry.ts).
await build({...common, entryPoints: ['source/core/grep/grep-worker-entry.ts'], outfile: path.join(outdir, 'grep-worker.mjs')});
// The threads that read listings while a folder is scanned (source/core/scan/scan-worker-entry.ts).
await build({...common, entryPoints: ['source/core/scan/scan-worker-entry.ts'], outfile: path.join(outdir, 'scan-worker.mjs')});
