import path from 'node:path';
import {useEffect, useRef, type Dispatch} from 'react';
import {describeFsError} from '../../core/scan/walk-fic-files.js';
import {collectGarbage} from '../../core/collect-garbage.js';
import {readRegularFile} from '../../core/read-regular-file.js';
import {readWork} from '../../core/read-work.js';
import {displaySafe} from '../../core/text/display-safe.js';
import {detailsOf, type WorkBody, type WorkDetails, type WorkListing} from '../../core/work.js';
import type {ReaderModel} from '../state/reader-model.js';
import type {Action} from '../state/update.js';

// Long enough that scrolling through the list reads nothing; short enough that it is done before Enter.
const prefetchDelayMs = 120;

/**
 * Reads a work's body when the reader asks for one, and ahead of time for the
 * work the list cursor rests on, so that Enter shows its first page at once.
 * Only the open work's body and details and those of the one read ahead are in memory.
 */
export function useWorkLoader(root: string, works: readonly WorkListing[], reader: ReaderModel | null, selected: number | undefined, dispatch: Dispatch<Action>): void {
	// Keyed by path, not by the works array: a scan publishing new arrays must not restart a read.
	const worksNow = useRef(works);
	worksNow.current = works;
	const loading = reader?.status === 'loading' ? works[reader.workIndex] : undefined;
	const loadingPath = loading?.path;
	useEffect(() => {
		if (loadingPath === undefined) return;
		let current = true;
		void loadBody(root, loadingPath).then(outcome => {
			const workIndex = worksNow.current.findIndex(work => work.path === loadingPath);
			if (!current || workIndex < 0) return;
			dispatch('body' in outcome ? {type: 'work-loaded', workIndex, path: loadingPath, body: outcome.body, details: outcome.details, now: Date.now()} : {type: 'work-failed', workIndex, message: outcome.message});
		});
		return () => {
			current = false;
		};
	}, [root, loadingPath, dispatch]);

	const openPath = reader ? works[reader.workIndex]?.path : undefined;
	const selectedPath = selected === undefined ? undefined : works[selected]?.path;
	useEffect(() => {
		if (selectedPath === undefined || selectedPath === openPath) return;
		let current = true;
		const timer = setTimeout(() => {
			void loadBody(root, selectedPath).then(outcome => {
				const workIndex = worksNow.current.findIndex(work => work.path === selectedPath);
				if (!current || workIndex < 0 || !('body' in outcome)) return;
				dispatch({type: 'body-prefetched', workIndex, path: selectedPath, body: outcome.body, details: outcome.details});
				// Decoding a work leaves copies of its whole text behind, and the cursor is resting.
				collectGarbage();
			});
		}, prefetchDelayMs);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [root, selectedPath, openPath, dispatch]);
}

async function loadBody(root: string, relative: string): Promise<{body: WorkBody; details: WorkDetails} | {message: string}> {
	try {
		const result = readWork(await readRegularFile(path.join(root, relative)), relative);
		return result.ok ? {body: result.body, details: detailsOf(result.meta)} : {message: `${displaySafe(relative)}: ${result.reason}`};
	} catch (error) {
		return {message: `${displaySafe(relative)}: ${describeFsError(error)}`};
	}
}
