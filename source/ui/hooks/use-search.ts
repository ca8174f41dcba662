import {useEffect, useMemo, type Dispatch} from 'react';
import {createSearchEngine, type SearchEngine} from '../../core/search/search-engine.js';
import {flagsFromState} from '../../core/search/work-flags.js';
import type {StateFile} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import type {Action} from '../state/update.js';

/**
 * Runs the engine for the current query after the keystroke has been drawn.
 * A newer keystroke cancels a search that has not started yet, so searches
 * are superseded, never queued behind each other. The engine is built on the
 * first search over a set of works, not before: a scan that is filling the
 * list does not pay for indexes nobody uses yet.
 */
export function useSearch(works: readonly WorkListing[], query: string, dispatch: Dispatch<Action>, reading: StateFile, stateKeys: readonly string[]): void {
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
	// Only a query with `is:` runs again when the reading state changes (which it does at every page turned).
	const marks = /(?:^|[\s!-])is:/i.test(query) ? reading : null;
	useEffect(() => {
		const timer = setTimeout(() => {
			// An empty query lists everything in sort order; no engine needed.
			const flags = marks === null ? undefined : flagsFromState(marks, works, stateKeys);
			const result = query.trim() === '' ? {ok: true as const, hits: []} : engine.search(query, flags);
			dispatch({type: 'search-result', query, result, works, now: Date.now()});
		}, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [engine, works, stateKeys, marks, query, dispatch]);
}

const prepareAfterMs = 1000;

function lazyEngine(works: readonly WorkListing[]): SearchEngine & {prepare(): void} {
	let engine: SearchEngine | undefined;
	return {
		prepare() {
			engine ??= createSearchEngine(works);
		},
		search(query, flags) {
			engine ??= createSearchEngine(works);
			// The flags answer `is:`: dropping them made every work unread and unmarked.
			return engine.search(query, flags);
		},
	};
}
