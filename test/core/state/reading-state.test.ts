import {describe, expect, it} from 'vitest';
import {
	type Bookmark,
	emptyState,
	getWork,
	mergeStates,
	type StateFile,
	TOMBSTONE_TTL_MS,
	toggleLater,
	updateWork,
	withMark,
	type WorkState,
	workKey,
} from '../../../source/core/state/reading-state.js';
import {isStateFile} from '../../../source/core/state/state-file-shape.js';

const DAY = 24 * 60 * 60 * 1000;

function bookmark(id: string, createdAt: number): Bookmark {
	return {id, position: {paragraph: createdAt, char: 0}, createdAt, excerpt: `excerpt ${id}`};
}

function addBookmark(state: StateFile, key: string, mark: Bookmark, now: number): StateFile {
	return updateWork(state, key, work => ({...work, bookmarks: [...work.bookmarks, mark]}), now);
}

function deleteBookmark(state: StateFile, key: string, id: string, now: number): StateFile {
	return updateWork(state, key, work => ({...work, bookmarks: work.bookmarks.filter(b => b.id !== id)}), now);
}

function moveTo(state: StateFile, key: string, paragraph: number, now: number): StateFile {
	return updateWork(state, key, work => ({...work, position: {paragraph, char: 0}, mark: 'reading', lastOpened: now}), now);
}

describe('workKey', () => {
	it('uses the Work ID when there is one, the fingerprint otherwise', () => {
		expect(workKey({id: '123'}, 'abc')).toBe('id:123');
		expect(workKey({id: null}, 'abc')).toBe('fp:abc');
	});
});

describe('getWork', () => {
	it('gives defaults for an unknown work, including one named like an Object.prototype member', () => {
		const state = emptyState();
		for (const key of ['id:1', 'constructor', '__proto__']) {
			expect(getWork(state, key)).toEqual({
				position: null,
				chapter: null,
				lastOpened: null,
				mark: 'unread',
				progress: 0,
				bookmarks: [],
				updatedAt: 0,
			});
		}
	});

	// A list row redraws only when its props change: 50,000 unread works must not each get a new state per frame.
	it('gives every unknown work the same state, which nothing can change in place', () => {
		const state = emptyState();
		const unread = getWork(state, 'id:1');
		expect(getWork(state, 'id:2')).toBe(unread);
		expect(Object.isFrozen(unread) && Object.isFrozen(unread.bookmarks)).toBe(true);
		const after = updateWork(state, 'id:1', work => ({...work, mark: 'read', bookmarks: [...work.bookmarks, {id: 'b', position: {paragraph: 1, char: 0}, createdAt: 5, excerpt: 'x'}]}), 1000);
		expect(getWork(after, 'id:1').bookmarks).toHaveLength(1);
		expect(getWork(after, 'id:2')).toEqual({position: null, chapter: null, lastOpened: null, mark: 'unread', progress: 0, bookmarks: [], updatedAt: 0});
	});
});

describe('updateWork', () => {
	it('returns a new state and leaves the old one alone', () => {
		const before = emptyState();
		const after = moveTo(before, 'id:1', 5, 1000);
		expect(before.works).toEqual({});
		expect(getWork(after, 'id:1')).toMatchObject({position: {paragraph: 5, char: 0}, mark: 'reading', updatedAt: 1000});
	});

	it('returns the same state when nothing changed', () => {
		const state = moveTo(emptyState(), 'id:1', 5, 1000);
		expect(updateWork(state, 'id:1', work => ({...work}), 2000)).toBe(state);
		expect(updateWork(state, 'id:2', work => work, 2000)).toBe(state);
	});

	it('moves the clock for field changes only, and never backwards', () => {
		let state = moveTo(emptyState(), 'id:1', 5, 1000);
		state = addBookmark(state, 'id:1', bookmark('a', 1500), 2000);
		expect(getWork(state, 'id:1').updatedAt).toBe(1000);
		state = moveTo(state, 'id:1', 6, 500); // the clock went back
		expect(getWork(state, 'id:1').updatedAt).toBe(1001);
	});

	it('records deleted bookmarks as tombstones and prunes old ones', () => {
		let state = addBookmark(emptyState(), 'id:1', bookmark('a', 1), 10);
		state = addBookmark(state, 'id:1', bookmark('b', 2), 20);
		state = deleteBookmark(state, 'id:1', 'a', 1000);
		expect(getWork(state, 'id:1').deletedBookmarks).toEqual({a: 1000});
		state = deleteBookmark(state, 'id:1', 'b', 1000 + TOMBSTONE_TTL_MS + 1);
		expect(getWork(state, 'id:1').deletedBookmarks).toEqual({b: 1000 + TOMBSTONE_TTL_MS + 1});
	});

	it('does not let a deleted id come back', () => {
		let state = addBookmark(emptyState(), 'id:1', bookmark('a', 1), 10);
		state = deleteBookmark(state, 'id:1', 'a', 20);
		state = addBookmark(state, 'id:1', bookmark('a', 1), 30);
		expect(getWork(state, 'id:1').bookmarks).toEqual([]);
	});

	it('clamps progress and turns NaN into 0, which JSON could not hold', () => {
		let state = updateWork(emptyState(), 'id:1', work => ({...work, progress: 1.0000001}), 1);
		expect(getWork(state, 'id:1').progress).toBe(1);
		state = updateWork(state, 'id:1', work => ({...work, progress: Number.NaN}), 2);
		expect(getWork(state, 'id:1').progress).toBe(0);
	});
});

