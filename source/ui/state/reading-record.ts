import {getWork, toggleLater, updateWork, withMark, type WorkState} from '../../core/state/reading-state.js';
import {chapterAt} from '../../core/chapter-at.js';
import {chapterCount} from '../../core/state/chapters-since-read.js';
import type {Command} from '../input/keymap.js';
import {type AppState, type CommandHandler, selectedWork} from './app-state.js';

/** How the reader came to its place: reading forward or back, or a jump (start, End or G, a chapter, a bookmark, a search hit). */
export type Arrival = 'forward' | 'back' | 'jump';

/**
 * Files the open work's place into the reading state: the first character on
 * screen, its chapter and progress. Marks are set only by reading: moving
 * forward in a work that was unread or for later makes it "reading"; jumps and
 * reading back leave the mark alone, and only `recordFinished` marks it read.
 * The chapters posted are noted too: a re-download with more has new ones.
 */
export function recordPlace(state: AppState, now: number, arrival: Arrival): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const chapter = chapterAt(reader.view.toc, reader.top.paragraph);
	const reading = updateWork(
		state.reading,
		state.stateKeys[reader.workIndex]!,
		work => ({
			...(arrival === 'forward' && (work.mark === 'unread' || work.mark === 'later') ? withMark(work, 'reading') : work),
			position: reader.view.toSource(reader.top),
			chapter: chapter ? chapter.number - 1 : null,
			progress: reader.pager.progress(reader.top),
			postedWhenRead: chapterCount(state.works[reader.workIndex]!),
		}),
		now,
	);
	return reading === state.reading ? state : {...state, reading};
}

/** The end of the work was reached by reading forward: it is read. */
export function recordFinished(state: AppState, workIndex: number, now: number): AppState {
	const posted = chapterCount(state.works[workIndex]!);
	const reading = updateWork(state.reading, state.stateKeys[workIndex]!, work => ({...withMark(work, 'read'), progress: 1, postedWhenRead: posted}), now);
	return reading === state.reading ? state : {...state, reading};
}

/** Notes when a work was opened: the "last read" order sorts by it. */
export function recordOpened(state: AppState, workIndex: number, now: number): AppState {
	return {...state, reading: updateWork(state.reading, state.stateKeys[workIndex]!, work => ({...work, lastOpened: now}), now)};
}

/** The reading state of a work in the library. */
export function workState(state: AppState, workIndex: number): WorkState {
	return getWork(state.reading, state.stateKeys[workIndex]!);
}

/**
 * `r`: marks the work read, or takes the mark off again: back to "reading"
 * when the work was ever opened, else to "unread". Marked read, what is
 * posted now counts as read: only chapters posted after it are new.
 */
function toggleRead(state: AppState, workIndex: number, now: number): AppState {
	const posted = chapterCount(state.works[workIndex]!);
	const reading = updateWork(
		state.reading,
		state.stateKeys[workIndex]!,
		work => (work.mark === 'read' ? withMark(work, work.position ? 'reading' : 'unread') : {...withMark(work, 'read'), postedWhenRead: posted}),
		now,
	);
	return {...state, reading, message: `Marked ${workState({...state, reading}, workIndex).mark}: ${state.works[workIndex]!.title}`};
}

/** `l`: marks the work for later, or takes "later" off and gives back the mark it had. */
function toggleLaterMark(state: AppState, workIndex: number, now: number): AppState {
	const reading = updateWork(state.reading, state.stateKeys[workIndex]!, toggleLater, now);
	const {mark} = workState({...state, reading}, workIndex);
	const title = state.works[workIndex]!.title;
	return {...state, reading, message: mark === 'later' ? `Marked for later: ${title}` : `No longer for later: ${title} (${mark})`};
}

/** `r` and `l` act on the work being read while the reader has the keys, else on the selected one. */
function onWork(toggle: (state: AppState, workIndex: number, now: number) => AppState): CommandHandler {
	return (state, now) => {
		const workIndex = state.focus === 'reader' ? state.reader?.workIndex : selectedWork(state);
		return workIndex === undefined ? state : toggle(state, workIndex, now);
	};
}

/** The marks' update: the commands that set them by hand. */
export const markCommands = {
	'toggle-read': onWork(toggleRead),
	'toggle-later': onWork(toggleLaterMark),
} satisfies Partial<Record<Command, CommandHandler>>;
