import {foldPhrase, hitLimit, type PhraseHit} from '../../core/grep/find-phrase.js';

/**
 * A work with hits, as a search report names it: by path (indices shift while
 * a scan runs) and title; the hits listed, and how many were found (more, up
 * to the search's `hitLimit`; the reader's `n` goes on to all).
 */
export type FullTextWork = {path: string; title: string; hits: readonly PhraseHit[]; found: number};

/** One line of the hit list: a work's title (`hit` -1), or one of its hits. */
export type FullTextLine = {work: number; hit: number};

/**
 * The full-text search screen: the phrase as typed, the search that runs (or
 * ran) for it, and its hits so far, grouped by work in the order they
 * arrived. New works are only ever appended, so the lines under the cursor
 * never move while a search streams in.
 */
export type FullTextModel = {
	/** The screen is drawn (hidden while a hit is read, to come back to). */
	shown: boolean;
	/** The phrase box has the keyboard; else the hit list does. */
	editing: boolean;
	phrase: string;
	/** The search for `folded`; `id` tells its reports from an earlier one's. Null before the first. */
	run: {id: number; folded: string} | null;
	works: readonly FullTextWork[];
	lines: readonly FullTextLine[];
	/** Hits found, and whether some work had more than the search counts. */
	hits: number;
	capped: boolean;
	/** Works searched so far, of `total`. */
	searched: number;
	total: number;
	done: boolean;
	/** Index into `lines` of the highlighted hit (never a title line once there are hits). */
	selected: number;
	/** Index into `lines` of the first line on screen. */
	top: number;
};

/** The screen as first opened: `phrase` typed in its box, nothing searched yet. */
export function openFullText(phrase: string): FullTextModel {
	return {shown: true, editing: true, phrase, run: null, works: [], lines: [], hits: 0, capped: false, searched: 0, total: 0, done: false, selected: 0, top: 0};
}

/**
 * A search for the phrase as typed, unless it is the one running already (or
 * holds nothing but white space): results start over, under a new id.
 */
export function startRun(model: FullTextModel, id: number): FullTextModel {
	const folded = foldPhrase(model.phrase);
	if (folded === '' || folded === model.run?.folded) return model;
	return {...model, run: {id: Math.max(id, (model.run?.id ?? 0) + 1), folded}, works: [], lines: [], hits: 0, capped: false, searched: 0, total: 0, done: false, selected: 0, top: 0};
}

/** A batch of reports from run `id`: works with hits appended, progress counted. Reports of another run are dropped. */
export function mergeFound(model: FullTextModel, id: number, report: {found: readonly FullTextWork[]; searched: number; total: number; done: boolean}): FullTextModel {
	if (model.run?.id !== id) return model;
	const works = [...model.works];
	const lines = [...model.lines];
	let hits = model.hits;
	let capped = model.capped;
	for (const work of report.found) {
		if (work.hits.length === 0) continue;
		lines.push({work: works.length, hit: -1});
		for (let hit = 0; hit < work.hits.length; hit++) lines.push({work: works.length, hit});
		works.push(work);
		hits += work.found;
		capped ||= work.found >= hitLimit;
	}

	// The first hit to arrive is highlighted; after that the highlight stays where it is.
	const selected = model.lines.length === 0 && lines.length > 0 ? 1 : model.selected;
	return {...model, works, lines, hits, capped, selected, searched: model.searched + report.searched, total: report.total, done: report.done};
}

/**
 * Moves the highlight `by` lines (a page at most) and keeps it within the
 * `capacity` lines on screen. A title line is stepped over in the direction
 * of the move; the first work's title, only by going down to its first hit.
 */
export function moveSelection(model: FullTextModel, by: number, capacity: number): FullTextModel {
	if (model.lines.length === 0) return model;
	let selected = Math.max(0, Math.min(model.lines.length - 1, model.selected + by));
	if (model.lines[selected]!.hit < 0) selected = by < 0 && selected > 0 ? selected - 1 : selected + 1;
	let top = Math.min(model.top, selected);
	if (selected >= top + capacity) top = selected - capacity + 1;
	// The title of the highlighted hit's work stays in sight when it fits.
	if (top === selected && model.lines[selected - 1]?.hit === -1) top = selected - 1;
	return {...model, selected, top: Math.max(0, top)};
}

/** The highlighted hit: its work's path, and where in its text the hit is. */
export function selectedHit(model: FullTextModel): {path: string; hit: PhraseHit} | undefined {
	const line = model.lines[model.selected];
	const work = line ? model.works[line.work] : undefined;
	return work && line!.hit >= 0 ? {path: work.path, hit: work.hits[line!.hit]!} : undefined;
}
