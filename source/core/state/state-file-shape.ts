/**
 * The shape a state file must have to be used: checked on every read, and
 * before every save, of data that may have been edited by hand or written by
 * another version. Apart from the functions that change the state
 * (`reading-state.ts`), which trust it.
 */
import type {Position} from '../pager/position.js';
import {isFolderState, isSettings} from './reader-settings.js';
import type {Bookmark, Mark, StateFile, WorkState} from './reading-state.js';

const MARKS: ReadonlySet<unknown> = new Set<Mark>(['unread', 'reading', 'read', 'later']);

const KEY_PATTERN = /^(?:id|fp):./;

/**
 * Whether a parsed JSON value is a state file this version understands. Unknown
 * extra fields are allowed; anything else off-shape makes the whole file
 * invalid, because silently dropping parts of it would lose the user's data on
 * the next save.
 */
export function isStateFile(value: unknown): value is StateFile {
	return (
		isRecord(value) &&
		value['version'] === 1 &&
		isRecord(value['works']) &&
		Object.entries(value['works']).every(([key, work]) => KEY_PATTERN.test(key) && isWorkState(work)) &&
		(value['settings'] === undefined || isSettings(value['settings'])) &&
		(value['folders'] === undefined || (isRecord(value['folders']) && Object.values(value['folders']).every(isFolderState)))
	);
}

function isWorkState(value: unknown): value is WorkState {
	return (
		isRecord(value) &&
		(value['position'] === null || isPosition(value['position'])) &&
		(value['chapter'] === null || isCount(value['chapter'])) &&
		(value['lastOpened'] === null || isTime(value['lastOpened'])) &&
		MARKS.has(value['mark']) &&
		// Given back as the mark: a bad one would make the next save unreadable.
		(value['markBeforeLater'] === undefined || (MARKS.has(value['markBeforeLater']) && value['markBeforeLater'] !== 'later')) &&
		isTime(value['progress']) &&
		(value['postedWhenRead'] === undefined || isCount(value['postedWhenRead'])) &&
		Array.isArray(value['bookmarks']) &&
		value['bookmarks'].every(isBookmark) &&
		isTime(value['updatedAt']) &&
		(value['deletedBookmarks'] === undefined ||
			(isRecord(value['deletedBookmarks']) && Object.values(value['deletedBookmarks']).every(isTime)))
	);
}

function isBookmark(value: unknown): value is Bookmark {
	return (
		isRecord(value) &&
		typeof value['id'] === 'string' &&
		value['id'] !== '' &&
		isPosition(value['position']) &&
		isTime(value['createdAt']) &&
		typeof value['excerpt'] === 'string' &&
		(value['chapter'] === undefined || isChapter(value['chapter'])) &&
		(value['progress'] === undefined || (isTime(value['progress']) && value['progress'] >= 0 && value['progress'] <= 1))
	);
}

function isChapter(value: unknown): value is Bookmark['chapter'] {
	return isRecord(value) && isCount(value['number']) && (value['number'] as number) >= 1 && typeof value['title'] === 'string';
}

function isPosition(value: unknown): value is Position {
	// char -1 is the blank line above a paragraph, where a page may start (see position.ts).
	return isRecord(value) && isCount(value['paragraph']) && Number.isSafeInteger(value['char']) && (value['char'] as number) >= -1;
}

function isCount(value: unknown): value is number {
	return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
