import {useEffect, useMemo, type Dispatch} from 'react';
import {flagsFromState} from '../../core/search/work-flags.js';
import type {StateFile} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import type {Action} from '../state/update.js';
import {appSearchEngine} from './app-search-engine.js';

/**
 * Runs the engine for the current query after the keystroke has been drawn.
 * A newer keystroke cancels a search that has not started yet, so searches
 * are superseded, never queued behind each other. Summaries, once loaded
 * (see `useSummaries`), make a new engine, and the query runs again on it;
 * so does a new sort order, which orders the works the query ranks alike.
 */
export function useSearch(
	works: readonly WorkListing[],
	summaries: ReadonlyMap<string, string> | null,
	query: string,
	dispatch: Dispatch<Action>,
	reading: StateFile,
	stateKeys: readonly string[],
	/** The list's sort order: it orders the hits a query ranks alike (all of a filter's). */
	sortedOrder: readonly number[],
): void {
	const engine = useMemo(() => appSearchEngine(works, summaries), [works, summaries]);
	// Once the works have been still for a moment (a scan done), build the index then, not on the first keystroke.
	useEffect(() => {
		const timer = setTimeout(() => {
			engine.prepare();
		}, prepareAfterMs);
		return () => {
			clearTimeout(timer);
		};
	}, [engine]);
	// Only a query with `is:` runs again when the reading state changes (which it does at every page turned).
	const marks = /(?:^|[\s!-])is:/i.test(query) ? reading : null;
	useEffect(() => {
		const timer = setTimeout(() => {
			// An empty query lists everything in sort order; no engine needed.
			const flags = marks === null ? undefined : flagsFromState(marks, works, stateKeys);
			const result = query.trim() === '' ? {ok: true as const, hits: []} : engine.search(query, flags, sortedOrder);
			dispatch({type: 'search-result', query, result, works, now: Date.now()});
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [engine, works, stateKeys, sortedOrder, marks, query, dispatch]);
}

const prepareAfterMs = 1000;
