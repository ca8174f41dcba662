import React from 'react';
import stringWidth from 'string-width';
import {Box, Text} from 'ink';
import {truncateStartToWidth, truncateToWidth} from '../../core/output/fit-width.js';
import {formatCount, readingTime} from '../../core/output/format-numbers.js';
import type {Command, InputContext} from '../input/keymap.js';
import {statusHints} from '../input/status-hints.js';
import type {WorkListing} from '../../core/work.js';
import {type AppState, inputContext} from '../state/app-state.js';
import {readerGeometry} from '../state/geometry.js';
import type {ReadyReader} from '../state/reader-model.js';
import {chapterAt} from '../../core/chapter-at.js';
import {useTheme} from '../theme.js';

type Props = {
	state: AppState;
	work: WorkListing | undefined;
};

/** What a text box takes besides its keys. */
const typingPrompts: Partial<Record<InputContext, string>> = {
	search: 'type to search',
	find: 'type the words to find',
	tags: 'type to filter',
	'full-text-box': 'type a phrase',
};

const chapterCommands: ReadonlySet<Command> = new Set(['next-chapter', 'previous-chapter', 'show-toc']);

/** The keys that do something in `context`, led by what the box there takes; no chapter keys for a work that marks no chapters. */
function hintsFor(context: InputContext, state?: AppState): string {
	const unmarked = context === 'reader' && state?.reader?.status === 'ready' && state.reader.view.toc.length === 0;
	return [typingPrompts[context], statusHints(context, unmarked ? chapterCommands : undefined)].filter(Boolean).join(' · ');
}

/** The bottom line: where you are in the work, and the keys that matter here. */
export function StatusBar({state, work}: Props) {
	const theme = useTheme();
	const context = inputContext(state);
	const find = state.reader?.status === 'ready' ? state.reader.find : null;
	if (context === 'find' && find) return <FindLine query={find.query} columns={state.columns} />;
	const position = state.focus === 'reader' && !state.overlay ? readerPosition(state, work) : '';
	// No total yet while the folder is walked (or, on a warm start, while the whole index loads).
	const scan = state.scan ? (state.scan.total === 0 ? 'Scanning…' : `Scanning ${formatCount(state.scan.done)}/${formatCount(state.scan.total)} files`) : '';
	// A query that cannot be read: its problem here too, as far as it fits (the list shows all of it).
	const problem = context === 'search' ? state.search.error : null;
	const text = state.message === null ? [scan, position, problem, hintsFor(context, state)].filter(Boolean).join(separator) : withNote([scan, position].filter(Boolean).join(separator), state.message, state.columns);
	return (
		<Box width={state.columns} height={1}>
			<Text {...theme.status} wrap="truncate">
				{fitHints(text, state.columns).padEnd(state.columns, ' ')}
			</Text>
		</Box>
	);
}

/**
 * A note after where you are: the place is cut to leave the note whole when it can, but keeps half the line
 * (a long note is cut then). At 80 columns the reader's place ("page 930/1888 · 49% · ch 50/100 · 13 min
 * left in chapter, …") left no room, and notes showed as a bare "…".
 */
export function withNote(place: string, note: string, columns: number): string {
	if (place === '') return truncateToWidth(note, columns);
	const placeWidth = Math.min(stringWidth(place), Math.max(columns - stringWidth(note) - separator.length, Math.floor(columns / 2)));
	return `${truncateToWidth(place, placeWidth)}${separator}${truncateToWidth(note, columns - placeWidth - separator.length)}`;
}

const separator = '  │  ';

/** The hint for the key that lists all the others, kept in sight when the status line is cut. */
const helpHint = ' · ? help';

/**
 * The status line fitted to `columns`: whole hints dropped from its end, but for `? help`, which stays (at
 * 80 columns the list's hints end past it) and says where the others are; else cut with ….
 */
export function fitHints(text: string, columns: number): string {
	if (stringWidth(text) <= columns || !text.endsWith(helpHint) || columns < 2 * helpHint.length) return truncateToWidth(text, columns);
	let head = text.slice(0, -helpHint.length);
	while (stringWidth(head) + helpHint.length > columns && head.includes(' · ')) head = head.slice(0, head.lastIndexOf(' · '));
	return truncateToWidth(head, columns - helpHint.length) + helpHint;
}

/** The reader's find box, in place of the status bar while it has the keyboard. */
function FindLine({query, columns}: {query: string; columns: number}) {
	return (
		<Box width={columns} height={1}>
			<Text bold>Find: </Text>
			<Text wrap="truncate">{truncateStartToWidth(query, columns - 30)}</Text>
			<Text inverse> </Text>
			<Text dimColor>{'  ' + hintsFor('find')}</Text>
		</Box>
	);
}

function readerPosition(state: AppState, work: WorkListing | undefined): string {
	const reader = state.reader;
	if (reader?.status !== 'ready' || !work) return '';
	if (reader.ended) return 'end of the work';
	const {height} = readerGeometry(state);
	const {page, pages} = reader.pager.pageInfo(reader.top, height);
	// On the last page the whole text has been seen, whatever the top's offset.
	const atEnd = reader.pager.page(reader.top, height).atEnd;
	const progress = atEnd ? 1 : reader.pager.progress(reader.top);
	const percent = Math.round(progress * 100);
	const chapter = chapterAt(reader.view.toc, reader.top.paragraph);
	const find = reader.find;
	const hit = find && find.hits.length > 0 ? `hit ${find.current + 1}/${find.hits.length}` : '';
	return [pages === null ? `${percent}%` : `page ${page}/${pages} · ${percent}%`, chapter ? `ch ${chapter.number}/${chapter.count}` : '', timeLeft(reader, work, progress, chapter?.number), hit].filter(Boolean).join(' · ');
}

/** Reading time left in the chapter and in the work, from the work's words and how far into the text the page is. */
function timeLeft(reader: ReadyReader, work: WorkListing, progress: number, chapter: number | undefined): string {
	const left = (fraction: number) => readingTime(Math.round(work.words * Math.max(0, fraction)))?.replace('about ', '');
	const inWork = left(1 - progress);
	if (!inWork) return '';
	const next = chapter === undefined ? undefined : reader.view.toc[chapter];
	const inChapter = next ? left(reader.pager.progress({paragraph: next.paragraph, char: 0}) - progress) : undefined;
	return inChapter ? `${inChapter} left in chapter, ${inWork} in work` : `${inWork} left`;
}
