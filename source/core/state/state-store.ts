/**
 * Reads and writes the reading-state file, the only I/O of the state layer.
 *
 * Guarantees: a reader sees either the old or the new file, never a partial
 * one (`writeAtomically`, durable; a state file that is a link is written
 * through to the file it leads to); two processes lose no
 * update of each other (a lock file serializes saves, and each save re-reads
 * and merges before writing); an unreadable file is moved aside, never
 * overwritten or deleted.
 */
import {randomBytes} from 'node:crypto';
import {link, mkdir, open, rename, rm, stat} from 'node:fs/promises';
import {hostname} from 'node:os';
import path from 'node:path';
import {errorCode, pathExists} from '../path-exists.js';
import {readRegularFile} from '../read-regular-file.js';
import {isRunning, removeStaleTemps, writeAtomically} from '../write-atomically.js';
import {emptyState, mergeStates, type StateFile} from './reading-state.js';
import {isStateFile} from './state-file-shape.js';

export type LockOptions = {
	/** A lock file this old is taken over even if its owner may live (it is hung). Default 10 s. */
	staleLockMs?: number;
	/** How long to wait for the lock before giving up with an error. Default 15 s. */
	lockTimeoutMs?: number;
};

export type SaveOptions = LockOptions & {
	/** Told, in one line, when the file on disk was unreadable and was moved aside. */
	onWarning?: (message: string) => void;
};

const DEFAULT_STALE_LOCK_MS = 10_000;
const DEFAULT_LOCK_TIMEOUT_MS = 15_000;

/**
 * Reads the state. A missing file is empty state. An unreadable one (not JSON,
 * or not the expected shape) is renamed to `<file>.corrupt-<time>` and empty
 * state is returned with a warning naming both paths. Other errors (no
 * permission, a folder in the way) are thrown: the file may be fine.
 */
export async function loadState(file: string, options: LockOptions = {}): Promise<{state: StateFile; warning: string | null}> {
	// Not waited for: what a process killed while saving left is removed by the next start, even one that saves nothing.
	void removeStaleTemps(file);
	void removeStaleTemps(`${file}.lock`, {suffix: 'stale', olderThanMs: staleLockMs(options)});
	const text = await readIfExists(file);
	const state = text === null ? emptyState() : parseState(text);
	if (state !== null) {
		return {state, warning: null};
	}
	// Under the lock, so that a file another process has just replaced is not moved aside by mistake.
	return withLock(file, options, () => readOrMoveAside(file));
}

/**
 * Merges `state` into the file and returns the merged state, which includes
 * other processes' updates: the caller should adopt it (merged with any change
 * it made in the meantime). Creates the folder if needed.
 */
export async function saveState(file: string, state: StateFile, options: SaveOptions = {}): Promise<StateFile> {
	// Refuse to write what `loadState` would reject, rather than corrupt the file on purpose.
	if (!isStateFile(JSON.parse(JSON.stringify(state)))) {
		throw new TypeError('refusing to save reading state that is not a valid state file');
	}
	await mkdir(path.dirname(file), {recursive: true, mode: 0o700});
	return withLock(file, options, async () => {
		// Temp files are only written under the lock, which we hold: every one found is an orphan (at worst a
		// hung writer's whose lock was taken over, whose rename then fails instead of replacing newer data).
		await removeStaleTemps(file, {olderThanMs: 0});
		await removeStaleTemps(`${file}.lock`, {suffix: 'stale', olderThanMs: staleLockMs(options)});
		const current = await readOrMoveAside(file);
		if (current.warning !== null) {
			options.onWarning?.(current.warning);
		}
		const merged = mergeStates(state, current.state);
		const text = serialize(merged);
		if (text !== serialize(current.state)) {
			await writeAtomically(file, text, {durable: true});
		}
		return merged;
	});
}

export type StateSaver = {
	/** Remembers `state` to be saved; saves at most `delayMs` after the first unsaved call. */
	schedule(state: StateFile): void;
	/** Saves what is scheduled now and waits for every save to end; rejects if that save fails. Call at exit. */
	flush(): Promise<void>;
};

export type SaverOptions = SaveOptions & {
	delayMs: number;
	/** Given the merged state after each save, to adopt other processes' updates (merge it with any newer local state). */
	onSaved?: (merged: StateFile) => void;
	/** Errors of saves started by the timer; `flush` rejects instead. Default: ignored, the next save retries. */
	onError?: (error: unknown) => void;
};

/**
 * Coalesces frequent changes (every scroll moves the position) into a save
 * every `delayMs` at most. The timer is not restarted by later calls, so
 * steady scrolling still reaches the disk within `delayMs`.
 */
