import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		globalSetup: ['test/global-setup.ts'],
		// Real-terminal tests drive tmux sessions; two cores, so keep parallelism modest.
		maxWorkers: 2,
		testTimeout: 20_000,
	},
});
