// A scan thread for tests: the library's worker side (source/core/scan/scan-worker.ts), loaded through tsx.
import {register} from 'tsx/esm/api';

register();
const {runScanWorker} = await import('../../source/core/scan/scan-worker.ts');
runScanWorker();
