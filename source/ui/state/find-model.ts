import type {TextHit} from '../../core/find-in-text.js';

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
