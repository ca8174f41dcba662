import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Instance} from 'ink';
import {checkFolder} from './cli/check-folder.js';
import {type Command, helpText, toCommand} from './cli/flags.js';
import {exitCode, runFilter, runList, runPrint, type Source} from './cli/run-commands.js';
import {runGrep} from './cli/run-grep.js';
import {UsageError} from './cli/usage-error.js';
import {cacheFileFor} from './core/cache/index-cache.js';
import {createLiveLibrary} from './core/library/live-library.js';
import {systemWords} from './core/scan/walk-fic-files.js';
import {emptyState} from './core/state/reading-state.js';
import {resolveCacheDir, resolveStatePath} from './core/state/state-path.js';
import {createStateSaver, loadState} from './core/state/state-store.js';
import {displaySafe} from './core/text/display-safe.js';
import {watchEarlyInterrupt} from './ui/early-interrupt.js';
import {followJobControl, takeTerminal} from './ui/terminal-screen.js';

/** What the full-text search's worker threads run: dist/grep-worker.mjs, beside this bundle. */
const grepWorker = fileURLToPath(new URL('grep-worker.mjs', import.meta.url));
/** What the threads that read listings run: dist/scan-worker.mjs. */
const scanWorker = fileURLToPath(new URL('scan-worker.mjs', import.meta.url));

function fail(message: string, code: number = exitCode.usage): never {
	// Messages can quote paths, arguments and OS errors: nothing in them may reach the terminal raw.
	process.stderr.write(`ficread: ${displaySafe(message)}\n`);
	process.exit(code);
}

// `ficread --list | head` closes the pipe early; that is not an error. Any other failure to write (a full
// disk) is one line and a code of its own: exit 1 means "--filter matched nothing".
// The reader sets its own: there stdout is the terminal, and an error means it went away.
let onOutputError = (error: unknown): void => {
	if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(exitCode.ok);
	fail(`cannot write the output: ${systemWords(error)}`, exitCode.output);
};

process.stdout.on('error', error => {
	onOutputError(error);
});

async function main(): Promise<number> {
	// ps, top and `pkill ficread` know it by this name (meow used to set it, when it read the command line).
	process.title = 'ficread';
	const command = toCommand(process.argv.slice(2));
	if ('error' in command) fail(command.error);
	if (command.kind === 'help' || command.kind === 'version') return showAbout(command.kind);
	await checkFolder(command.dir);
	const out = {write: (text: string) => process.stdout.write(text), warn: (text: string) => process.stderr.write(text), columns: process.stdout.isTTY ? process.stdout.columns : undefined};
	const source = {dir: command.dir, cacheFile: cacheFileFor(resolveCacheDir(pathContext()), path.resolve(command.dir)), scanWorker};
	switch (command.kind) {
		case 'list': {
			return runList(source, command.json, out);
		}

		case 'filter': {
			// `is:` filters read the marks; the saved state is only read, never written, here.
			const {state: reading} = await loadReadingState(resolveStatePath({flag: command.state, ...pathContext()}));
			return runFilter(source, command.query, command.json, out, reading);
		}

		case 'grep': {
			return runGrep(source, command.phrase, command.json, out, grepWorker);
		}

		case 'print': {
			return runPrint(source, command.work, {width: command.width, emphasis: command.emphasis}, out);
		}

		case 'read': {
			if (!process.stdin.isTTY || !process.stdout.isTTY) fail('not a terminal; use --list, --json or --print');
			return runReader(source, command);
		}
	}
}

/**
 * Prints --help or --version. meow words the help and finds the version; readArgv reads the command line.
 * Written as every command's output is: meow's own showHelp and showVersion print with console.log, which
 * drops a failed write, and exit 0.
 */
async function showAbout(kind: 'help' | 'version'): Promise<number> {
	// Loaded only here: evaluating meow and its dependencies took ~12 ms of every start.
	const {default: meow} = await import('meow');
	const cli = meow(helpText, {importMeta: import.meta, argv: [], description: false});
	process.stdout.write(`${kind === 'help' ? cli.help : cli.pkg.version ?? ''}\n`);
	return exitCode.ok;
}

