import {parentPort} from 'node:worker_threads';
import {openFileSourceSync} from '../formats/file-source.js';
import type {ScannedWork} from '../library/library-work.js';
import type {Skipped} from '../work.js';
import {scanFile} from './scan-file.js';

/** A file whose listing a scan thread is asked to read (see `scanFile`). */
export type ScanRequest = {id: number; root: string; relative: string; info: {size: number; mtimeMs: number}};

/** The listing read, or null when reading it threw here: the main thread then reads it itself. */
export type ScanReply = {id: number; result: ScannedWork | Skipped | null};

/** A scan thread's side: read each listing asked for, as it comes, with reads that block (this thread has nothing else to do). */
export function runScanWorker(): void {
	const port = parentPort!;
	port.on('message', (request: ScanRequest) => {
		const reply = (result: ScanReply['result']) => {
			port.postMessage({id: request.id, result} satisfies ScanReply);
		};

		scanFile(request.root, request.relative, request.info, openFileSourceSync).then(reply, () => {
			reply(null);
		});
	});
}
