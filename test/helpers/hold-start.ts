import {existsSync, writeFileSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {shellQuote} from './tmux.js';

const preload = fileURLToPath(new URL('hold-start-preload.mjs', import.meta.url));

/**
 * A ficread start held after it has taken the terminal and before its first
 * frame: `command` runs it with a state file whose read waits until `release()`
 * (hold-start-preload.mjs). `holding()` resolves once it waits there.
 */
export async function holdStart(dir: string, cliPath: string): Promise<{command: string; holding: () => Promise<void>; release: () => void}> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'ficread-held-'));
	const stateFile = path.join(folder, 'state.json');
	const command = `env FICREAD_TEST_HOLD=${shellQuote(stateFile)} ${shellQuote(process.execPath)} --import ${shellQuote(pathToFileURL(preload).href)} ${shellQuote(cliPath)} ${shellQuote(dir)} --state ${shellQuote(stateFile)}`;
	return {
		command,
		async holding() {
			const deadline = Date.now() + 10_000;
			while (!existsSync(path.join(folder, 'holding'))) {
				if (Date.now() > deadline) throw new Error('ficread did not reach its read of the state file');
				await new Promise(resolve => setTimeout(resolve, 10));
			}
		},
		release() {
			writeFileSync(path.join(folder, 'released'), '');
		},
	};
}
