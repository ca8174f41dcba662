import {useEffect, type Dispatch} from 'react';
import {displaySafe} from '../../core/text/display-safe.js';
import type {LiveLibrary} from '../../core/scan/live-library.js';
import type {Action} from '../state/update.js';

/** Feeds the library's changes (a scan filling in, files added or removed) to the reducer. */
export function useLibraryUpdates(library: Pick<LiveLibrary, 'subscribe' | 'snapshot'> | undefined, dispatch: Dispatch<Action>): void {
	useEffect(() => {
		if (!library) return;
		let noticeShown: string | null = null;
		const publish = () => {
			const {works, skipped, progress, notice} = library.snapshot();
			dispatch({type: 'library-changed', library: {works: works.map(work => work.meta), stateKeys: works.map(work => work.stateKey), skipped, progress}});
			if (notice !== null && notice !== noticeShown) {
				noticeShown = notice;
				// It names the folder, which is the user's text, not ours.
				dispatch({type: 'notice', message: displaySafe(notice)});
			}
		};

		// Whatever changed between the first render and this subscription is picked up at once.
		publish();
		return library.subscribe(publish);
	}, [library, dispatch]);
}
