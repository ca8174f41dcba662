import {getWork, type Mark, updateWork, type WorkState} from '../../core/state/reading-state.js';
import {chapterAt} from '../panes/chapter-at.js';
import {type AppState, readerGeometry} from './app-state.js';

/**
 * Files the open work's place into the reading state: the first character on
 * screen, its chapter and progress. Reaching the last page marks it read;
 * reading a work that was unread or for later makes it "reading".
 */
export function recordPlace(state: AppState, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const {height} = readerGeometry(state);
	const atEnd = reader.pager.page(reader.top, height).atEnd;
	const chapter = chapterAt(reader.details.toc, reader.top.paragraph);
	const reading = updateWork(
		state.reading,
		state.stateKeys[reader.workIndex]!,
		work => ({
			...work,
			position: reader.top,
			chapter: chapter ? chapter.number - 1 : null,
			progress: atEnd ? 1 : reader.pager.progress(reader.top),
			mark: atEnd ? 'read' : work.mark === 'unread' || work.mark === 'later' ? 'reading' : work.mark,
		}),
		now,
	);
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
 * `r` and `l`: sets `mark`, or takes it off again. Taking a mark off goes back
 * to "reading" when the work was ever opened, else to "unread".
 */
export function toggleMark(state: AppState, workIndex: number, mark: Extract<Mark, 'read' | 'later'>, now: number): AppState {
	const reading = updateWork(
		state.reading,
		state.stateKeys[workIndex]!,
		work => ({...work, mark: work.mark === mark ? (work.position ? 'reading' : 'unread') : mark}),
		now,
	);
	const marked = workState({...state, reading}, workIndex).mark;
	return {...state, reading, message: `Marked ${marked === 'later' ? 'for later' : marked}: ${state.works[workIndex]!.title}`};
}
