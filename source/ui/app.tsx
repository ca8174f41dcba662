import React, {useEffect, useMemo, useReducer, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import type {LiveLibrary} from '../core/library/live-library.js';
import {folderOf} from '../core/state/reader-settings.js';
import {emptyState, getWork, type StateFile} from '../core/state/reading-state.js';
import {chapterAt} from '../core/chapter-at.js';
import type {Position} from '../core/pager/position.js';
import {displaySafe} from '../core/text/display-safe.js';
import type {Skipped, WorkListing} from '../core/work.js';
import {useAppInput} from './hooks/use-app-input.js';
import {statusHints} from './input/status-hints.js';
import {listedWorks, useLibraryUpdates} from './hooks/use-library-updates.js';
import {usePageCounter} from './hooks/use-page-counter.js';
import {type ReadingSink, useReadingSaver} from './hooks/use-reading-saver.js';
import {useSearch} from './hooks/use-search.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useWorkLoader} from './hooks/use-work-loader.js';
import {HelpOverlay} from './panes/help-overlay.js';
import {PickListOverlay} from './panes/pick-list-overlay.js';
import {PreviewPane} from './panes/preview-pane.js';
import {ReaderPane} from './panes/reader-pane.js';
import {Sidebar} from './panes/sidebar.js';
import {StatusBar} from './panes/status-bar.js';
import {LibrarySearchBox, WorkList} from './panes/work-list.js';
import {type AppState, detailsAt, initialState, layoutOf, selectedWork, sidebarMatches, sidebarWork} from './state/app-state.js';
import {readerGeometry} from './state/geometry.js';
import {minColumns, minRows} from './state/layout.js';
import {orderFor} from './state/list-model.js';
import {scrollListToSelection} from './state/list-update.js';
import {workState} from './state/reading-record.js';
import {update} from './state/update.js';
import {ThemeContext, themeFor, type ThemeName} from './theme.js';

export type AppProps = {
	root: string;
	/** The works when there is no live `library` (tests of a fixed library). */
	works?: readonly WorkListing[];
	skipped?: readonly Skipped[];
	columns: number;
	rows: number;
	readingWidth: number | null;
	/** The colours; mono whatever is asked under NO_COLOR. Dark when not given. */
	theme?: ThemeName | null;
	/** The folder's key for what is remembered per folder (its absolute path); none in tests that do not save. */
	folder?: string;
	/** Per work, the key of its reading state. */
	stateKeys?: readonly string[];
	reading?: StateFile;
	/** Receives the reading state whenever it changes; absent in tests that do not save. */
	saver?: ReadingSink;
	/** Shown once in the status bar (e.g. a state file that was set aside). */
	message?: string | null;
	/** The library, kept current while a scan runs and files change; the first frame shows its snapshot. */
	library?: Pick<LiveLibrary, 'subscribe' | 'snapshot'>;
};

/** The reader: composes the panes over one reducer-held state. */
export function App(props: AppProps) {
	const {exit} = useApp();
	const [first] = useState(() => props.library?.snapshot());
	const [state, dispatch] = useReducer(update, props, (initial): AppState => {
		const listed = first ? listedWorks(first) : undefined;
		const works = listed?.works ?? initial.works ?? [];
		const stateKeys = listed?.stateKeys ?? initial.stateKeys ?? works.map(work => `path:${work.path}`);
		const reading = initial.reading ?? emptyState();
		const left = initial.folder === undefined ? null : folderOf(reading, initial.folder);
		const sortKey = left?.sortKey ?? 'title';
		const sortReversed = left?.sortReversed ?? false;
		return scrollListToSelection(initialState({
			works,
			skipped: first ? first.skipped : (initial.skipped ?? []),
			scan: first?.progress,
			stateKeys,
			reading,
			columns: initial.columns,
			rows: initial.rows,
			sortedOrder: orderFor(works, stateKeys, reading, sortKey, sortReversed),
			sortKey,
			sortReversed,
			folder: initial.folder ?? null,
			readingWidth: initial.readingWidth,
			message: initial.message ? displaySafe(initial.message) : undefined,
		}));
	});
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);

	useTerminalSize(dispatch);
	useLibraryUpdates(props.library, first, dispatch);
	useSearch(state.works, state.search.query, dispatch, state.reading, state.stateKeys);
	useWorkLoader(props.root, state.works, state.reader, selectedWork(state), dispatch);
	useAppInput(dispatch);
	usePageCounter(state.reader?.status === 'ready' ? state.reader.pager : undefined, state.reader?.workIndex, dispatch);
	useReadingSaver(props.saver, state.reading);

	const theme = useMemo(() => themeFor(props.theme ?? null), [props.theme]);
	return (
		<ThemeContext.Provider value={theme}>
			<Screen state={state} props={props} />
		</ThemeContext.Provider>
	);
}

