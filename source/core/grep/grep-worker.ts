import {parentPort, workerData} from 'node:worker_threads';
import {grepFiles, type GrepFile, type GrepReport} from './grep-files.js';
import {probeOf} from './find-phrase.js';
import {openerFor} from './read-body.js';

/** What a worker is started with (its `workerData`). */
export type GrepWorkerData = {kind: 'ficread-grep'; phrase: string; files: GrepFile[]};

/** What a worker posts: one message per file, then `done`. */
export type GrepMessage = ({type: 'file'} & GrepReport) | {type: 'done'};

/** Whether this thread was started as a full-text search worker. */
export function isGrepWorker(): boolean {
	return parentPort !== null && (workerData as Partial<GrepWorkerData> | null)?.kind === 'ficread-grep';
}

/** The worker's side: search the files it was given and post what it finds. */
export async function runGrepWorker(): Promise<void> {
	const port = parentPort!;
	const {phrase, files} = workerData as GrepWorkerData;
	await grepFiles(files, phrase, openerFor(probeOf(phrase)), found => {
		port.postMessage({type: 'file', ...found} satisfies GrepMessage);
	});
	port.postMessage({type: 'done'} satisfies GrepMessage);
}
