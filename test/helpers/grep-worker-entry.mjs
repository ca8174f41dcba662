// A full-text search worker for tests: the app's worker side (source/core/grep/grep-worker.ts), loaded through tsx.
import {register} from 'tsx/esm/api';

register();
const {runGrepWorker} = await import('../../source/core/grep/grep-worker.ts');
await runGrepWorker();
