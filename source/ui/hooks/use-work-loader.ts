import {useEffect, useRef, type Dispatch} from 'react';
import type {ParsedMeta} from '../../core/formats/format-adapter.js';
import {openBodyOf} from '../../core/formats/read-file.js';
import {onDisk} from '../../core/scan/name-bytes.js';
import {displaySafe} from '../../core/text/display-safe.js';
import {detailsOf, type WorkBody, type WorkDetails, type WorkListing} from '../../core/work.js';
import type {ReaderModel} from '../state/reader-model.js';
import type {Action} from '../state/update.js';

// Long enough that scrolling through the list reads nothing; short enough that it is done before Enter.
const prefetchDelayMs = 120;

/**
 * Reads a work's body when the reader asks for one, and ahead of time for the
 * work the list cursor rests on, so that Enter shows its first page at once
 * and the preview its opening lines. A cursor that moves on drops the read.
 * Only the open work's body and details and those of the one read ahead are in memory.
 */
export function useWorkLoader(
	root: string,
	works: readonly WorkListing[],
	reader: ReaderModel | null,
	selected: number | undefined,
	/** The work whose body was read ahead (`AppState.prefetched`). */
	readAhead: number | undefined,
	dispatch: Dispatch<Action>,
): void {
	// Keyed by path, not by the works array: a scan publishing new arrays must not restart a read.
	const worksNow = useRef(works);
	worksNow.current = works;
	const loading = reader?.status === 'loading' ? works[reader.workIndex] : undefined;
	const loadingPath = loading?.path;
	useEffect(() => {
		if (loadingPath === undefined) return;
		let current = true;
		const workIndexNow = () => worksNow.current.findIndex(work => work.path === loadingPath);
		void openBody(root, loadingPath).then(async outcome => {
			if (!current || workIndexNow() < 0) return;
			if ('message' in outcome) {
				dispatch({type: 'work-failed', workIndex: workIndexNow(), message: outcome.message});
				return;
			}

			const {body, details, rest} = outcome;
			// The first chapters go on screen at once; the rest follows without a frame's wait for it.
			dispatch({type: 'work-loaded', workIndex: workIndexNow(), path: loadingPath, body, details, now: Date.now(), partial: rest !== undefined});
			if (rest === undefined) return;
			const whole = await rest();
			if (current && workIndexNow() >= 0) dispatch({type: 'body-completed', workIndex: workIndexNow(), path: loadingPath, body: whole.body, details: detailsAt(whole.meta, loadingPath), now: Date.now()});
		});
		return () => {
			current = false;
		};
	}, [root, loadingPath, dispatch]);

	const openPath = reader ? works[reader.workIndex]?.path : undefined;
	const selectedPath = selected === undefined ? undefined : works[selected]?.path;
	// A body read ahead and then dropped (a scan published the work anew, or its file changed) is read again.
	const hasBody = selected !== undefined && readAhead === selected;
	useEffect(() => {
		if (selectedPath === undefined || selectedPath === openPath || hasBody) return;
		let current = true;
		const timer = setTimeout(() => {
			void loadBody(root, selectedPath).then(outcome => {
				const workIndex = worksNow.current.findIndex(work => work.path === selectedPath);
				if (!current || workIndex < 0 || outcome === null) return;
				dispatch({type: 'body-prefetched', workIndex, path: selectedPath, ...outcome});
			});
		}, prefetchDelayMs);
		return () => {
			current = false;
			clearTimeout(timer);
		};
	}, [root, selectedPath, openPath, hasBody, dispatch]);
}

type Opened = {body: WorkBody; details: WorkDetails; meta: ParsedMeta; rest?: () => Promise<{body: WorkBody; meta: ParsedMeta}>};

/** A work's body, or its first part and how to read the rest; a message naming the file when it cannot be read. */
async function openBody(root: string, relative: string): Promise<Opened | {message: string}> {
	const opened = await openBodyOf(onDisk(root, relative), relative);
	if (!opened.ok) return {message: `${displaySafe(relative)}: ${opened.reason}`};
	return {body: opened.body, meta: opened.meta, rest: opened.rest, details: detailsAt(opened.meta, relative)};
}

/** The details a freshly read file gives of its work (a copy read for itself, so no primary it duplicates). */
function detailsAt(meta: ParsedMeta, path: string): WorkDetails {
	return detailsOf({...meta, path, duplicateOf: null});
}

/**
 * A work's body, for reading ahead and the preview. Of a book read a part at
 * a time (an EPUB) only the first part, a few thousand characters, which
 * is `partial`: reading all of it here would keep the app busy just when
 * Enter wants its first part, and the preview shows only its opening lines.
 */
async function loadBody(root: string, relative: string): Promise<{body: WorkBody; details: WorkDetails; partial: boolean} | null> {
	const opened = await openBody(root, relative);
	return 'message' in opened ? null : {body: opened.body, details: opened.details, partial: opened.rest !== undefined};
}
