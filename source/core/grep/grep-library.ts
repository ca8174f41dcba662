import {availableParallelism} from 'node:os';
import {startWorkerThread} from '../worker-thread.js';
import {grepFiles, type GrepFile, type GrepReport} from './grep-files.js';
import type {GrepMessage, GrepWorkerData} from './grep-worker.js';
import {openerFor} from './read-body.js';

export type GrepOptions = {
	/**
	 * The script a worker runs (dist/grep-worker.mjs, whose entry is
	 * grep-worker-entry.ts). Null searches on this thread.
	 */
	workerScript: string | URL | null;
	/**
	 * Called for every file as it is searched, hits or not: the UI streams
	 * them, with progress. Workers post their reports in batches (see
	 * `GrepMessage`), so calls come in bursts.
	 */
	onFile?: (found: GrepReport) => void;
	/**
	 * Stops the search: its workers are terminated and the promise resolves
	 * with the hits found so far (on this thread, once the file being read is
	 * done); no `onFile` call comes after.
	 */
	signal?: AbortSignal;
};

/**
 * Searches the bodies of `files` for the folded `phrase` (see `foldPhrase`),
 * spread over worker threads, one per core; resolves with the hits of every
 * file that has some, by file index. A worker that fails leaves its files to
 * this thread, so a search always completes (unless aborted).
 */
export async function grepLibrary(files: readonly GrepFile[], phrase: string, {workerScript, onFile, signal}: GrepOptions): Promise<Map<number, GrepReport['hits']>> {
	const found = new Map<number, GrepReport['hits']>();
	if (signal?.aborted) return found;
	const done = new Set<number>();
	const take = (report: GrepReport) => {
		if (signal?.aborted) return;
		done.add(report.index);
		if (report.hits.length > 0) found.set(report.index, report.hits);
		onFile?.(report);
	};

	const threads = workerScript === null ? 0 : Math.min(availableParallelism(), Math.ceil(files.length / 50));
	if (threads > 0) {
		// Interleaved shares: folders group works by fandom, and sizes run in groups too.
		const shares = Array.from({length: threads}, (_, thread) => files.filter((_file, index) => index % threads === thread));
		const workers = shares.map(share => startWorker(workerScript!, phrase, share, take));
		let stop = () => {};
		const stopped = new Promise<void>(resolve => {
			stop = () => {
				for (const worker of workers) void worker.terminate();
				resolve();
			};
		});
		signal?.addEventListener('abort', stop, {once: true});
		await Promise.race([Promise.all(workers.map(async worker => worker.finished)), stopped]);
		signal?.removeEventListener('abort', stop);
	}

	// Whatever a failed worker left undone (or everything, without workers) is searched here.
	const left = files.filter(file => !done.has(file.index));
	if (left.length > 0 && !signal?.aborted) await grepFiles(left, phrase, openerFor(phrase), take, signal);
	return found;
}

type GrepWorker = {finished: Promise<void>; terminate(): Promise<unknown>};

function startWorker(script: string | URL, phrase: string, files: GrepFile[], take: (report: GrepReport) => void): GrepWorker {
	const worker = startWorkerThread(script, {phrase, files} satisfies GrepWorkerData);
	const finished = new Promise<void>(resolve => {
		worker.on('message', (message: GrepMessage) => {
			if (message.type === 'files') for (const report of message.reports) take(report);
			else void worker.terminate().then(() => resolve());
		});
		worker.on('error', () => resolve());
		worker.on('exit', () => resolve());
	});
	return {finished, terminate: async () => worker.terminate()};
}
