import {describe, expect, it} from 'vitest';
import {collectGarbage} from '../../source/core/collect-garbage.js';

describe('collectGarbage', () => {
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
