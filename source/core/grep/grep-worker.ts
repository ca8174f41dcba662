import {parentPort, workerData} from 'node:worker_threads';
import {grepFiles, type GrepFile, type GrepReport} from './grep-files.js';
import {openerFor} from './read-body.js';

/** What a worker is started with (its `workerData`). */
export type GrepWorkerData = {phrase: string; files: GrepFile[]};

/** What a worker posts: the reports of the files it has searched since its last message, then `done`. */
export type GrepMessage = {type: 'files'; reports: GrepReport[]} | {type: 'done'};

/**
 * How long a worker keeps reports before posting them. A message per file
 * costs more than a file the quick look rules out; the app still sees
 * progress and first hits within a frame or two.
 */
const postEveryMs = 25;

/** The worker's side: search the files it was given and post what it finds. */
export async function runGrepWorker(): Promise<void> {
	const port = parentPort!;
	const {phrase, files} = workerData as GrepWorkerData;
	let reports: GrepReport[] = [];
	let posted = performance.now();
	const post = () => {
		port.postMessage({type: 'files', reports} satisfies GrepMessage);
		reports = [];
		posted = performance.now();
	};

	await grepFiles(files, phrase, openerFor(phrase), found => {
		reports.push(found);
		if (performance.now() - posted >= postEveryMs) post();
	});
	if (reports.length > 0) post();
	port.postMessage({type: 'done'} satisfies GrepMessage);
}
