import type {WorkListing, WorkMeta} from '../../source/core/work.js';

/**
 * A work with every field filled with an empty default, for tests that care
 * about a few: both its whole metadata and what a library keeps of it.
 */
export function makeWork(fields: Partial<WorkMeta & WorkListing> = {}): WorkMeta & WorkListing {
	return {
		headings: fields.toc?.length ?? 0,
		path: 'work.txt',
		format: 'ao3-text',
		id: null,
		title: 'Untitled',
		authors: [],
		rating: null,
		warnings: [],
		categories: [],
		fandoms: [],
		relationships: [],
		characters: [],
		tags: [],
		language: null,
		series: [],
		status: 'unknown',
		chapters: null,
		words: 0,
		published: null,
		updated: null,
		summary: null,
		toc: [],
		encoding: 'utf-8',
		notes: [],
		duplicateOf: null,
		extra: {},
		...fields,
	};
}
