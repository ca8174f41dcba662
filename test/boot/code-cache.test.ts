import {mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {codeCacheFile, compileCached} from '../../source/boot/code-cache.js';

/** A script file of its own (V8 keeps what it compiled per source, so no two tests share one). */
function scriptFile(): {dir: string; file: string; value: number} {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'ficread-code-cache-'));
	const file = path.join(dir, 'app.js');
	const value = Math.random();
	writeFileSync(file, `(function () { function answer() { return ${value}; } return answer(); })()`);
	return {dir, file, value};
}

describe('compileCached', () => {
	it('runs without a cache, saves one, and the next start uses it', () => {
		const {dir, file, value} = scriptFile();
		const cacheFile = codeCacheFile(path.join(dir, 'cache'), 'build1');
		const first = compileCached(file, cacheFile);
		expect(first.usedCache).toBe(false);
		expect(first.run()).toBe(value);
		first.saveCache();
		const second = compileCached(file, cacheFile);
		expect(second.usedCache).toBe(true);
		expect(second.run()).toBe(value);
	});

	it('treats a garbled cache as none and replaces it', () => {
		const {dir, file, value} = scriptFile();
		const cacheFile = codeCacheFile(dir, 'build1');
		writeFileSync(cacheFile, 'not a code cache at all');
		const first = compileCached(file, cacheFile);
		expect(first.usedCache).toBe(false);
		expect(first.run()).toBe(value);
		first.saveCache();
		expect(readFileSync(cacheFile, 'utf8')).not.toBe('not a code cache at all');
		expect(compileCached(file, cacheFile).usedCache).toBe(true);
	});

	it('writes only when the cache it read was missing or rejected', () => {
		const {dir, file} = scriptFile();
		const cacheFile = codeCacheFile(dir, 'build1');
		compileCached(file, cacheFile).saveCache();
		const saved = readFileSync(cacheFile);
		const warm = compileCached(file, cacheFile);
		warm.run();
		warm.saveCache();
		expect(readFileSync(cacheFile).equals(saved)).toBe(true);
	});

	it("keeps the caches of the three builds saved last, removing older ones and nothing else, when it saves", () => {
		const {dir, file} = scriptFile();
		// Written a minute apart, oldest first.
		for (const [age, build] of ['build1', 'build2', 'build3', 'build4'].entries()) {
			const old = codeCacheFile(dir, build);
			writeFileSync(old, 'old');
			const written = new Date(Date.now() - (10 - age) * 60_000);
			utimesSync(old, written, written);
		}

		writeFileSync(path.join(dir, 'index-0123456789abcdef.json'), '{}');
		const cacheFile = codeCacheFile(dir, 'newbuild');
		compileCached(file, cacheFile).saveCache();
		expect(readdirSync(dir).sort()).toEqual(['app.js', path.basename(codeCacheFile(dir, 'build3')), path.basename(codeCacheFile(dir, 'build4')), path.basename(cacheFile), 'index-0123456789abcdef.json'].sort());
	});

	// Regression: a global install and a checkout of another build, used in turn, removed each other's cache at every save;
	// (review) and a cache saved long ago but used every day went first, as if unused.
	it('keeps the cache of a build in use, however long ago it was saved, over those of builds not run since', () => {
		const {dir, file} = scriptFile();
		const inUse = codeCacheFile(dir, 'inuse');
		compileCached(file, inUse).saveCache();
		const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
		utimesSync(inUse, minutesAgo(60), minutesAgo(60));
		for (const [index, build] of ['other1', 'other2', 'other3'].entries()) {
			writeFileSync(codeCacheFile(dir, build), 'another build');
			utimesSync(codeCacheFile(dir, build), minutesAgo(30 - index), minutesAgo(30 - index));
		}

		const run = compileCached(file, inUse);
		expect(run.usedCache).toBe(true);
		run.saveCache();
		compileCached(file, codeCacheFile(dir, 'newest')).saveCache();
		expect(readdirSync(dir).filter(name => name.startsWith('code-')).sort()).toEqual(['inuse', 'newest', 'other3'].map(build => path.basename(codeCacheFile(dir, build))).sort());
	});

	it('compiles the text as `wrap` gives it, and caches that', () => {
		const {dir, file, value} = scriptFile();
		const cacheFile = codeCacheFile(dir, 'build1');
		const wrap = (source: string) => `(function (offset) { return ${source} + offset; })`;
		const first = compileCached(file, cacheFile, wrap);
		expect((first.run() as (offset: number) => number)(1)).toBe(value + 1);
		first.saveCache();
		const second = compileCached(file, cacheFile, wrap);
		expect(second.usedCache).toBe(true);
		expect((second.run() as (offset: number) => number)(2)).toBe(value + 2);
		// The same file unwrapped is other source: V8 does not take the wrapped text's cache for it.
		expect(compileCached(file, cacheFile).usedCache).toBe(false);
	});

	it('does not throw when the cache cannot be written', () => {
		const {dir, file, value} = scriptFile();
		// A file where the cache folder should be.
		const blocked = path.join(dir, 'app.js', 'cache');
		const compiled = compileCached(file, codeCacheFile(blocked, 'build1'));
		expect(compiled.run()).toBe(value);
		expect(() => compiled.saveCache()).not.toThrow();
	});
});

describe('codeCacheFile', () => {
	it('names the build, the Node version and the architecture', () => {
		const file = codeCacheFile('/cache/ficread', 'abc123');
		expect(path.dirname(file)).toBe('/cache/ficread');
		expect(path.basename(file)).toBe(`code-abc123-${process.version}-${process.arch}.bin`);
	});
});
