/**
 * The `ficread` command: loads the app (`dist/ficread.js`, built from
 * source/cli.tsx as one script) through the code cache, then runs it.
 */
import {createRequire} from 'node:module';
import os from 'node:os';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {resolveCacheDir} from '../core/state/state-path.js';
import {codeCacheFile, compileCached} from './code-cache.js';

/** The app bundle's content hash, set by scripts/build.js. */
declare const FICREAD_APP_HASH: string;

/** What the app bundle evaluates to: its body, given what an ES module would have had. */
type AppEntry = (require: NodeJS.Require, importMeta: {url: string}) => Promise<void>;

const appFile = fileURLToPath(new URL('ficread.js', import.meta.url));
const cacheDir = resolveCacheDir({env: process.env, home: os.homedir(), platform: process.platform});
const builtCacheFile = codeCacheFile(fileURLToPath(new URL('.', import.meta.url)), FICREAD_APP_HASH);
const app = compileCached(appFile, codeCacheFile(cacheDir, FICREAD_APP_HASH), builtCacheFile);
// By then a start's functions are compiled, which is what the cache is for; a shorter run (--list, --help) saves as it exits.
setTimeout(app.saveCache, 2000).unref();
process.once('exit', app.saveCache);
const url = pathToFileURL(appFile).href;
await (app.run() as AppEntry)(createRequire(url), {url});
