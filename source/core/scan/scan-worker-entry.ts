// The scan threads' own entry (built to dist/scan-worker.mjs): only the core they run, not the app, as
// the full-text search's workers (source/core/grep/grep-worker-entry.ts).
import {runScanWorker} from './scan-worker.js';

runScanWorker();
