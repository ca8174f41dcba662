import {createSearchEngine, type SearchEngine} from '../../core/search/search-engine.js';
import {warmUpSearch} from '../../core/search/warm-up-search.js';
import type {WorkListing} from '../../core/work.js';

/**
 * The app's search engine over `works` and, once loaded, their summaries (by
 * path; see `LiveLibrary.summaries`). Built on the first search or on
 * `prepare`, not before: a scan that is filling the list does not pay for
 * indexes nobody uses yet. `prepare` also warms the search up (see
 * `warmUpSearch`), so that the first keystroke does not pay for compiling it.
 */
export function appSearchEngine(works: readonly WorkListing[], summaries: ReadonlyMap<string, string> | null): SearchEngine & {prepare(): void} {
	let engine: SearchEngine | undefined;
	const build = () => createSearchEngine(works, summaries ? works.map(work => summaries.get(work.path) ?? null) : undefined);
	return {
		prepare() {
			if (engine !== undefined) return;
			engine = build();
			warmUpSearch(engine);
		},
		search(query, flags, tieOrder) {
			engine ??= build();
			// The flags answer `is:`: dropping them made every work unread and unmarked.
			return engine.search(query, flags, tieOrder);
		},
	};
}
