import {chapterAt} from '../../core/chapter-at.js';
import {findInText} from '../../core/find-in-text.js';
import {createPager} from '../../core/pager/pager.js';
import {bodyView} from '../../core/rich/body-view.js';
import {comparePositions, type Position} from '../../core/pager/position.js';
import {updateWork} from '../../core/state/reading-state.js';
import type {WorkBody, WorkDetails} from '../../core/work.js';
import type {Command} from '../input/keymap.js';
import {type AppState, type CommandHandler, layoutOf, selectedWork} from './app-state.js';
import {primedFind} from './find-model.js';
import {readerGeometry} from './geometry.js';
import {minReadingWidth, type ReadyReader, readyReader, textStart} from './reader-model.js';
import {type Arrival, recordFinished, recordOpened, recordPlace, workState} from './reading-record.js';
import {selectWork} from './list-update.js';
import {openingOf} from './new-chapters-offer.js';
import {rememberFolder, rememberSettings} from './remember.js';

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
	// A first part read ahead for the preview is not opened from: the loader reads the book, and its rest, itself.
	const ahead = state.prefetched?.workIndex === workIndex && !state.prefetched.partial ? state.prefetched : undefined;
	return ahead ? workLoaded(loading, workIndex, ahead, now) : loading;
}

/**
 * The body arrived: lay it out and resume where the reader left off, if the
 * place still exists. A partial body (the first chapters of an EPUB) is shown
 * only when that place is inside it; otherwise the reader waits for the rest.
 */
export function workLoaded(state: AppState, workIndex: number, {body, details, partial = false}: {body: WorkBody; details: WorkDetails; partial?: boolean}, now: number): AppState {
	if (state.reader?.workIndex !== workIndex) return state;
	const wanted = state.reader.status === 'loading' ? state.reader.at : undefined;
	const work = workState(state, workIndex);
	const saved = work.position;
	const place = wanted ?? saved;
	const inBody = place != null && place.paragraph < body.paragraphs.length;
	if (partial && place != null && !inBody) return state;
	// A partial body may not reach the new chapters: they are offered once the whole body is in. A bookmark chosen is where to go.
	const opening = partial || wanted ? {place: null, message: null} : openingOf(state.works[workIndex]!, work, details, inBody ? saved : null);
	const reader = readyReader(workIndex, body, details, readerGeometry(state).width, state.showNotes, opening.place ?? (inBody && !wanted ? place : textStart));
	const shown = opening.message === null ? {...state, reader} : {...state, reader, message: opening.message};
	// Opening is not reading: the place and the mark stay as they were until the user moves.
	const opened = rememberFolder(recordOpened(shown, workIndex, now), {work: state.stateKeys[workIndex]!}, now);
	// A bookmark chosen from the list of all of them is a jump, as from the work's own list.
	if (!wanted || !inBody) return opened;
	return jumpPrimed(opened, reader.view.toShown(wanted), now, state.reader.status === 'loading' ? state.reader.find : undefined);
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
function move(arrival: Arrival, to: (reader: ReadyReader, height: number) => Position): CommandHandler {
	return (state, now) =>
		withReady(state, reader => {
			// Back from the end-of-work page is the last page again.
			if (reader.ended && arrival === 'back') return {...state, reader: {...reader, ended: false}};
			return jumpTo(state, to(reader, readerGeometry(state).height), now, arrival);
		});
}

/** Puts `position` at the top of the page and remembers it; a jump, unless said otherwise. */
export function jumpTo(state: AppState, position: Position, now: number, arrival: Arrival = 'jump'): AppState {
	return withReady(state, reader => {
		const readHere = arrival !== 'jump';
		// Leaving the end page shows the last page again.
		if (position.paragraph === reader.top.paragraph && position.char === reader.top.char) return reader.ended ? {...state, reader: {...reader, ended: false, readHere}} : state;
		return recordPlace({...state, reader: {...reader, top: position, ended: false, readHere}}, now, arrival);
	});
}

/** A jump to `position`; with `find`, the search in the text primed with it there, so `n` goes on from that hit. */
export function jumpPrimed(state: AppState, position: Position, now: number, find: string | undefined): AppState {
	const moved = jumpTo(state, position, now);
	if (find === undefined || moved.reader?.status !== 'ready') return moved;
	return {...moved, reader: {...moved.reader, find: primedFind(moved.reader.view.body, find, position)}};
}

/**
 * Space or PgDn on the last page: the end-of-work page. Reached by reading
 * (not straight after End, G, a chapter, bookmark or search jump), it marks
 * the work read.
 */
function pageDown(state: AppState, now: number): AppState {
	return withReady(state, reader => {
		if (reader.ended) return state;
		const {height} = readerGeometry(state);
		if (!reader.pager.page(reader.top, height).atEnd) return jumpTo(state, reader.pager.nextPage(reader.top, height), now, 'forward');
		const ended = {...state, reader: {...reader, ended: true}};
		return reader.readHere ? recordFinished(ended, reader.workIndex, now) : ended;
	});
}

/** `>` and `<`: the next or previous work in the list, opened where it was left. */
function otherWork(direction: 1 | -1): CommandHandler {
	return (state, now) => {
		const current = state.reader?.workIndex;
		const row = current === undefined ? -1 : state.list.order.indexOf(current);
		const target = row < 0 ? undefined : state.list.order[row + direction];
		if (target === undefined) return {...state, message: row < 0 ? 'This work is not in the list (clear the search)' : direction === 1 ? 'This is the last work in the list' : 'This is the first work in the list'};
		return openSelected(selectWork(state, target), now);
	};
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
			if (!entry) return {...state, message: toc.length === 0 ? noChapters(state) : direction === 1 ? 'This is the last chapter' : 'This is the first chapter'};
			return jumpTo(state, {paragraph: entry.paragraph, char: 0}, now);
		});
}

