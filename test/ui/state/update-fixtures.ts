import type {WorkBody, WorkDetails} from '../../../source/core/work.js';
import {type AppState, initialState} from '../../../source/ui/state/app-state.js';
import {type Action, update} from '../../../source/ui/state/update.js';
import {makeWork} from '../../helpers/make-work.js';

/** What the reducer tests share: a library of 50 works, and replaying keys over it. */
export const works = Array.from({length: 50}, (_, index) => makeWork({path: `w${index}.txt`, title: `Work ${String(index).padStart(2, '0')}`}));
export const start = (columns = 120, rows = 40): AppState => initialState({works, columns, rows, sortedOrder: works.map((_, index) => index)});
export const replay = (state: AppState, actions: Action[]) => actions.reduce(update, state);
export const keys = (...names: string[]): Action[] => names.map(name => ({type: 'key', name, now: 1_000}));

/** A body long enough for many pages: 200 numbered paragraphs. */
export const body: WorkBody = {paragraphs: Array.from({length: 200}, (_, index) => `Paragraph ${index} ${'word '.repeat(30)}`.trim())};

/** What a work's file gives besides its body; the library does not keep it. */
export const details: WorkDetails = {summary: 'A summary.', toc: [], extra: {}};

export function openWork(state: AppState, read: WorkDetails = details): AppState {
	const opened = replay(state, keys('enter'));
	return update(opened, {type: 'work-loaded', workIndex: opened.reader!.workIndex, path: opened.works[opened.reader!.workIndex]!.path, body, details: read, now: 1_000});
}