describe('mergeStates', () => {
	it('keeps the newer copy of each work', () => {
		const mine = moveTo(moveTo(emptyState(), 'id:1', 10, 2000), 'id:2', 20, 1000);
		const theirs = moveTo(moveTo(emptyState(), 'id:1', 11, 1000), 'id:2', 21, 2000);
		const merged = mergeStates(mine, theirs);
		expect(getWork(merged, 'id:1').position).toEqual({paragraph: 10, char: 0});
		expect(getWork(merged, 'id:2').position).toEqual({paragraph: 21, char: 0});
		expect(mergeStates(theirs, mine)).toEqual(merged);
	});

	it('keeps works found in only one copy', () => {
		const mine = moveTo(emptyState(), 'id:1', 1, 1000);
		const theirs = moveTo(emptyState(), 'fp:abcdef', 2, 1000);
		expect(Object.keys(mergeStates(mine, theirs).works).sort()).toEqual(['fp:abcdef', 'id:1']);
	});

	it('keeps bookmarks added on both sides', () => {
		const base = moveTo(emptyState(), 'id:1', 1, 1000);
		const mine = addBookmark(base, 'id:1', bookmark('mine', 2000), 2000);
		const theirs = addBookmark(base, 'id:1', bookmark('theirs', 3000), 3000);
		const ids = (state: StateFile) => getWork(state, 'id:1').bookmarks.map(b => b.id);
		expect(ids(mergeStates(mine, theirs))).toEqual(['mine', 'theirs']);
		expect(ids(mergeStates(theirs, mine))).toEqual(['mine', 'theirs']);
	});

	it('does not bring back a bookmark deleted on one side, whichever side is newer', () => {
		const base = addBookmark(moveTo(emptyState(), 'id:1', 1, 1000), 'id:1', bookmark('a', 1100), 1100);
		const deleted = deleteBookmark(base, 'id:1', 'a', 2000);
		// The other copy still has the bookmark and a newer position.
		const other = moveTo(base, 'id:1', 50, 3000);
		for (const merged of [mergeStates(deleted, other), mergeStates(other, deleted)]) {
			expect(getWork(merged, 'id:1').bookmarks).toEqual([]);
			expect(getWork(merged, 'id:1').position).toEqual({paragraph: 50, char: 0});
			expect(getWork(merged, 'id:1').deletedBookmarks).toEqual({a: 2000});
		}
	});

	it('does not undo a newer position with a bookmark added on a stale copy', () => {
		const base = moveTo(emptyState(), 'id:1', 1, 1000);
		const moved = moveTo(base, 'id:1', 99, 2000);
		const bookmarked = addBookmark(base, 'id:1', bookmark('b', 3000), 3000);
		const merged = mergeStates(bookmarked, moved);
		expect(getWork(merged, 'id:1').position).toEqual({paragraph: 99, char: 0});
		expect(getWork(merged, 'id:1').bookmarks.map(b => b.id)).toEqual(['b']);
	});

	it('prunes tombstones long older than the work', () => {
		const base = addBookmark(emptyState(), 'id:1', bookmark('a', 1), 1);
		const deleted = deleteBookmark(base, 'id:1', 'a', 10);
		const later = moveTo(emptyState(), 'id:1', 1, 10 + TOMBSTONE_TTL_MS + DAY);
		expect(getWork(mergeStates(deleted, later), 'id:1').deletedBookmarks).toBeUndefined();
	});

	it('is idempotent', () => {
		const state = addBookmark(moveTo(emptyState(), 'id:1', 1, 1000), 'id:1', bookmark('a', 5), 1100);
		expect(mergeStates(state, state)).toEqual(state);
	});
});