export function createStateSaver(file: string, options: SaverOptions): StateSaver {
	let pending: StateFile | null = null;
	let timer: NodeJS.Timeout | undefined;
	// Saves run one at a time, in order; a failure does not stop later ones.
	let queue: Promise<void> = Promise.resolve();

	const saveNext = (): Promise<void> => {
		const next = queue.then(async () => {
			const state = pending;
			pending = null;
			if (state === null) {
				return;
			}
			let merged: StateFile;
			try {
				merged = await saveState(file, state, options);
			} catch (error) {
				// Keep it for the next attempt unless a newer state was scheduled meanwhile.
				pending ??= state;
				throw error;
			}
			options.onSaved?.(merged);
		});
		queue = next.catch(() => undefined);
		return next;
	};

	return {
		schedule(state) {
			pending = state;
			timer ??= setTimeout(() => {
				timer = undefined;
				saveNext().catch(error => options.onError?.(error));
			}, options.delayMs);
		},
		flush() {
			clearTimeout(timer);
			timer = undefined;
			return saveNext();
		},
	};
}

function serialize(state: StateFile): string {
	return `${JSON.stringify(state)}\n`;
}

/** The state in `text`, or null when it is not a valid state file. */
function parseState(text: string): StateFile | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	return isStateFile(value) ? value : null;
}

/** Call with the lock held. */
async function readOrMoveAside(file: string): Promise<{state: StateFile; warning: string | null}> {
	const text = await readIfExists(file);
	const state = text === null ? emptyState() : parseState(text);
	if (state !== null) {
		return {state, warning: null};
	}
	const aside = await freeName(`${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`);
	await rename(file, aside);
	return {
		state: emptyState(),
		warning: `the reading state ${file} was unreadable; moved it to ${aside} and started with empty reading state`,
	};
}

/** `base`, or `base-2`, `base-3`…: rename replaces an existing target, and the corrupt bytes must never be lost. */
async function freeName(base: string): Promise<string> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!(await pathExists(candidate))) {
			return candidate;
		}
	}
}

function staleLockMs(options: LockOptions): number {
	return options.staleLockMs ?? DEFAULT_STALE_LOCK_MS;
}

/** Runs `action` holding `<file>.lock`, created exclusively, so that processes take turns. */
async function withLock<T>(file: string, options: LockOptions, action: () => Promise<T>): Promise<T> {
	const lock = `${file}.lock`;
	const staleMs = staleLockMs(options);
	const deadline = Date.now() + (options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
	// The random part tells our lock from a later one at the same path.
	const token = `${process.pid} ${hostname()} ${randomBytes(8).toString('hex')}`;
	while (!(await tryCreate(lock, token))) {
		if (await takeOverIfStale(lock, staleMs)) {
			continue;
		}
		if (Date.now() > deadline) {
			throw new Error(`could not lock the reading state: ${lock} is held by another process`);
		}
		// Jittered, so that two waiters do not retry in lockstep.
		await new Promise(resolve => setTimeout(resolve, 5 + Math.random() * 20));
	}
	try {
		return await action();
	} finally {
		// Only our own lock: if ours was taken over as stale, the file is someone else's now.
		if ((await readIfExists(lock)) === token) {
			await rm(lock, {force: true});
		}
	}
}

async function tryCreate(lock: string, token: string): Promise<boolean> {
	let handle;
	try {
		handle = await open(lock, 'wx', 0o600);
	} catch (error) {
		if (errorCode(error) === 'EEXIST') {
			return false;
		}
		throw error;
	}
	try {
		await handle.writeFile(token, 'utf8');
	} finally {
		await handle.close();
	}
	return true;
}

/**
 * Removes the lock if its owner is gone (same host, process dead) or it is
 * older than `staleMs`. Returns true when the caller should retry at once.
 */
async function takeOverIfStale(lock: string, staleMs: number): Promise<boolean> {
	let token: string;
	let modified: number;
	try {
		token = await readRegularFile(lock, 'utf8');
		modified = (await stat(lock)).mtimeMs;
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return true;
		}
		throw error;
	}
	if (!ownerIsDead(token) && Date.now() - modified < staleMs) {
		return false;
	}
	// Move it aside rather than delete it, to see whether it is still the lock judged stale.
	const aside = `${lock}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
	try {
		await rename(lock, aside);
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return true;
		}
		throw error;
	}
	try {
		if ((await readRegularFile(aside, 'utf8')) !== token) {
			// Another process replaced the stale lock in between; give its lock back, unless a third took the place.
			await link(aside, lock).catch(() => undefined);
		}
	} finally {
		await rm(aside, {force: true});
	}
	return true;
}

/**
 * Whether the token names a process on this host that no longer runs. An
 * empty token (owner killed between creating and writing the lock) is left to
 * the age rule.
 */
function ownerIsDead(token: string): boolean {
	const [pid, host] = token.split(' ');
	if (host !== hostname() || !/^\d+$/.test(pid ?? '')) {
		return false;
	}
	return !isRunning(Number(pid));
}

async function readIfExists(file: string): Promise<string | null> {
	try {
		return await readRegularFile(file, 'utf8');
	} catch (error) {
		if (errorCode(error) === 'ENOENT') {
			return null;
		}
		throw error;
	}
}
