import {describe, expect, it} from 'vitest';
import {collectGarbage} from '../../source/core/collect-garbage.js';

describe('collectGarbage', () => {
	it('frees what nothing refers to any more', async () => {
		let garbage: object | undefined = {payload: new Array(1000).fill('x')};
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
