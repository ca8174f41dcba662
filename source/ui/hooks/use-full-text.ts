import {type Dispatch, useEffect, useRef} from 'react';
import type {GrepFile} from '../../core/grep/grep-files.js';
import {grepLibrary} from '../../core/grep/grep-library.js';
import {displaySafe} from '../../core/text/display-safe.js';
import type {WorkListing} from '../../core/work.js';
import type {FullTextModel, FullTextWork} from '../state/full-text-model.js';
import type {Action} from '../state/update.js';

/** How long the phrase must be still before it is searched for: a search per keystroke would restart the workers for nothing. */
const typingPauseMs = 150;
/** At most one batch of reports this often: 10,000 files searched must not be 10,000 renders. */
const flushEveryMs = 30;
/**
 * Works at the top of the list searched on this thread, while the workers
 * start (loading the app's script takes them a moment): a phrase most works
 * hold shows its first hits at once, and they are the list's first works.
 * Only short ones: a long work read here would hold up the keys.
 */
const headOnThisThread = {works: 24, words: 20_000};
/**
 * Hits kept per work: a common phrase in 50,000 works would otherwise keep a
 * million snippets. The reader's `n` goes on to the rest of a work's hits.
 */
const hitsPerWork = 5;

/**
 * Runs the full-text search the model asks for: the phrase once typing
 * pauses, over every work in the list's sort order (one copy each), in worker
 * threads running `workerScript` but for the first few works (all of them on
 * this thread when it is null). Reports are
 * batched into actions; a new search, or none, stops the one running.
 */
export function useFullText(root: string, works: readonly WorkListing[], sortedOrder: readonly number[], model: FullTextModel | null, dispatch: Dispatch<Action>, workerScript: string | null): void {
	const phrase = model?.shown && model.editing ? model.phrase : undefined;
	useEffect(() => {
		if (phrase === undefined) return;
		const timer = setTimeout(() => {
			dispatch({type: 'full-text-run', now: Date.now()});
		}, typingPauseMs);
		return () => {
			clearTimeout(timer);
		};
	}, [phrase, dispatch]);

	// Read when a search starts, not followed: a scan publishing new works must not restart it.
	const library = useRef({works, sortedOrder});
	library.current = {works, sortedOrder};
	const id = model?.run?.id;
	const folded = model?.run?.folded;
	useEffect(() => {
		if (id === undefined || folded === undefined) return;
		const {works, sortedOrder} = library.current;
		const listed = sortedOrder.map(index => works[index]!);
		const files = listed.map((work, index) => ({index, root, relative: work.path}));
		const controller = new AbortController();
		let found: FullTextWork[] = [];
		let searched = 0;
		let flushed = 0;
		let timer: NodeJS.Timeout | undefined;
		const flush = (done: boolean) => {
			clearTimeout(timer);
			timer = undefined;
			flushed = Date.now();
			dispatch({type: 'full-text-found', id, found, searched, total: files.length, done});
			found = [];
			searched = 0;
		};

		const onFile = ({index, hits}: {index: number; hits: FullTextWork['hits']}) => {
			searched++;
			if (hits.length > 0) found.push({path: listed[index]!.path, title: listed[index]!.title, hits: hits.slice(0, hitsPerWork), found: hits.length});
			if (timer !== undefined) return;
			// The first report after a quiet spell goes at once (the first hits on screen soonest), the rest in batches.
			const wait = flushEveryMs - (Date.now() - flushed);
			if (wait <= 0) flush(false);
			else
				timer = setTimeout(() => {
					flush(false);
				}, wait);
		};

		const options = {onFile, signal: controller.signal};
		const here = (file: GrepFile) => workerScript === null || (file.index < headOnThisThread.works && listed[file.index]!.words <= headOnThisThread.words);
		const head = files.filter(file => here(file));
		const rest = files.filter(file => !here(file));
		Promise.all([grepLibrary(head, folded, {...options, workerScript: null}), rest.length > 0 ? grepLibrary(rest, folded, {...options, workerScript}) : undefined]).then(
			() => {
				if (!controller.signal.aborted) flush(true);
			},
			(error: unknown) => {
				if (controller.signal.aborted) return;
				// The other half of the search may still be running: its workers stop too.
				controller.abort();
				dispatch({type: 'notice', message: displaySafe(`The full-text search failed: ${error instanceof Error ? error.message : String(error)}`)});
			},
		);
		return () => {
			controller.abort();
			clearTimeout(timer);
		};
	}, [root, id, folded, dispatch, workerScript]);
}