function Screen({state, props}: {state: AppState; props: AppProps}) {
	const layout = layoutOf(state);
	if (layout.kind === 'too-small') {
		return (
			<Box flexDirection="column" width={state.columns} height={state.rows - 1} alignItems="center" justifyContent="center">
				<Text>{`Terminal too small (${state.columns}×${state.rows}); ficread needs ${minColumns}×${minRows}.`}</Text>
				<Text dimColor>{statusHints('too-small')}</Text>
			</Box>
		);
	}

	if (state.works.length === 0 && state.scan === null) return <EmptyLibrary root={props.root} skipped={state.skipped.length} state={state} />;

	const readerWork = state.reader ? state.works[state.reader.workIndex] : undefined;
	const described = sidebarWork(state);
	const sidebar = {
		work: described === undefined ? undefined : state.works[described],
		works: state.works,
		details: described === undefined ? null : detailsAt(state, described),
		matches: sidebarMatches(state),
		top: state.sidebar.top,
		height: layout.height,
	};
	const {width: textWidth, height: textHeight} = readerGeometry(state);
	// On the list screen, the room beside the list previews the work under the cursor, unless it is the open one.
	const selected = selectedWork(state);
	const previewed = state.focus === 'list' && selected !== undefined && selected !== state.reader?.workIndex ? selected : undefined;

	// While typing a query, its box spans the screen so a long one stays in sight; the panes below lose their last line.
	const searchAbove = state.overlay === null && state.search.editing;
	return (
		<Box flexDirection="column" width={state.columns} height={layout.height + 1}>
			{searchAbove ? <LibrarySearchBox state={state} width={state.columns} /> : null}
			<Box height={searchAbove ? layout.height - 1 : layout.height} overflow="hidden">
				{state.overlay ? (
					<Overlay state={state} props={props} height={layout.height} />
				) : (
					<>
						{layout.list > 0 ? (
							<Box borderStyle="single" borderTop={false} borderBottom={false} borderLeft={false} width={layout.list} height={layout.height}>
								<WorkList state={state} width={layout.list - 1} height={layout.height} searchAbove={searchAbove} />
							</Box>
						) : null}
						{layout.reader > 0 && layout.sidebarOverReader ? <Sidebar {...sidebar} width={layout.reader} /> : null}
						{layout.reader > 0 && !layout.sidebarOverReader && previewed !== undefined ? (
							<PreviewPane
								work={state.works[previewed]!}
								details={detailsAt(state, previewed)}
								body={state.prefetched?.workIndex === previewed ? state.prefetched.body : null}
								reading={workState(state, previewed)}
								width={layout.reader}
								height={layout.height}
							/>
						) : null}
						{layout.reader > 0 && !layout.sidebarOverReader && previewed === undefined ? (
							<ReaderPane
								reader={state.reader}
								work={readerWork}
								width={layout.reader}
								height={layout.height}
								textWidth={textWidth}
								textHeight={textHeight}
								focused={state.focus === 'reader'}
								mark={state.reader ? workState(state, state.reader.workIndex).mark : 'unread'}
								next={nextTitle(state)}
							/>
						) : null}
						{layout.sidebar > 0 ? (
							<Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} width={layout.sidebar} height={layout.height}>
								<Sidebar {...sidebar} width={layout.sidebar - 1} />
							</Box>
						) : null}
					</>
				)}
			</Box>
			<StatusBar state={state} work={readerWork} />
		</Box>
	);
}

