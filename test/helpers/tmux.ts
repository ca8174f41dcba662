import {execFile} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {isolatedEnv} from './run-cli.js';

const run = promisify(execFile);

/** How long `waitFor` polls before failing, and how often it looks. */
const defaultTimeoutMs = 10_000;
const pollMs = 20;

/**
 * A real terminal for end-to-end tests: a tmux pane of a fixed size running a
 * command. Tests send keys and wait for the screen to show what they expect;
 * they never sleep for a fixed time.
 */
export class TmuxPane {
	private constructor(
		private readonly socket: string,
		private readonly target: string,
		/** Where the pane's shell writes the command's exit status. */
		private readonly statusFile: string,
	) {}

	/** Starts `command` (run by /bin/sh) in a new pane of `columns`×`rows`. */
	static async start(command: string, {columns = 120, rows = 40, env = {}}: {columns?: number; rows?: number; env?: Record<string, string>} = {}): Promise<TmuxPane> {
		const socket = `ficread-test-${randomUUID().slice(0, 8)}`;
		const target = 'main';
		// Each pane its own reading state, so one test's place in a work cannot leak into the next.
		const data = mkdtempSync(path.join(os.tmpdir(), 'ficread-data-'));
		// The shell records the exit status itself: tmux can mark a pane dead before (or without) saying how
		// it ended. Without `exec`, the program stays the shell's child, which `pkill -P` finds.
		const statusFile = path.join(data, 'exit-status');
		const program = `${command.replace(/^exec /, '')}; echo $? > ${shellQuote(statusFile)}`;
		const exports = Object.entries({TERM: 'xterm-256color', LANG: 'C.UTF-8', ...isolatedEnv, XDG_DATA_HOME: data, ...env})
			.map(([name, value]) => `export ${name}=${shellQuote(value)};`)
			.join(' ');
		// A user's terminal, not a CI log: with CI set, chalk drops every style and the tests could not see them.
		const user = 'unset CI CONTINUOUS_INTEGRATION;';
		await run('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-s', target, '-x', String(columns), '-y', String(rows), `${user} ${exports} ${program}`]);
		// Keep the pane after the command exits so tests can read the last screen.
		await run('tmux', ['-L', socket, 'set-option', '-t', target, 'remain-on-exit', 'on']);
		return new TmuxPane(socket, target, statusFile);
	}

	/** The visible screen, one string, lines joined by `\n`. */
	async screen(): Promise<string> {
		const {stdout} = await this.tmux('capture-pane', '-p', '-t', this.target);
		return stdout;
	}

	/** The screen with colours and attributes as escape sequences (`-e`). */
	async screenWithAttributes(): Promise<string> {
		const {stdout} = await this.tmux('capture-pane', '-p', '-e', '-t', this.target);
		return stdout;
	}

	/** Waits until the screen contains `text` (or satisfies `test`); returns that screen. */
	async waitFor(expected: string | RegExp | ((screen: string) => boolean), timeoutMs = defaultTimeoutMs): Promise<string> {
		const test = typeof expected === 'function' ? expected : (screen: string) => (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen));
		return this.poll(async () => {
			const screen = await this.screen();
			return test(screen) ? screen : undefined;
		}, `timed out waiting for ${String(expected)}`, timeoutMs);
	}

	/** Waits until the tmux format value `name` (see `paneValue`) is `expected`. */
	async waitForValue(name: string, expected: string, timeoutMs = defaultTimeoutMs): Promise<void> {
		await this.poll(async () => ((await this.paneValue(name)) === expected ? true : undefined), `timed out waiting for ${name} to be ${expected}`, timeoutMs);
	}

	/** Sends tmux key names (`Enter`, `Escape`, `PageDown`, `C-c`, `j`). */
	async press(...keys: string[]): Promise<void> {
		for (const key of keys) await this.tmux('send-keys', '-t', this.target, key);
	}

	/** Types text literally. */
	async type(text: string): Promise<void> {
		await this.tmux('send-keys', '-t', this.target, '-l', text);
	}

	/** Pastes text as a terminal does: marked as a paste (bracketed) when the program asked for that. */
	async paste(text: string): Promise<void> {
		await this.tmux('set-buffer', '-b', 'paste', '--', text);
		await this.tmux('paste-buffer', '-p', '-d', '-b', 'paste', '-t', this.target);
	}

	async resize(columns: number, rows: number): Promise<void> {
		await this.tmux('resize-window', '-t', this.target, '-x', String(columns), '-y', String(rows));
	}

	/** A tmux format value for the pane, e.g. `alternate_on`, `pane_dead`, `pane_dead_status`. */
	async paneValue(name: string): Promise<string> {
		const {stdout} = await this.tmux('display-message', '-p', '-t', this.target, `#{${name}}`);
		return stdout.trim();
	}

	/** Waits for the command to end and returns its exit status (128 + N after signal N, as the shell says). */
	async waitForExit(timeoutMs = defaultTimeoutMs): Promise<number> {
		return this.poll(async () => {
			const status = existsSync(this.statusFile) ? readFileSync(this.statusFile, 'utf8').trim() : '';
			return status === '' ? undefined : Number(status);
		}, 'the command did not exit', timeoutMs);
	}

	/** Closes the pane as a user closing the terminal does: its program gets a real hang-up (SIGHUP). */
	async killPane(): Promise<void> {
		await this.tmux('kill-pane', '-t', this.target);
	}

	async kill(): Promise<void> {
		await this.tmux('kill-server').catch(() => undefined);
	}

	/** Asks `probe` every `pollMs` until it finds something; fails with `problem` and the screen after `timeoutMs`. */
	private async poll<T>(probe: () => Promise<T | undefined>, problem: string, timeoutMs: number): Promise<T> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			const found = await probe();
			if (found !== undefined) return found;
			await new Promise(resolve => setTimeout(resolve, pollMs));
		}

		throw new Error(`${problem}; the screen was:\n${await this.screen()}`);
	}

	private async tmux(...args: string[]) {
		return run('tmux', ['-L', this.socket, ...args]);
	}
}

export function shellQuote(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}
