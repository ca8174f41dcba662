import {chapterAt} from '../../core/chapter-at.js';
import {findInText} from '../../core/find-in-text.js';
import {createPager} from '../../core/pager/pager.js';
import {bodyView} from '../../core/rich/body-view.js';
import {comparePositions, type Position} from '../../core/pager/position.js';
import {updateWork} from '../../core/state/reading-state.js';
import type {WorkBody, WorkDetails} from '../../core/work.js';
import type {Command} from '../input/keymap.js';
import {type AppState, type CommandHandler, layoutOf, selectedWork} from './app-state.js';
import {readerGeometry} from './geometry.js';
import {minReadingWidth, type ReadyReader, readyReader, textStart} from './reader-model.js';
import {recordOpened, recordPlace, workState} from './reading-record.js';

const excerptLength = 60;
const widthStep = 4;

/**
 * Enter on the list: opens the selected work, at once when its body was read
 * ahead, else once it loads; or goes back to it if it is open already.
 */
export function openSelected(state: AppState, now: number): AppState {
	const workIndex = selectedWork(state);
	if (workIndex === undefined) return state;
	const focused = {...state, focus: 'reader' as const, search: {...state.search, editing: false}, sidebar: {...state.sidebar, toggled: false}};
	// The open work is returned to where it was; one that failed to open is tried again.
	if (state.reader?.workIndex === workIndex && state.reader.status !== 'error') return rewrap(focused);
	const loading = {...focused, reader: {workIndex, status: 'loading' as const, top: textStart}, prefetched: null};
	return state.prefetched?.workIndex === workIndex ? workLoaded(loading, workIndex, state.prefetched, now) : loading;
}

/**
 * The body arrived: lay it out and resume where the reader left off, if the
 * place still exists. A partial body (the first chapters of an EPUB) is shown
 * only when that place is inside it; otherwise the reader waits for the rest.
 */
export function workLoaded(state: AppState, workIndex: number, {body, details, partial = false}: {body: WorkBody; details: WorkDetails; partial?: boolean}, now: number): AppState {
	if (state.reader?.workIndex !== workIndex) return state;
	const saved = workState(state, workIndex).position;
	const inBody = saved != null && saved.paragraph < body.paragraphs.length;
	if (partial && saved != null && !inBody) return state;
	const reader = readyReader(workIndex, body, details, readerGeometry(state).width, state.showNotes, inBody ? saved : textStart);
	return recordPlace(recordOpened({...state, reader}, workIndex, now), now);
}

/**
 * The rest of a body shown from its first part: the same place stays on
 * screen (the first part's paragraphs are the whole body's first ones), now
 * with every chapter to page into. A reader still waiting for it opens now.
 */
export function bodyCompleted(state: AppState, workIndex: number, whole: {body: WorkBody; details: WorkDetails}, now: number): AppState {
	const reader = state.reader;
	if (reader?.workIndex !== workIndex) return state;
	if (reader.status === 'loading') return workLoaded(state, workIndex, whole, now);
	if (reader.status !== 'ready') return state;
	const place = reader.view.toSource(reader.top);
	return {...state, reader: readyReader(workIndex, whole.body, whole.details, reader.pager.width, state.showNotes, place)};
}

/** Edits the open work once it is ready; a reader still loading or failed is left alone. */
export function withReady(state: AppState, change: (reader: ReadyReader) => AppState): AppState {
	return state.reader?.status === 'ready' ? change(state.reader) : state;
}

/** A move through the text: where the page should start next, from the pager and the page height. */
function move(to: (reader: ReadyReader, height: number) => Position): CommandHandler {
	return (state, now) => withReady(state, reader => jumpTo(state, to(reader, readerGeometry(state).height), now));
}

/** Puts `position` at the top of the page and remembers it. */
export function jumpTo(state: AppState, position: Position, now: number): AppState {
	return withReady(state, reader => {
		if (position.paragraph === reader.top.paragraph && position.char === reader.top.char) return state;
		return recordPlace({...state, reader: {...reader, top: position}}, now);
	});
}

/**
 * After anything that changes the text column (resize, `+`/`-`, a pane
 * toggled), wraps again at the new width; the same first character stays on
 * screen because the place is kept as a position in the text, not a line.
 */
