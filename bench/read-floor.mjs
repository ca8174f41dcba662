/**
 * The floor under any full-text search written for Node: walk a folder and
 * read every file whole, on one thread per core, and look at nothing. What
 * `ficread --grep` does on top of this (decoding, folding, matching, listing
 * the works found) can only add to its time. bench/grep-bench.ts times this
 * whole command line beside rg's and ficread's.
 *
 *   node bench/read-floor.mjs DIR
 *
 * Plain JavaScript, so that Node starts it as it starts ficread, without a
 * TypeScript loader.
 */
import {closeSync, fstatSync, openSync, readdirSync, readSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {isMainThread, parentPort, Worker} from 'node:worker_threads';

/** Reads each file whole into one buffer, grown as needed; returns the bytes read. */
function readAll(files) {
	let buffer = Buffer.allocUnsafe(1 << 22);
	let total = 0;
	for (const file of files) {
		const descriptor = openSync(file, 'r');
		try {
			const size = fstatSync(descriptor).size;
			if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
			for (let read = 0; read < size; ) {
				const got = readSync(descriptor, buffer, read, size - read, read);
				if (got === 0) break;
				read += got;
				total += got;
			}
		} finally {
			closeSync(descriptor);
		}
	}

	return total;
}

if (isMainThread) {
	const threads = availableParallelism();
	// Started first, as ficread starts its search threads while it walks.
	const workers = Array.from({length: threads - 1}, () => new Worker(new URL(import.meta.url)));
	const files = readdirSync(process.argv[2], {recursive: true, withFileTypes: true})
		.filter(entry => entry.isFile())
		.map(entry => path.join(entry.parentPath ?? entry.path, entry.name));
	const share = thread => files.filter((_file, index) => index % threads === thread);
	const totals = workers.map(
		async (worker, index) =>
			new Promise(resolve => {
				worker.once('message', resolve);
				worker.postMessage(share(index + 1));
			}),
	);
	const mine = readAll(share(0));
	const theirs = await Promise.all(totals);
	for (const worker of workers) void worker.terminate();
	console.log(`${files.length} files, ${mine + theirs.reduce((sum, bytes) => sum + bytes, 0)} bytes`);
} else {
	parentPort.once('message', files => {
		parentPort.postMessage(readAll(files));
	});
}
