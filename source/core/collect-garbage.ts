import {setFlagsFromString} from 'node:v8';
import {runInNewContext} from 'node:vm';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, run after a burst of work that left megabytes
 * of garbage (the index cache parsed, the search index built, a long work's
 * pages counted). V8 lets the old generation grow to several times what is
 * live before it collects on its own, and it hands little of that back:
 * collecting at these quiet moments keeps the peak near what the library
 * really needs. Takes a few milliseconds; does nothing where V8 refuses.
 */
export function collectGarbage(): void {
	if (collect === undefined) {
		try {
			// Exposes `gc` to contexts made from now on: one is made for it, and the app's own globals stay as they are.
			setFlagsFromString('--expose-gc');
			const exposed: unknown = runInNewContext('typeof gc === "function" ? gc : null');
			collect = typeof exposed === 'function' ? (exposed as () => void) : null;
		} catch {
			collect = null;
		}
	}

	collect?.();
}
