import React from 'react';
import {Box, Text} from 'ink';
import {truncateToWidth} from '../../core/output/fit-width.js';
import {formatCount} from '../../core/output/format-numbers.js';
import type {WorkListing} from '../../core/work.js';
import {type AppState, inputContext, readerGeometry} from '../state/app-state.js';
import {chapterAt} from './chapter-at.js';

type Props = {
	state: AppState;
	work: WorkListing | undefined;
};

const hints = {
	list: '↑↓ move · Enter read · / search · s sort · r read · l later · x skipped · ? help · q quit',
	search: 'type to search · Enter keep · Esc clear · ↑↓ move',
	reader: 'Space/b page · [ ] chapter · t contents · m mark · \' marks · / find · Esc list · ? help',
	find: 'type the words to find · Enter search · Esc close',
	sidebar: 'j/k scroll · Space/b page · Esc close · ? help',
	overlay: '↑↓ choose · Enter go · Esc close',
} as const;

/** The bottom line: where you are in the work, and the keys that matter here. */
export function StatusBar({state, work}: Props) {
	const context = inputContext(state);
	const find = state.reader?.status === 'ready' ? state.reader.find : null;
	if (context === 'find' && find) return <FindLine query={find.query} columns={state.columns} />;
	const position = state.focus === 'reader' && context !== 'overlay' ? readerPosition(state, work) : '';
	const scan = state.scan ? `Scanning ${formatCount(state.scan.done)}/${formatCount(state.scan.total)} files` : '';
	const text = [scan, position, state.message ?? hints[context]].filter(Boolean).join('  │  ');
	return (
		<Box width={state.columns} height={1}>
			<Text inverse wrap="truncate">
				{truncateToWidth(text, state.columns).padEnd(state.columns, ' ')}
			</Text>
		</Box>
	);
}

/** The reader's find box, in place of the status bar while it has the keyboard. */
function FindLine({query, columns}: {query: string; columns: number}) {
	return (
		<Box width={columns} height={1}>
			<Text bold>Find: </Text>
			<Text wrap="truncate">{query.length > columns - 30 ? '…' + query.slice(-(columns - 31)) : query}</Text>
			<Text inverse> </Text>
			<Text dimColor>{'  ' + hints.find}</Text>
		</Box>
	);
}

function readerPosition(state: AppState, work: WorkListing | undefined): string {
	const reader = state.reader;
	if (reader?.status !== 'ready' || !work) return '';
	const {height} = readerGeometry(state);
	const {page, pages} = reader.pager.pageInfo(reader.top, height);
	// On the last page the whole text has been seen, whatever the top's offset.
	const atEnd = reader.pager.page(reader.top, height).atEnd;
	const percent = atEnd ? 100 : Math.round(reader.pager.progress(reader.top) * 100);
	const chapter = chapterAt(reader.details.toc, reader.top.paragraph);
	const find = reader.find;
	const hit = find && find.hits.length > 0 ? `hit ${find.current + 1}/${find.hits.length}` : '';
	return [pages === null ? `${percent}%` : `page ${page}/${pages} · ${percent}%`, chapter ? `ch ${chapter.number}/${chapter.count}` : '', hit].filter(Boolean).join(' · ');
}
