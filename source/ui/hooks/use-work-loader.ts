import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {useEffect, type Dispatch} from 'react';
import {describeFsError} from '../../core/scan/walk-fic-files.js';
import {readWork} from '../../core/read-work.js';
import {displaySafe} from '../../core/text/display-safe.js';
import type {WorkMeta} from '../../core/work.js';
import type {ReaderState} from '../state/app-state.js';
import type {Action} from '../state/update.js';

/**
 * Reads a work's body when the reader asks for one. Bodies are read on open
 * and dropped with the reader, so only the open work's text is in memory.
 */
export function useWorkLoader(root: string, works: readonly WorkMeta[], reader: ReaderState | null, dispatch: Dispatch<Action>): void {
	const loading = reader?.status === 'loading' ? reader.workIndex : undefined;
	useEffect(() => {
		if (loading === undefined) return;
		let current = true;
		const meta = works[loading]!;
		void (async () => {
			let action: Action;
			try {
				const result = readWork(await readFile(path.join(root, meta.path)), meta.path);
				action = result.ok ? {type: 'work-loaded', workIndex: loading, body: result.body, now: Date.now()} : {type: 'work-failed', workIndex: loading, message: `${displaySafe(meta.path)}: ${result.reason}`};
			} catch (error) {
				action = {type: 'work-failed', workIndex: loading, message: `${displaySafe(meta.path)}: ${describeFsError(error)}`};
			}

			if (current) dispatch(action);
		})();
		return () => {
			current = false;
		};
	}, [root, works, loading, dispatch]);
}