/** Why there are no chapters to go to: a header that promises some the text does not mark says so. */
export function noChapters(state: AppState): string {
	const posted = state.reader ? state.works[state.reader.workIndex]?.chapters?.posted ?? 0 : 0;
	return posted > 1 ? `The header says ${posted} chapters, but the text marks none` : 'This work marks no chapters';
}

/** How far back a bookmark's excerpt looks for the start of its sentence. */
const sentenceReach = 200;

/** The start of the sentence holding `at`: just after the last `.`, `!`, `?` or `…` (and closing quotes) before it. */
export function sentenceStart(text: string, at: number): number {
	const from = Math.max(0, at - sentenceReach);
	const before = text.slice(from, at);
	let start = -1;
	for (const match of before.matchAll(/[.!?\u2026]["'\u201D\u2019)]*\s+/g)) start = match.index + match[0].length;
	return start < 0 ? (from === 0 ? 0 : at) : from + start;
}

/** `m`: a bookmark at the first character on screen, with a short excerpt to recognise it by. */
function addBookmark(state: AppState, now: number): AppState {
	return withReady(state, reader => {
		const {top} = reader;
		// A second bookmark at the same place would only be a duplicate line in the list.
		const place = reader.view.toSource(top);
		if (workState(state, reader.workIndex).bookmarks.some(bookmark => comparePositions(bookmark.position, place) === 0)) return {...state, message: 'This place is bookmarked already'};
		const text = reader.view.body.paragraphs[top.paragraph] ?? '';
		// The excerpt starts with the sentence the page starts in (a page may start mid-sentence), or the paragraph.
		const from = sentenceStart(text, Math.max(0, top.char));
		const excerpt = text.slice(from, from + excerptLength).replaceAll('\n', ' ').trim() + (text.length > from + excerptLength ? '…' : '');
		// Its chapter and % too, for the list of every work's bookmarks, which shows works not laid out.
		const chapter = chapterAt(reader.details.toc, place.paragraph);
		const progress = reader.pager.progress(top);
		const bookmark = {id: `${now.toString(36)}-${place.paragraph}-${place.char}`, position: place, createdAt: now, excerpt, progress, ...(chapter ? {chapter: {number: chapter.number, title: chapter.title}} : {})};
		const reading = updateWork(state.reading, state.stateKeys[reader.workIndex]!, work => ({...work, bookmarks: [...work.bookmarks, bookmark]}), now);
		return {...state, reading, message: `Bookmark added: ${excerpt}`};
	});
}

/** Shows or hides the notes, on the same sentence; a search in the text is run again over what is shown. */
function toggleNotes(state: AppState, now: number): AppState {
	const showNotes = !state.showNotes;
	const toggled = rememberSettings({...state, showNotes}, {showNotes}, now);
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
	return (state, now) => {
		const readingWidth = width(Math.max(minReadingWidth, readerGeometry(state).width));
		const resized = rewrap(rememberSettings({...state, readingWidth}, {width: readingWidth}, now));
		const {width: shown} = readerGeometry(resized);
		const capped = shown < resized.readingWidth ? ` (the pane allows ${shown})` : '';
		return {...resized, message: `Text width ${resized.readingWidth} columns${capped}`};
	};
}

/** The reader's update: the commands it owns. */
export const readerCommands = {
	open: openSelected,
	'focus-reader': state => (state.reader ? rewrap({...state, focus: 'reader', sidebar: {...state.sidebar, toggled: false}}) : state),
	back: state => rewrap({...state, focus: 'list', sidebar: {...state.sidebar, toggled: false}}),
	'page-down': pageDown,
	'page-up': move('back', ({pager, top}, height) => pager.prevPage(top, height)),
	'line-down': move('forward', ({pager, top}, height) => pager.lineDown(top, 1, height)),
	'line-up': move('back', ({pager, top}) => pager.lineUp(top, 1)),
	'text-start': move('jump', ({pager}) => pager.start()),
	'text-end': move('jump', ({pager}, height) => pager.end(height)),
	'next-work': otherWork(1),
	'previous-work': otherWork(-1),
	'toggle-list': state => rewrap({...state, listBeside: !state.listBeside}),
	'next-chapter': moveChapter(1),
	'previous-chapter': moveChapter(-1),
	wider: setWidth(width => width + widthStep),
	narrower: setWidth(width => Math.max(minReadingWidth, width - widthStep)),
	'add-bookmark': addBookmark,
	'toggle-notes': toggleNotes,
} satisfies Partial<Record<Command, CommandHandler>>;
