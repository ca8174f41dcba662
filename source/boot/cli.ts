/**
 * The `ficread` command (dist/cli.js): loads the app, dist/main.cjs (built
 * from source/main.tsx with every package in one file), with a cache of its
 * compiled code, and runs it. Compiling 700 KB of JavaScript is ~40 ms of
 * every start here; a cache skips most of it.
 */
import nodeModule, {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {resolveCacheDir} from '../core/state/state-path.js';
import {codeCacheFile, compileCached} from './code-cache.js';

/** The app bundle's content hash, set by scripts/build.js. */
declare const FICREAD_APP_HASH: string;

/** What dist/main.cjs exports: the app, which runs when called. */
type Main = () => Promise<void>;

/** Node 22.8+ (`@types/node` 20 does not know it). */
type EnableCompileCache = (directory: string) => unknown;

const appFile = fileURLToPath(new URL('main.cjs', import.meta.url));
const cacheDir = resolveCacheDir({env: process.env, home: os.homedir(), platform: process.platform});
const enableCompileCache = (nodeModule as {enableCompileCache?: EnableCompileCache}).enableCompileCache;
const main = enableCompileCache ? requireWithCompileCache(enableCompileCache) : requireWithCodeCache();
await main();

/** Node's own cache: it keeps a folder per Node version in this one, and checks each entry against the file's text. */
function requireWithCompileCache(enable: EnableCompileCache): Main {
	enable(path.join(cacheDir, 'compile-cache'));
	return createRequire(import.meta.url)(appFile) as Main;
}

/**
 * Node 20 caches no compiled code for modules: the module is compiled as
 * require() would (in Node's CommonJS wrapper) by source/boot/code-cache.ts.
 */
function requireWithCodeCache(): Main {
	const app = compileCached(appFile, codeCacheFile(cacheDir, FICREAD_APP_HASH), source => `(function (exports, require, module, __filename, __dirname) {${source}\n})`);
	// By then a start's functions are compiled, which is what the cache is for; a shorter run (--list, --help) saves as it exits.
	setTimeout(app.saveCache, 2000).unref();
	process.once('exit', app.saveCache);
	const loaded: {exports: unknown} = {exports: {}};
	const wrapper = app.run() as (...args: unknown[]) => void;
	wrapper(loaded.exports, createRequire(appFile), loaded, appFile, path.dirname(appFile));
	return loaded.exports as Main;
}
