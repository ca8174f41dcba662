import {getHeapStatistics, setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

let collect: (() => void) | null | undefined;
/** Heap in use just after the last collection here: what was live then. */
let liveAfterLast = 0;
// Less than this much new garbage is not worth a full collection's tens of milliseconds.
const worthCollectingBytes = 24 * 1024 * 1024;

/**
 * A full garbage collection at a quiet moment (a search index built, a work
 * read ahead, a long work's pages counted) when the heap has grown well past
 * what was live at the last one. V8 lets the old generation grow to several
 * times what is live before it collects on its own, and it hands little of
 * that back: at 10,000 works about 35 MB live peaked above 200 MB. Does
 * nothing where V8 refuses.
 */
export function collectGarbage(): void {
	if (collect === undefined) {
		try {
			// Exposes `gc` to contexts made from now on: one is made for it, and the app's own globals stay as they are.
			setFlagsFromString('--expose-gc');
			try {
				const exposed: unknown = runInNewContext('typeof gc === "function" ? gc : null');
				collect = typeof exposed === 'function' ? (exposed as () => void) : null;
			} finally {
				// The function stays usable. V8 rejects a code cache made under other flags, and the app's
				// (boot/code-cache.ts) may be saved after this: left on, the flag would cost every start a compile.
				setFlagsFromString('--no-expose-gc');
			}
		} catch {
			collect = null;
		}
	}

	if (!collect || getHeapStatistics().used_heap_size - liveAfterLast < worthCollectingBytes) return;
	collect();
	liveAfterLast = getHeapStatistics().used_heap_size;
}
