// The full-text search worker's own entry (built to dist/grep-worker.mjs): a worker started from the
// app's bundle spent ~120 ms evaluating React, Ink and Yoga it never uses; this one starts in ~60 ms.
import {runGrepWorker} from './grep-worker.js';

await runGrepWorker();
