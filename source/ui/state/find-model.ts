import {findInText, nextHit, type TextHit} from '../../core/find-in-text.js';
import type {Position} from '../../core/pager/position.js';
import type {WorkBody} from '../../core/work.js';

/** In-text search of the open work: the query, and its hits once run. */
export type FindModel = {
	query: string;
	/** The find box has the keyboard. */
	editing: boolean;
	hits: TextHit[];
	/** Index into `hits` of the hit last jumped to; -1 before any. */
	current: number;
};

export const emptyFind: FindModel = {query: '', editing: false, hits: [], current: -1};

/** A search in the text already run for `query`, on its hit at `at` or the next one (a hit chosen elsewhere). */
export function primedFind(body: WorkBody, query: string, at: Position): FindModel {
	const hits = findInText(body, query);
	return {query, editing: false, hits, current: nextHit(hits, at, 1)};
}
