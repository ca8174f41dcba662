import {Worker} from 'node:worker_threads';

/**
 * Starts one of ficread's worker threads (the scan's, the full-text
 * search's) on `script`, with `workerData`:
 *
 * - What it prints goes to this thread's pipes, which nothing reads, not to
 *   the terminal: a stray line would be drawn over the app's screen.
 * - Its young generation is 8 MB. With Node's default, two scan threads
 *   added ~95 MB to a cold 10,000-work scan's peak (297 MB against 201–224 MB
 *   without threads), and the search's threads took the app's peak to
 *   321 MB. With 8 MB each, those peaks are 218 MB and 268 MB, and neither
 *   is slower (docs/performance.md, session 11).
 */
export function startWorkerThread(script: string | URL, workerData?: unknown): Worker {
	return new Worker(script, {workerData, stdout: true, stderr: true, resourceLimits: {maxYoungGenerationSizeMb: 8}});
}