/** The title of the work after the open one in the list, for the end-of-work page. */
function nextTitle(state: AppState): string | undefined {
	const row = state.reader ? state.list.order.indexOf(state.reader.workIndex) : -1;
	const next = row < 0 ? undefined : state.list.order[row + 1];
	return next === undefined ? undefined : state.works[next]!.title;
}

function Overlay({state, props, height}: {state: AppState; props: AppProps; height: number}) {
	const width = state.columns;
	const overlay = state.overlay;
	switch (overlay?.kind) {
		case 'help': {
			return <HelpOverlay width={width} height={height} top={overlay.top} />;
		}

		case 'skipped': {
			const labels = state.skipped.map(file => displaySafe(`${file.path} — ${file.reason}`));
			return <PickListOverlay title={`Skipped files: ${labels.length} (x or Esc closes)`} empty="Every file was read." labels={labels} selected={overlay.item} width={width} height={height} />;
		}

		case 'bookmarks': {
			const work = state.reader ? getWork(state.reading, state.stateKeys[state.reader.workIndex]!) : undefined;
			// The state file is ours, but it is a file on disk: its text is shown as untrusted.
			const reader = state.reader?.status === 'ready' ? state.reader : undefined;
			// Where each is: its chapter and how far into the work, then its words.
			const where = (position: Position) => {
				const chapter = reader ? chapterAt(reader.details.toc, position.paragraph) : null;
				const percent = reader ? `${Math.round(reader.pager.progress(reader.view.toShown(position)) * 100)}%` : '';
				return [chapter ? `ch ${chapter.number}` : '', percent].filter(Boolean).join(' · ');
			};

			const labels = (work?.bookmarks ?? []).map(bookmark => displaySafe(`${formatTime(bookmark.createdAt)}  ${where(bookmark.position)}  ${bookmark.excerpt}`));
			return <PickListOverlay title="Bookmarks (Enter jumps, d deletes, Esc closes)" empty="No bookmarks yet: press m in the reader to add one." labels={labels} selected={overlay.item} width={width} height={height} />;
		}

		case 'toc': {
			const toc = state.reader?.status === 'ready' ? state.reader.view.toc : [];
			return <PickListOverlay title="Contents (Enter jumps, Esc closes)" empty="This work marks no chapters." labels={toc.map(entry => entry.title)} selected={overlay.item} width={width} height={height} />;
		}

		case undefined: {
			return null;
		}
	}
}

// Made when the first bookmark is shown, not at start-up (an Intl object costs milliseconds to make).
let timeFormat: Intl.DateTimeFormat | undefined;

/** A bookmark's time in local time (`2026-11-21 21:50`), or nothing for a time no date can hold. */
function formatTime(ms: number): string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) return '';
	timeFormat ??= new Intl.DateTimeFormat('sv-SE', {dateStyle: 'short', timeStyle: 'short'});
	return timeFormat.format(date);
}

function EmptyLibrary({root, skipped, state}: {root: string; skipped: number; state: AppState}) {
	return (
		<Box flexDirection="column" width={state.columns} height={state.rows - 1} alignItems="center" justifyContent="center">
			<Text bold>No fics found</Text>
			<Text>{`ficread looked for EPUB, HTML, MOBI, AZW3 and text files in ${displaySafe(root)} and found none it could read.`}</Text>
			{skipped > 0 ? <Text>{`${skipped} file${skipped === 1 ? ' was' : 's were'} skipped: run ficread --list to see why.`}</Text> : null}
			<Text dimColor>Press q to quit.</Text>
		</Box>
	);
}
