import {execFileSync} from 'node:child_process';

/** The end-to-end tests run the built CLI, so build it from the current source first. */
export default function setup(): void {
	execFileSync(process.execPath, ['scripts/build.js'], {stdio: 'inherit'});
}
