import {findInText, nextHit} from '../../core/find-in-text.js';
import {createPager} from '../../core/pager/pager.js';
import {comparePositions, type Position} from '../../core/pager/position.js';
import {updateWork} from '../../core/state/reading-state.js';
import type {WorkBody, WorkDetails} from '../../core/work.js';
import {chapterAt} from '../panes/chapter-at.js';
import {type AppState, type FindState, layoutOf, readerGeometry, type ReaderState, selectedWork} from './app-state.js';
import {recordOpened, recordPlace, workState} from './reading-record.js';

const start: Position = {paragraph: 0, char: 0};
const excerptLength = 60;

type Ready = Extract<ReaderState, {status: 'ready'}>;

export type ReaderMove = 'page-down' | 'page-up' | 'line-down' | 'line-up' | 'text-start' | 'text-end';

/**
 * Enter on the list: opens the selected work, at once when its body was read
 * ahead, else once it loads; or goes back to it if it is open already.
 */
export function openSelected(state: AppState, now: number): AppState {
	const workIndex = selectedWork(state);
	if (workIndex === undefined) return state;
	const focused = {...state, focus: 'reader' as const, searching: false, sidebarToggled: false};
	// The open work is returned to where it was; one that failed to open is tried again.
	if (state.reader?.workIndex === workIndex && state.reader.status !== 'error') return rewrap(focused);
	const loading = {...focused, reader: {workIndex, status: 'loading' as const, top: start}, prefetched: null};
	return state.prefetched?.workIndex === workIndex ? workLoaded(loading, workIndex, state.prefetched, now) : loading;
}

/** The body arrived: lay it out and resume where the reader left off, if the place still exists. */
export function workLoaded(state: AppState, workIndex: number, {body, details}: {body: WorkBody; details: WorkDetails}, now: number): AppState {
	if (state.reader?.workIndex !== workIndex) return state;
	const saved = workState(state, workIndex).position;
	const top = saved && saved.paragraph < body.paragraphs.length ? saved : start;
	const reader: Ready = {workIndex, status: 'ready', body, details, pager: createPager(body, readerGeometry(state).width), top, find: null};
	return recordPlace(recordOpened({...state, reader}, workIndex, now), now);
}

export function moveReader(state: AppState, move: ReaderMove, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const {height} = readerGeometry(state);
	const {pager, top} = reader;
	const moves: Record<ReaderMove, () => Position> = {
		'page-down': () => pager.nextPage(top, height),
		'page-up': () => pager.prevPage(top, height),
		'line-down': () => pager.lineDown(top, 1, height),
		'line-up': () => pager.lineUp(top, 1),
		'text-start': () => pager.start(),
		'text-end': () => pager.end(height),
	};
	return jumpTo(state, moves[move](), now);
}

/** Puts `position` at the top of the page and remembers it. */
function jumpTo(state: AppState, position: Position, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	if (position.paragraph === reader.top.paragraph && position.char === reader.top.char) return state;
	return recordPlace({...state, reader: {...reader, top: position}}, now);
}

/**
 * After anything that changes the text column (resize, `+`/`-`, a pane
 * toggled), wraps again at the new width; the same first character stays on
 * screen because the place is kept as a position in the text, not a line.
 */
export function rewrap(state: AppState): AppState {
	const reader = state.reader;
	// Nothing is drawn while the terminal is too small: wrap again when it has grown back.
	if (reader?.status !== 'ready' || layoutOf(state).kind === 'too-small') return state;
	const {width} = readerGeometry(state);
	if (width === reader.pager.width) return state;
	return {...state, reader: {...reader, pager: createPager(reader.body, width)}};
}

/** `]` and `[`: the next chapter's heading, or this chapter's start and then the one before. */
export function moveChapter(state: AppState, direction: 1 | -1, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const toc = reader.details.toc;
	const current = chapterAt(toc, reader.top.paragraph);
	const index = current ? current.number - 1 : -1;
	let target = index + direction;
	if (direction === -1 && current && (reader.top.paragraph > toc[index]!.paragraph || reader.top.char > 0)) target = index;
	const entry = toc[target];
	if (!entry) return {...state, message: toc.length === 0 ? 'This work marks no chapters' : direction === 1 ? 'This is the last chapter' : 'This is the first chapter'};
	return jumpTo(state, {paragraph: entry.paragraph, char: 0}, now);
}

