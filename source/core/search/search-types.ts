/** What a search gives the list and the sidebar: its own file so the modules computing it need not import the engine. */

export type SearchField =
	| 'title'
	| 'authors'
	| 'fandoms'
	| 'relationships'
	| 'characters'
	| 'tags'
	| 'warnings'
	| 'summary'
	| 'rating'
	| 'status'
	| 'language'
	| 'id'
	| 'words'
	| 'chapters'
	| 'is';

export type FieldMatch = {
	field: SearchField;
	value: string;
	/** Inclusive [start, end] char ranges in value */
	indices: Array<[number, number]>;
};

export type SearchHit = {
	/** Into the works array. */
	index: number;
	/** Lower is better. */
	score: number;
	/**
	 * Computed on first read, then kept: a query can hit 50,000 works while
	 * the list shows a screenful, and highlighting every hit would cost more
	 * than the search itself.
	 */
	matches: FieldMatch[];
};

export type SearchResult = {ok: true; hits: SearchHit[]} | {ok: false; /** Short, one line, for inline display. */ error: string};
