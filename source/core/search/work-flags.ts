import {markNow, newChapters} from '../state/chapters-since-read.js';
import {getWork, type Mark, type StateFile} from '../state/reading-state.js';
import type {WorkListing} from '../work.js';
import type {WorkFlag} from './parse-query.js';

/** What `is:` filters test of a work: the reader's mark, whether it has bookmarks, and chapters posted since it was read. */
export type WorkFlags = {mark: Mark; bookmarked: boolean; newChapters: number};

/** The flags of the work at an index of the searched works. Asked at search time: marks change while the engine lives. */
export type FlagsOf = (work: number) => WorkFlags;

/** A library nobody has read: what `is:` sees without a reading state. */
export const noFlags: FlagsOf = () => ({mark: 'unread', bookmarked: false, newChapters: 0});

export function hasFlag(flags: WorkFlags, flag: WorkFlag): boolean {
	switch (flag) {
		case 'bookmarked': {
			return flags.bookmarked;
		}

		case 'new': {
			return flags.newChapters > 0;
		}

		default: {
			return flags.mark === flag;
		}
	}
}

/** The flags of `works` from the reading state, each filed under the state key at the same index of `keys`. */
export function flagsFromState(state: StateFile, works: readonly WorkListing[], keys: readonly string[]): FlagsOf {
	return work => {
		const saved = getWork(state, keys[work]!);
		return {mark: markNow(works[work]!, saved), bookmarked: saved.bookmarks.length > 0, newChapters: newChapters(works[work]!, saved.postedWhenRead)};
	};
}
