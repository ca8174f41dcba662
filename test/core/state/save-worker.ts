/**
 * Child process for the concurrency test: `node --import tsx save-worker.ts
 * FILE NAME COUNT` saves COUNT times, each time adding work `id:NAME-i` and a
 * bookmark `NAME-i` on the shared work `id:shared`, adopting the merged state.
 */
import {emptyState, updateWork} from '../../../source/core/state/reading-state.js';
import {saveState} from '../../../source/core/state/state-store.js';

const [file, name, count] = process.argv.slice(2);
if (file === undefined || name === undefined || count === undefined) {
	throw new Error('usage: save-worker.ts FILE NAME COUNT');
}

let state = emptyState();
for (let i = 0; i < Number(count); i++) {
	const now = Date.now();
	state = updateWork(state, `id:${name}-${i}`, work => ({...work, mark: 'read', lastOpened: now}), now);
	state = updateWork(
		state,
		'id:shared',
		work => ({
			...work,
			position: {paragraph: i, char: 0},
			bookmarks: [...work.bookmarks, {id: `${name}-${i}`, position: {paragraph: i, char: 0}, createdAt: now, excerpt: name}],
		}),
		now,
	);
	state = await saveState(file, state);
}