describe('toggleLater', () => {
	const unread = getWork(emptyState(), 'id:1');
	const begun: WorkState = {...unread, position: {paragraph: 4, char: 0}, progress: 0.4, mark: 'reading'};
	const finished: WorkState = {...begun, progress: 1, mark: 'read'};

	// Regression: taking "later" off a finished work made it "reading" (◐), and an unread one was reported "Marked unread".
	it('gives back the mark "later" was put over, and keeps nothing once it is off', () => {
		for (const work of [unread, begun, finished, {...unread, mark: 'read' as const}]) {
			const later = toggleLater(work);
			expect(later.mark).toBe('later');
			expect(toggleLater(later)).toEqual(work);
		}
	});

	it('goes by the progress for a "later" saved without the mark it covered', () => {
		expect(toggleLater({...finished, mark: 'later'}).mark).toBe('read');
		expect(toggleLater({...begun, mark: 'later'}).mark).toBe('reading');
		expect(toggleLater({...unread, mark: 'later'}).mark).toBe('unread');
	});

	it('forgets the covered mark when another mark is set', () => {
		expect(withMark(toggleLater(finished), 'reading')).toEqual({...finished, mark: 'reading'});
	});

	it('is saved and checked with the file', () => {
		const saved = updateWork(emptyState(), 'id:1', () => toggleLater(finished), 1000);
		expect(isStateFile(JSON.parse(JSON.stringify(saved)))).toBe(true);
		expect(toggleLater(getWork(JSON.parse(JSON.stringify(saved)) as StateFile, 'id:1')).mark).toBe('read');
		expect(isStateFile({version: 1, works: {'id:1': {...getWork(saved, 'id:1'), markBeforeLater: 'later'}}})).toBe(false);
		expect(isStateFile({version: 1, works: {'id:1': {...getWork(saved, 'id:1'), markBeforeLater: 'done'}}})).toBe(false);
	});
});

describe('isStateFile', () => {
	const valid = addBookmark(moveTo(emptyState(), 'id:1', 1, 1000), 'id:1', bookmark('a', 5), 1100);

	it('accepts what the functions produce, through JSON', () => {
		expect(isStateFile(JSON.parse(JSON.stringify(valid)))).toBe(true);
		expect(isStateFile(emptyState())).toBe(true);
	});

	// Regression: a page that starts on the blank line above a paragraph has char -1, and such a place could not be saved.
	it('accepts a place on the blank line above a paragraph (char -1)', () => {
		const onSeparator = {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), position: {paragraph: 3, char: -1}}}};
		expect(isStateFile(onSeparator)).toBe(true);
	});

	it.each([
		['null', null],
		['an array', []],
		['another version', {version: 2, works: {}}],
		['works as an array', {version: 1, works: []}],
		['a key without prefix', {version: 1, works: {'1': getWork(valid, 'id:1')}}],
		['a __proto__ key', JSON.parse('{"version":1,"works":{"__proto__":{}}}')],
		['an unknown mark', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), mark: 'done'}}}],
		['a null progress (NaN through JSON)', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), progress: null}}}],
		['a fractional position', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), position: {paragraph: 1.5, char: 0}}}}],
		['a position before the blank line', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), position: {paragraph: 1, char: -2}}}}],
		['a bookmark without id', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), bookmarks: [{...bookmark('a', 1), id: ''}]}}}],
		['a bad tombstone', {version: 1, works: {'id:1': {...getWork(valid, 'id:1'), deletedBookmarks: {a: 'yesterday'}}}}],
	])('rejects %s', (_name, value) => {
		expect(isStateFile(value)).toBe(false);
	});
});
