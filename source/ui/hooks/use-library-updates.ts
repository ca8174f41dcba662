import {useEffect, type Dispatch} from 'react';
import {displaySafe} from '../../core/text/display-safe.js';
import type {LibrarySnapshot, LiveLibrary} from '../../core/library/live-library.js';
import type {WorkListing} from '../../core/work.js';
import type {Action} from '../state/update.js';

/** The list's works and their reading-state keys, as the reducer takes them, from a library snapshot. */
export function listedWorks(snapshot: LibrarySnapshot): {works: WorkListing[]; stateKeys: string[]} {
	return {works: snapshot.works.map(work => work.meta), stateKeys: snapshot.works.map(work => work.stateKey)};
}

/** Feeds the library's changes (a scan filling in, files added or removed) to the reducer. */
export function useLibraryUpdates(library: Pick<LiveLibrary, 'subscribe' | 'snapshot'> | undefined, first: LibrarySnapshot | undefined, dispatch: Dispatch<Action>): void {
	useEffect(() => {
		if (!library || !first) return;
		let noticeShown: string | null = null;
		// The first frame was drawn from `first`: redrawing it would cost a frame for nothing.
		let shown = first;
		let {works, stateKeys} = listedWorks(shown);
		const publish = () => {
			const snapshot = library.snapshot();
			if (snapshot === shown) return;
			// The same works with new progress keep their arrays, so the list is not sorted and indexed again.
			if (snapshot.works !== shown.works) ({works, stateKeys} = listedWorks(snapshot));

			shown = snapshot;
			const {skipped, progress, notice} = snapshot;
			dispatch({type: 'library-changed', library: {works, stateKeys, skipped, progress}});
			if (notice !== null && notice !== noticeShown) {
				noticeShown = notice;
				// It names the folder, which is the user's text, not ours.
				dispatch({type: 'notice', message: displaySafe(notice)});
			}
		};

		// Whatever changed between the first render and this subscription is picked up at once.
		publish();
		return library.subscribe(publish);
	}, [library, first, dispatch]);
}