async function runReader({dir, cacheFile}: Source, {width, state: stateFlag, theme, spoilers}: ReadCommand): Promise<number> {
	// Loaded only here: evaluating React, Ink and Yoga cost the commands that print and exit ~40 ms of every start.
	const [{default: React}, {render}, {App}] = await Promise.all([import('react'), import('ink'), import('./ui/app.js')]);
	const statePath = resolveStatePath({flag: stateFlag, ...pathContext()});
	let saveError: unknown;
	const warnings = new Set<string>();
	const saver = createStateSaver(statePath, {
		delayMs: 1000,
		onError(error) {
			saveError = error;
		},
		// A state file found corrupt while saving is set aside; the user hears of it when ficread exits.
		onWarning(message) {
			warnings.add(message);
		},
	});
	const library = createLiveLibrary(dir, {cacheFile, scanWorker});
	let instance: Instance | undefined;
	const terminal = takeTerminal(1, process.stdin);
	process.once('exit', terminal.restore);
	// Before the app renders, so that on SIGCONT the terminal is taken back before the app redraws.
	const jobControl = followJobControl(terminal);

	// Every way out restores the terminal first, then saves (what a scan has read too), then says what went
	// wrong. Once only: a signal during the save must not start a second exit.
	let leaving = false;
	const leave = async (code: number, message?: string, hangUp = false): Promise<never> => {
		// A second call waits for the first, which ends the process.
		if (leaving) return new Promise<never>(() => undefined);
		leaving = true;
		jobControl.stop();
		instance?.unmount();
		terminal.restore();
		const [saved] = await Promise.allSettled([saver.flush(), library.close()]);
		if (saved.status === 'rejected') saveError = saved.reason;
		else saveError = undefined;

		// The terminal is gone, and no one reads what would be said; Node 20 would crash restoring it as it
		// exits (nodejs/node#51519, node::ResetStdio), so the process ends by the hang-up itself, as its default is.
		if (hangUp) {
			process.removeAllListeners('SIGHUP');
			process.kill(process.pid, 'SIGHUP');
			return new Promise<never>(() => undefined);
		}

		for (const warning of warnings) process.stderr.write(`ficread: ${displaySafe(warning)}\n`);
		if (saveError) process.stderr.write(`ficread: ${displaySafe(`could not save reading state to ${statePath}: ${describe(saveError)}`)}\n`);
		if (message) process.stderr.write(`ficread: ${displaySafe(message)}\n`);
		process.exit(code);
	};

	// `on`, not `once`: while our listener stays, Ink's signal-exit does not re-raise the signal
	// (which would kill the process before the reading state is saved). SIGQUIT (Ctrl-\ outside raw mode)
	// saves too, rather than dump core on the alternate screen.
	for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130], ['SIGQUIT', 131]] as const) process.on(signal, () => void leave(code));
	const hangUp = () => void leave(129, undefined, true);
	process.on('SIGHUP', hangUp);
	// Drawing on a terminal that went away fails before (or instead of) the hang-up arrives.
	onOutputError = hangUp;
	// Ctrl-C before the first frame quits as it does a moment later, in the app.
	const handOverKeys = watchEarlyInterrupt(process.stdin, () => void leave(exitCode.ok));
	const crash = (error: unknown) => void leave(exitCode.crash, `unexpected error: ${describe(error)}`);
	process.once('uncaughtException', crash);
	process.once('unhandledRejection', crash);

	try {
		await show();
	} catch (error) {
		// A render error rejects Ink's exit promise; it and any other failure leave the same careful way.
		return leave(exitCode.crash, `unexpected error: ${describe(error)}`);
	}

	return leave(exitCode.ok);

	/** Draws the reader and resolves when the user quits. */
	async function show(): Promise<void> {
		// The first frame shows what the cache knows: the head of the index (the works that open the
		// list) when there is one, else the whole index; without a cache, what a short head start of the
		// scan has read (all of a small library). The scan goes on in the background either way.
		// The state and the head are read at once: each read waits on the file system's threads.
		const [{state: reading, warning}, fromHead] = await Promise.all([loadReadingState(statePath), library.readCacheHead()]);
		// Shown in the status bar, which may cut a long path short; said again in full at exit.
		if (warning) warnings.add(warning);
		if (!fromHead) await library.readCache();
		const cached = library.snapshot().works.length > 0;
		// With a cached list the scan starts after the first frame, so its thousands of stats do not delay it.
		// Without one, the first frame waits for the list (not for the cache to be written), a moment at most.
		let scanning = cached ? undefined : library.scan();
		if (scanning) await Promise.race([library.listed(), scanning, delay(firstFrameWaitMs)]);
		// Quitting already (Ctrl-C, a signal): a frame now would be drawn over the restored terminal.
		if (leaving) return;
		handOverKeys();
		instance = render(
			<App
				root={dir}
				library={library}
				columns={process.stdout.columns}
				rows={process.stdout.rows}
				readingWidth={width}
				folder={path.resolve(dir)}
				theme={theme}
				spoilerLevel={spoilers}
				reading={reading}
				saver={saver}
				message={warning}
				// Full-text search workers run dist/grep-worker.mjs, as --grep's do.
				grepWorker={grepWorker}
			/>,
			{exitOnCtrlC: false, patchConsole: false},
		);
		// Taken now: Ink makes this promise on first call, and one made after the app exited never settles.
		const exited = instance.waitUntilExit();
		// The scan fills the list in the background; quitting does not wait for it. The watcher starts
		// with it, so a file that arrives mid-scan is not missed (its report re-checks size and mtime).
		scanning ??= fromHead ? library.readCache().then(async () => library.scan()) : library.scan();
		void scanning.catch(crash);
		void library.watch().catch(crash);
		await exited;
	}
}

type ReadCommand = Extract<Command, {kind: 'read'}>;

// Long enough to read a small library whole before the first frame, short enough not to be a wait.
const firstFrameWaitMs = 150;

async function delay(ms: number): Promise<void> {
	await new Promise(resolve => {
		setTimeout(resolve, ms);
	});
}

/** Where per-user files go: the environment, home and platform ficread runs in. */
function pathContext() {
	return {env: process.env, home: os.homedir(), platform: process.platform};
}

/** The saved reading state; a file that cannot be read at all starts empty, with a note why. */
async function loadReadingState(file: string) {
	try {
		return await loadState(file);
	} catch (error) {
		return {state: emptyState(), warning: `cannot read ${file} (${describe(error)}); reading state starts empty`};
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

try {
	process.exitCode = await main();
} catch (error) {
	if (error instanceof UsageError) fail(error.message);
	fail(`unexpected error: ${describe(error)}`, exitCode.crash);
}