/** `m`: a bookmark at the first character on screen, with a short excerpt to recognise it by. */
export function addBookmark(state: AppState, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const {top} = reader;
	// A second bookmark at the same place would only be a duplicate line in the list.
	if (workState(state, reader.workIndex).bookmarks.some(bookmark => comparePositions(bookmark.position, top) === 0)) return {...state, message: 'This place is bookmarked already'};
	const text = reader.body.paragraphs[top.paragraph] ?? '';
	// A page may start on the blank line above a paragraph (char -1): the excerpt starts with the paragraph.
	const from = Math.max(0, top.char);
	const excerpt = text.slice(from, from + excerptLength).replaceAll('\n', ' ').trim() + (text.length > from + excerptLength ? '…' : '');
	const bookmark = {id: `${now.toString(36)}-${top.paragraph}-${top.char}`, position: top, createdAt: now, excerpt};
	const reading = updateWork(state.reading, state.stateKeys[reader.workIndex]!, work => ({...work, bookmarks: [...work.bookmarks, bookmark]}), now);
	return {...state, reading, message: `Bookmark added: ${excerpt}`};
}

export function deleteBookmark(state: AppState, index: number, now: number): AppState {
	const reader = state.reader;
	if (!reader) return state;
	const key = state.stateKeys[reader.workIndex]!;
	const reading = updateWork(state.reading, key, work => ({...work, bookmarks: work.bookmarks.filter((_, at) => at !== index)}), now);
	const left = workState({...state, reading}, reader.workIndex).bookmarks.length;
	return {...state, reading, overlayItem: Math.max(0, Math.min(state.overlayItem, left - 1)), message: 'Bookmark deleted'};
}

/** Enter in the bookmarks or chapters list: go there and close the list. */
export function chooseOverlayItem(state: AppState, now: number): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return {...state, overlay: null};
	const closed = {...state, overlay: null};
	if (state.overlay === 'bookmarks') {
		const bookmark = workState(state, reader.workIndex).bookmarks[state.overlayItem];
		return bookmark ? jumpTo(closed, bookmark.position, now) : closed;
	}

	const entry = reader.details.toc[state.overlayItem];
	return entry ? jumpTo(closed, {paragraph: entry.paragraph, char: 0}, now) : closed;
}

/** Opens the bookmarks or chapters list, the current chapter highlighted. */
export function openPickList(state: AppState, overlay: 'bookmarks' | 'toc'): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const current = chapterAt(reader.details.toc, reader.top.paragraph);
	return {...state, overlay, overlayItem: overlay === 'toc' && current ? current.number - 1 : 0};
}

/** Edits the open work's find state, if a work is open. */
function withFind(state: AppState, change: (find: FindState, reader: Ready) => FindState | null): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready') return state;
	const find = change(reader.find ?? {query: '', editing: false, hits: [], current: -1}, reader);
	return {...state, reader: {...reader, find}};
}

export function startFind(state: AppState): AppState {
	return withFind(state, find => ({...find, editing: true}));
}

export function editFind(state: AppState, edit: (query: string) => string): AppState {
	return withFind(state, find => ({...find, query: edit(find.query)}));
}

export function cancelFind(state: AppState): AppState {
	return withFind(state, () => null);
}

/** Enter in the find box: look for the query and go to the first hit from here on. */
export function runFind(state: AppState, now: number): AppState {
	const found = withFind(state, (find, reader) => ({...find, editing: false, hits: findInText(reader.body, find.query), current: -1}));
	const find = found.reader?.status === 'ready' ? found.reader.find : null;
	if (!find || find.query.trim() === '') return cancelFind(state);
	if (find.hits.length === 0) return {...found, message: `No match for "${find.query}"`};
	return goToHit(found, 1, now, true);
}

/**
 * `n` and `N`: the next or previous hit, wrapping around the ends. The first
 * jump (`fromTop`) takes a hit at the top of the page itself.
 */
export function goToHit(state: AppState, direction: 1 | -1, now: number, fromTop = false): AppState {
	const reader = state.reader;
	if (reader?.status !== 'ready' || !reader.find || reader.find.hits.length === 0) return {...state, message: 'No search in this work: press / to search it'};
	const {hits, current} = reader.find;
	const from = fromTop || current < 0 ? reader.top : {paragraph: hits[current]!.paragraph, char: hits[current]!.start + (direction === 1 ? 1 : 0)};
	const index = nextHit(hits, from, direction);
	const hit = hits[index]!;
	const wrapped = current >= 0 && (direction === 1 ? index <= current : index >= current);
	const moved = jumpTo({...state, reader: {...reader, find: {...reader.find, current: index}}}, {paragraph: hit.paragraph, char: hit.start}, now);
	return {...moved, message: wrapped ? `Search wrapped around: hit ${index + 1}/${hits.length}` : null};
}
