import type {ResourceLimits} from 'node:worker_threads';

/**
 * The heap limits of ficread's worker threads (the scan's and the full-text
 * search's). With Node's default young generation, two scan threads added
 * ~95 MB to a cold 10,000-work scan's peak (297 MB against 201–224 MB
 * without threads), and the search's threads took the app's peak to 321 MB.
 * With 8 MB each, those peaks are 218 MB and 268 MB, and neither is slower
 * (docs/performance.md, session 11).
 */
export const workerResourceLimits: ResourceLimits = {maxYoungGenerationSizeMb: 8};
