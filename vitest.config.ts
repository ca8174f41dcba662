import {defineConfig} from 'vitest/config';

// Two tiers (CONTRIBUTING.md). Unit and component tests run the source as it is, with no build:
// `npm run test:unit`. Real-terminal and command-line tests run the built app, so their project
// builds it once first (test/global-setup.ts): `npm run test:e2e`. `npm test` runs both.
const builtAppTests = ['test/e2e/**/*.test.ts', 'test/readme.test.ts'];

export default defineConfig({
	test: {
		// Real-terminal tests drive tmux sessions; two cores, so keep parallelism modest.
		maxWorkers: 2,
		testTimeout: 20_000,
		projects: [
			{extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: builtAppTests}},
			{extends: true, test: {name: 'e2e', include: builtAppTests, globalSetup: ['test/global-setup.ts']}},
		],
	},
});
