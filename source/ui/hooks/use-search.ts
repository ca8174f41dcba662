import {useEffect, useMemo, type Dispatch} from 'react';
import {createSearchEngine, type SearchEngine} from '../../core/search/search-engine.js';
import type {WorkListing} from '../../core/work.js';
import type {Action} from '../state/update.js';

/**
 * Runs the engine for the current query after the keystroke has been drawn.
 * A newer keystroke cancels a search that has not started yet, so searches
 * are superseded, never queued behind each other. The engine is built on the
 * first search over a set of works, not before: a scan that is filling the
 * list does not pay for indexes nobody uses yet.
 */
export function useSearch(works: readonly WorkListing[], query: string, dispatch: Dispatch<Action>): void {
	const engine = useMemo(() => lazyEngine(works), [works]);
	// Once the works have been still for a moment (a scan done), build the index then, not on the first keystroke.
	useEffect(() => {
		const timer = setTimeout(() => {
			engine.prepare();
		}, prepareAfterMs);
		return () => {
			clearTimeout(timer);
		};
	}, [engine]);
	useEffect(() => {
		const timer = setTimeout(() => {
			// An empty query lists everything in sort order; no engine needed.
			const result = query.trim() === '' ? {ok: true as const, hits: []} : engine.search(query);
			dispatch({type: 'search-result', query, result, works, now: Date.now()});
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [engine, works, query, dispatch]);
}

const prepareAfterMs = 1000;

function lazyEngine(works: readonly WorkListing[]): SearchEngine & {prepare(): void} {
	let engine: SearchEngine | undefined;
	return {
		prepare() {
			engine ??= createSearchEngine(works);
		},
		search(query) {
			engine ??= createSearchEngine(works);
			return engine.search(query);
		},
	};
}
