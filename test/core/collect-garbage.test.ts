import {execFileSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Script} from 'node:vm';
import {describe, expect, it} from 'vitest';
import {collectGarbage} from '../../source/core/collect-garbage.js';

describe('collectGarbage', () => {
	// First in the file: the flag is set on the first call only.
	it("leaves V8's flags as they were, so the app's code cache stays valid", () => {
		// V8 rejects a code cache made under other flags: with --expose-gc left on, every start recompiled the app.
		collectGarbage();
		const source = '(function () { return 42; })';
		const cache = path.join(mkdtempSync(path.join(os.tmpdir(), 'ficread-gc-')), 'cache.bin');
		writeFileSync(cache, new Script(source).createCachedData());
		const check = `const {Script} = require('node:vm'); const data = require('node:fs').readFileSync(${JSON.stringify(cache)}); process.stdout.write(String(new Script(${JSON.stringify(source)}, {cachedData: data}).cachedDataRejected));`;
		expect(execFileSync(process.execPath, ['-e', check], {encoding: 'utf8'})).toBe('false');
	});

	it('frees what nothing refers to any more, once there is enough of it', async () => {
		// More than the 24 MB below which a collection is not worth its time.
		let garbage: object | undefined = Array.from({length: 1_500_000}, (_, index) => ({index}));
		const ref = new WeakRef(garbage);
		garbage = undefined;
		// A WeakRef keeps its target until the end of the job that made it.
		await new Promise(resolve => {
			setImmediate(resolve);
		});
		collectGarbage();
		expect(ref.deref()).toBeUndefined();
	});
});
