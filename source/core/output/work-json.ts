import type {WorkMeta} from '../work.js';

/**
 * The `--json` shape of a work: exactly the documented keys, in a fixed order,
 * so scripts can rely on them. Internal fields (paragraph indices) stay out.
 */
export function workToJson(meta: WorkMeta) {
	return {
		path: meta.path,
		format: meta.format,
		id: meta.id,
		title: meta.title,
		authors: meta.authors,
		rating: meta.rating,
		warnings: meta.warnings,
		categories: meta.categories,
		fandoms: meta.fandoms,
		relationships: meta.relationships,
		characters: meta.characters,
		tags: meta.tags,
		language: meta.language,
		series: meta.series,
		status: meta.status,
		chapters: meta.chapters,
		words: meta.words,
		published: meta.published,
		updated: meta.updated,
		summary: meta.summary,
		toc: meta.toc.map(entry => ({title: entry.title})),
		encoding: meta.encoding,
		notes: meta.notes,
		duplicateOf: meta.duplicateOf,
		extra: meta.extra,
	};
}
