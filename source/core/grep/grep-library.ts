import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import {grepFiles, type GrepFile, type GrepReport} from './grep-files.js';
import type {GrepMessage, GrepWorkerData} from './grep-worker.js';
import {probeOf} from './find-phrase.js';
import {openerFor} from './read-body.js';

export type GrepOptions = {
	/**
	 * The script a worker runs: ficread's own entry, which becomes a worker
	 * when started as one (see `isGrepWorker`). Null searches on this thread.
	 */
	workerScript: string | URL | null;
	/** Called for every file as it is searched, hits or not: the UI streams them, with progress. */
	onFile?: (found: GrepReport) => void;
	/** Ends the search early (a new phrase typed): workers are terminated, and nothing more is reported. */
	signal?: AbortSignal;
};

/**
 * Searches the bodies of `files` for the folded `phrase` (see `foldPhrase`),
 * spread over worker threads, one per core; resolves with the hits of every
 * file that has some, by file index. A worker that fails leaves its files to
 * this thread, so a search always completes.
 */
export async function grepLibrary(files: readonly GrepFile[], phrase: string, {workerScript, onFile, signal}: GrepOptions): Promise<Map<number, GrepReport['hits']>> {
	const found = new Map<number, GrepReport['hits']>();
	const done = new Set<number>();
	const take = (report: GrepReport) => {
		if (signal?.aborted) return;
		done.add(report.index);
		if (report.hits.length > 0) found.set(report.index, report.hits);
		onFile?.(report);
	};

	const opener = openerFor(probeOf(phrase));
	// Once aborted, the files left on this thread are passed over unread.
	const openBody: typeof opener = async (absolute, relative) => (signal?.aborted ? null : opener(absolute, relative));
	const threads = workerScript === null ? 0 : Math.min(availableParallelism(), Math.ceil(files.length / 50));
	if (threads === 0) {
		await grepFiles(files, phrase, openBody, take);
		return found;
	}

	// Interleaved shares: folders group works by fandom, and sizes run in groups too.
	const shares = Array.from({length: threads}, (_, thread) => files.filter((_file, index) => index % threads === thread));
	await Promise.all(shares.map(async share => runWorker(workerScript!, phrase, share, take, signal)));
	if (signal?.aborted) return found;
	// Whatever a failed worker left undone is searched here.
	const left = files.filter(file => !done.has(file.index));
	if (left.length > 0) await grepFiles(left, phrase, openBody, take);
	return found;
}

async function runWorker(script: string | URL, phrase: string, files: GrepFile[], take: (report: GrepReport) => void, signal: AbortSignal | undefined): Promise<void> {
	return new Promise(resolve => {
		if (signal?.aborted) {
			resolve();
			return;
		}

		const worker = new Worker(script, {workerData: {kind: 'ficread-grep', phrase, files} satisfies GrepWorkerData, stdout: true, stderr: true});
		const stop = () => void worker.terminate().then(() => resolve());
		signal?.addEventListener('abort', stop, {once: true});
		worker.on('message', (message: GrepMessage) => {
			if (message.type === 'file') take(message);
			else void worker.terminate().then(() => resolve());
		});
		worker.on('error', () => resolve());
		worker.on('exit', () => {
			signal?.removeEventListener('abort', stop);
			resolve();
		});
	});
}
