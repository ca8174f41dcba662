import {expect, it} from 'vitest';
import {monotonicClock} from '../../source/core/monotonic-clock.js';

it('counts milliseconds as performance.now() does, from the start, never going back', async () => {
	const before = {clock: monotonicClock.now(), performance: performance.now()};
	expect(before.clock).toBeGreaterThanOrEqual(0);
	let last = before.clock;
	for (let index = 0; index < 1000; index++) {
		const now = monotonicClock.now();
		expect(now).toBeGreaterThanOrEqual(last);
		last = now;
	}

	await new Promise(resolve => {
		setTimeout(resolve, 40);
	});
	const elapsed = monotonicClock.now() - before.clock;
	// Same unit: the two clocks agree on the pause to well under its length.
	expect(Math.abs(elapsed - (performance.now() - before.performance))).toBeLessThan(10);
	expect(elapsed).toBeGreaterThanOrEqual(35);
});
