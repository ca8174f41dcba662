import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {useEffect, type Dispatch} from 'react';
import {describeFsError} from '../../core/scan/walk-fic-files.js';
import {readWork} from '../../core/read-work.js';
import {displaySafe} from '../../core/text/display-safe.js';
import type {WorkBody, WorkMeta} from '../../core/work.js';
import type {ReaderState} from '../state/app-state.js';
import type {Action} from '../state/update.js';

// Long enough that scrolling through the list reads nothing; short enough that it is done before Enter.
const prefetchDelayMs = 120;

/**
 * Reads a work's body when the reader asks for one, and ahead of time for the
 * work the list cursor rests on, so that Enter shows its first page at once.
 * Only the open work's body and the one prefetched are in memory.
 */
export function useWorkLoader(root: string, works: readonly WorkMeta[], reader: ReaderState | null, selected: number | undefined, dispatch: Dispatch<Action>): void {
	const loading = reader?.status === 'loading' ? reader.workIndex : undefined;
	useEffect(() => {
		if (loading === undefined) return;
		let current = true;
		void loadBody(root, works[loading]!).then(outcome => {
			if (!current) return;
			dispatch('body' in outcome ? {type: 'work-loaded', workIndex: loading, body: outcome.body, now: Date.now()} : {type: 'work-failed', workIndex: loading, message: outcome.message});
		});
		return () => {
			current = false;
		};
	}, [root, works, loading, dispatch]);

	const openIndex = reader?.workIndex;
	useEffect(() => {
		if (selected === undefined || selected === openIndex) return;
		let current = true;
		const timer = setTimeout(() => {
			void loadBody(root, works[selected]!).then(outcome => {
				if (current && 'body' in outcome) dispatch({type: 'body-prefetched', workIndex: selected, body: outcome.body});
			});
		}, prefetchDelayMs);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [root, works, selected, openIndex, dispatch]);
}

async function loadBody(root: string, meta: WorkMeta): Promise<{body: WorkBody} | {message: string}> {
	try {
		const result = readWork(await readFile(path.join(root, meta.path)), meta.path);
		return result.ok ? {body: result.body} : {message: `${displaySafe(meta.path)}: ${result.reason}`};
	} catch (error) {
		return {message: `${displaySafe(meta.path)}: ${describeFsError(error)}`};
	}
}
