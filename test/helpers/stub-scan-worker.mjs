// A scan thread that reads nothing: it answers every file with a refusal of its own, so a test can tell which files went to threads.
import {parentPort} from 'node:worker_threads';

parentPort.on('message', request => {
	parentPort.postMessage({id: request.id, result: {path: request.relative, reason: 'answered by a thread'}});
});
