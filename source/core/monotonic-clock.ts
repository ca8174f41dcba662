const origin = process.hrtime.bigint();

/**
 * `performance`, for all that the app's packages ask of it: `now()`, a
 * monotonic clock in milliseconds from the start. Node makes the real one on
 * first use by loading perf_hooks (~1 ms here), and React's scheduler reaches
 * for it as it loads, before anything is drawn. The build (scripts/build.js)
 * puts this object in its place in every package.
 */
export const monotonicClock = {
	now(): number {
		return Number(process.hrtime.bigint() - origin) / 1e6;
	},
};