export function rewrap(state: AppState): AppState {
	// Nothing is drawn while the terminal is too small: wrap again when it has grown back.
	if (layoutOf(state).kind === 'too-small') return state;
	return withReady(state, reader => {
		const {width} = readerGeometry(state);
		if (width === reader.pager.width) return state;
		return {...state, reader: {...reader, pager: createPager(reader.view.body, width)}};
	});
}

/** `]` and `[`: the next chapter's heading, or this chapter's start and then the one before. */
function moveChapter(direction: 1 | -1): CommandHandler {
	return (state, now) =>
		withReady(state, reader => {
			const toc = reader.view.toc;
			const current = chapterAt(toc, reader.top.paragraph);
			const index = current ? current.number - 1 : -1;
			let target = index + direction;
			if (direction === -1 && current && (reader.top.paragraph > toc[index]!.paragraph || reader.top.char > 0)) target = index;
			const entry = toc[target];
			if (!entry) return {...state, message: toc.length === 0 ? 'This work marks no chapters' : direction === 1 ? 'This is the last chapter' : 'This is the first chapter'};
			return jumpTo(state, {paragraph: entry.paragraph, char: 0}, now);
		});
}

/** `m`: a bookmark at the first character on screen, with a short excerpt to recognise it by. */
function addBookmark(state: AppState, now: number): AppState {
	return withReady(state, reader => {
		const {top} = reader;
		// A second bookmark at the same place would only be a duplicate line in the list.
		const place = reader.view.toSource(top);
		if (workState(state, reader.workIndex).bookmarks.some(bookmark => comparePositions(bookmark.position, place) === 0)) return {...state, message: 'This place is bookmarked already'};
		const text = reader.view.body.paragraphs[top.paragraph] ?? '';
		// A page may start on the blank line above a paragraph (char -1): the excerpt starts with the paragraph.
		const from = Math.max(0, top.char);
		const excerpt = text.slice(from, from + excerptLength).replaceAll('\n', ' ').trim() + (text.length > from + excerptLength ? '…' : '');
		const bookmark = {id: `${now.toString(36)}-${place.paragraph}-${place.char}`, position: place, createdAt: now, excerpt};
		const reading = updateWork(state.reading, state.stateKeys[reader.workIndex]!, work => ({...work, bookmarks: [...work.bookmarks, bookmark]}), now);
		return {...state, reading, message: `Bookmark added: ${excerpt}`};
	});
}

/** Shows or hides the notes, on the same sentence; a search in the text is run again over what is shown. */
function toggleNotes(state: AppState): AppState {
	const showNotes = !state.showNotes;
	const toggled = {...state, showNotes};
	return withReady(toggled, reader => {
		const view = bodyView(reader.source, reader.details.toc, showNotes);
		if (view.hidden === 0 && reader.view.hidden === 0) return {...toggled, message: 'This work marks no notes'};
		const find = reader.find ? {...reader.find, hits: findInText(view.body, reader.find.query), current: -1} : null;
		const top = view.toShown(reader.view.toSource(reader.top));
		const shown = {...reader, view, pager: createPager(view.body, reader.pager.width), top, find};
		return {...toggled, reader: shown, message: showNotes ? 'Notes shown' : `Notes hidden (${view.hidden} paragraphs)`};
	});
}

function setWidth(width: (current: number) => number): CommandHandler {
	return state => rewrap({...state, readingWidth: width(Math.max(minReadingWidth, readerGeometry(state).width))});
}

/** The reader's update: the commands it owns. */
export const readerCommands = {
	open: openSelected,
	'focus-reader': state => (state.reader ? rewrap({...state, focus: 'reader', sidebar: {...state.sidebar, toggled: false}}) : state),
	back: state => rewrap({...state, focus: 'list', sidebar: {...state.sidebar, toggled: false}}),
	'page-down': move(({pager, top}, height) => pager.nextPage(top, height)),
	'page-up': move(({pager, top}, height) => pager.prevPage(top, height)),
	'line-down': move(({pager, top}, height) => pager.lineDown(top, 1, height)),
	'line-up': move(({pager, top}) => pager.lineUp(top, 1)),
	'text-start': move(({pager}) => pager.start()),
	'text-end': move(({pager}, height) => pager.end(height)),
	'next-chapter': moveChapter(1),
	'previous-chapter': moveChapter(-1),
	wider: setWidth(width => width + widthStep),
	narrower: setWidth(width => Math.max(minReadingWidth, width - widthStep)),
	'add-bookmark': addBookmark,
	'toggle-notes': toggleNotes,
} satisfies Partial<Record<Command, CommandHandler>>;
