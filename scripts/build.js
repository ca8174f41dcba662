// Bundles the CLI into one file: an unbundled Ink app spends most of its
// start-up resolving hundreds of modules (~0.75 s here against ~0.14 s bundled).
import {build} from 'esbuild';

await build({
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/cli.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// FICREAD_NO_MINIFY=1 keeps names readable, for CPU profiles and stack traces.
	minify: process.env.FICREAD_NO_MINIFY !== '1',
	legalComments: 'none',
	plugins: [
		{
			name: 'stubs',
			setup(build) {
				// Ink loads its devtools bridge only when DEV=true; ficread never ships it.
				build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
				// With CI set, Ink draws only the last frame, for logs. ficread draws Ink only on a
				// real terminal (it refuses to otherwise), so a CI variable must not blank the screen.
				build.onResolve({filter: /^is-in-ci$/}, () => ({path: 'is-in-ci', namespace: 'stub'}));
				build.onLoad({filter: /^devtools$/, namespace: 'stub'}, () => ({contents: 'export default {initialize() {}, connectToDevTools() {}};'}));
				build.onLoad({filter: /^is-in-ci$/, namespace: 'stub'}, () => ({contents: 'export default false;'}));
			},
		},
	],
	define: {
		'process.env.NODE_ENV': '"production"',
		// Yoga's loader fetch()es its inline wasm when fetch exists, which loads all of
		// undici at start-up (~30 ms); without it, it decodes the same bytes in place.
		fetch: 'undefined',
	},
	banner: {
		// Some bundled CommonJS packages call require(); ESM output has none.
		js: "#!/usr/bin/env node\nimport {createRequire as __createRequire} from 'node:module';const require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
