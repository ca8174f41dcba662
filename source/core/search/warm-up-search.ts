import type {SearchEngine} from './search-engine.js';

/**
 * Queries that walk the engine's hot loops the way typing does: one letter
 * (thousands of words, most works), a short word, two words, and one long
 * enough for typos. Their letters are common in any library, so the loops run
 * long enough for V8 to optimize them.
 */
export const warmUpQueries: readonly string[] = ['e', 'an', 'the', 'and th', 'storie'];

/**
 * Runs `warmUpQueries` once, results dropped, so that V8 has compiled the
 * search before the user's first keystroke. Run cold, the first one-letter
 * query costs several times what it costs once compiled (at 50,000 works:
 * ~50 ms against ~10); the app calls this while idle, after building the
 * index. It changes no result: the engine's caches are keyed by the exact
 * condition, so a warm-up entry only answers that same condition later.
 */
export function warmUpSearch(engine: SearchEngine): void {
	for (const query of warmUpQueries) engine.search(query);
}
