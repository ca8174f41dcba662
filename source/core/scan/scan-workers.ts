import {availableParallelism} from 'node:os';
import type {Worker} from 'node:worker_threads';
import type {ScannedWork} from '../library/library-work.js';
import type {Skipped} from '../work.js';
import {startWorkerThread} from '../worker-thread.js';
import {scanFile} from './scan-file.js';
import type {ScanReply, ScanRequest} from './scan-worker.js';

/** Reads one file's listing (see `scanFile`, whose signature it has). */
export type ReadListing = (root: string, relative: string, info: {size: number; mtimeMs: number}) => Promise<ScannedWork | Skipped>;

export type ScanWorkers = {
	/** `scanFile`, run by a scan thread once there are files enough to be worth one. */
	scanFile: ReadListing;
	/** Stops the threads; a file one was reading is read on this thread instead. */
	close(): void;
};

/**
 * How many files are read on this thread before threads start: a thread
 * takes ~60 ms to start, more than reading a small folder's few new files.
 */
const readHereFirst = 24;

type Pending = {request: ScanRequest; settle: (result: ScannedWork | Skipped) => void; fail: (error: unknown) => void};
type ScanThread = {worker: Worker; pending: Map<number, Pending>; alive: boolean};

/**
 * Threads that read listings for the scanner, one per core. Reading and
 * parsing is most of a cold scan's time; in threads it runs on every core,
 * and this thread stays free for keys and frames. A thread reads with calls
 * that block (see `openFileSourceSync`). One that fails leaves its files to
 * this thread, so a scan always completes. The threads do not keep the
 * process alive while nothing is asked of them.
 */
export function startScanWorkers(script: string | URL, threads = availableParallelism()): ScanWorkers {
	let threadsStarted: ScanThread[] | undefined;
	let readHere = 0;
	let closed = false;
	let nextId = 0;

	const readOnThisThread = ({request: {root, relative, info}, settle, fail}: Pending) => {
		scanFile(root, relative, info).then(settle, fail);
	};

	/** A thread that failed or was closed: it counts as gone, and the files it held are read on this thread. */
	const abandon = (thread: ScanThread) => {
		if (!thread.alive) return;
		thread.alive = false;
		const held = [...thread.pending.values()];
		thread.pending.clear();
		for (const pending of held) readOnThisThread(pending);
	};

	const start = (): ScanThread => {
		const thread: ScanThread = {worker: startWorkerThread(script), pending: new Map(), alive: true};
		const lost = () => {
			abandon(thread);
		};

		thread.worker.on('message', ({id, result}: ScanReply) => {
			const pending = thread.pending.get(id);
			thread.pending.delete(id);
			if (thread.pending.size === 0) thread.worker.unref();
			if (!pending) return;
			if (result === null) readOnThisThread(pending);
			else pending.settle(result);
		});
		thread.worker.on('error', lost);
		thread.worker.on('exit', lost);
		thread.worker.unref();
		return thread;
	};

	return {
		async scanFile(root, relative, info) {
			return new Promise((settle, fail) => {
				const pending = {request: {id: nextId++, root, relative, info}, settle, fail};
				if (closed || readHere < readHereFirst) {
					readHere++;
					readOnThisThread(pending);
					return;
				}

				threadsStarted ??= Array.from({length: Math.max(1, threads)}, start);
				const alive = threadsStarted.filter(thread => thread.alive);
				if (alive.length === 0) {
					readOnThisThread(pending);
					return;
				}

				// The least busy thread: a listing takes from a millisecond to a second (a large MOBI).
				const thread = alive.reduce((least, each) => (each.pending.size < least.pending.size ? each : least));
				thread.pending.set(pending.request.id, pending);
				thread.worker.ref();
				thread.worker.postMessage(pending.request satisfies ScanRequest);
			});
		},
		close() {
			closed = true;
			for (const thread of threadsStarted ?? []) {
				// Terminating emits 'exit' later: the files it held are read here now.
				abandon(thread);
				void thread.worker.terminate();
			}
		},
	};
}
