import React, {useEffect, useMemo, useReducer, useState} from 'react';
import {Box, Text, useApp} from 'ink';
import type {LiveLibrary} from '../core/library/live-library.js';
import {folderOf} from '../core/state/reader-settings.js';
import {emptyState, type StateFile} from '../core/state/reading-state.js';
import {displaySafe} from '../core/text/display-safe.js';
import type {Skipped, WorkListing} from '../core/work.js';
import type {SpoilerLevel} from '../core/spoilers.js';
import {useAppInput} from './hooks/use-app-input.js';
import {useFullText} from './hooks/use-full-text.js';
import {statusHints} from './input/status-hints.js';
import {listedWorks, useLibraryUpdates} from './hooks/use-library-updates.js';
import {usePageCounter} from './hooks/use-page-counter.js';
import {type ReadingSink, useReadingSaver} from './hooks/use-reading-saver.js';
import {useSearch} from './hooks/use-search.js';
import {useSummaries} from './hooks/use-summaries.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useWorkLoader} from './hooks/use-work-loader.js';
import {FullTextPane} from './panes/full-text-pane.js';
import {HelpOverlay} from './panes/help-overlay.js';
import {pageRegion, PickListScreen} from './panes/pick-list-screen.js';
import {PreviewPane} from './panes/preview-pane.js';
import {ReaderPane} from './panes/reader-pane.js';
import {Sidebar} from './panes/sidebar.js';
import {StatusBar} from './panes/status-bar.js';
import {TagBrowser} from './panes/tag-browser.js';
import {LibrarySearchBox, WorkList} from './panes/work-list.js';
import {type AppState, detailsAt, hiddenNow, initialState, layoutOf, selectedWork, sidebarMatches, sidebarWork} from './state/app-state.js';
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
	/** `--spoiler-safe`: on at this level for this run; null or absent for what was saved. */
	spoilerLevel?: SpoilerLevel | null;
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
	library?: Pick<LiveLibrary, 'subscribe' | 'snapshot'> & Partial<Pick<LiveLibrary, 'summaries'>>;
	/** The script full-text search workers run (dist/grep-worker.mjs); absent or null, it searches on this thread. */
	grepWorker?: string | null;
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
			spoilerLevel: initial.spoilerLevel ?? null,
			message: initial.message ? displaySafe(initial.message) : undefined,
		}));
	});
	useEffect(() => {
		if (state.quitting) exit();
	}, [state.quitting, exit]);
	useEffect(() => {
		// Stops ficread as the shell expects, the terminal given back first (see followJobControl).
		if (state.suspends > 0) process.kill(process.pid, 'SIGTSTP');
	}, [state.suspends]);

	useTerminalSize(dispatch);
	useLibraryUpdates(props.library, first, dispatch);
	const summaries = useSummaries(props.library, state.works);
	useSearch(state.works, summaries, state.search.query, dispatch, state.reading, state.stateKeys, state.list.sortedOrder);
	useFullText(props.root, state.works, state.list.sortedOrder, state.fullText, dispatch, props.grepWorker ?? null);
	useWorkLoader(props.root, state.works, state.reader, selectedWork(state), state.prefetched?.workIndex, dispatch);
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
			<Box flexDirection="column" width={state.columns} height={state.rows} alignItems="center" justifyContent="center">
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
		hidden: hiddenNow(state),
		top: state.sidebar.top,
		height: layout.height,
	};
	const {width: textWidth, height: textHeight} = readerGeometry(state);
	// On the list screen, the room beside the list previews the work under the cursor, unless it is the open one.
	const selected = selectedWork(state);
	const previewed = state.focus === 'list' && selected !== undefined && selected !== state.reader?.workIndex ? selected : undefined;

	// While typing a query, its box spans the screen so a long one stays in sight; the panes below lose their last line.
	const searchAbove = state.overlay === null && !state.fullText?.shown && state.search.editing;
	return (
		<Box flexDirection="column" width={state.columns} height={layout.height + 1}>
			{searchAbove ? <LibrarySearchBox state={state} width={state.columns} /> : null}
			<Box height={searchAbove ? layout.height - 1 : layout.height} overflow="hidden">
				{state.overlay?.kind === 'tags' ? (
					<TagBrowser browser={state.overlay.browser} width={state.columns} height={layout.height} />
				) : state.overlay && 'top' in state.overlay ? (
					<HelpOverlay kind={state.overlay.kind} width={state.columns} height={layout.height} top={state.overlay.top} />
				) : state.fullText?.shown ? (
					<FullTextPane model={state.fullText} width={state.columns} height={layout.height} />
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
								hidden={hiddenNow(state)}
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
								next={neighbourTitle(state, 1)}
								previous={neighbourTitle(state, -1)}
							/>
						) : null}
						{layout.sidebar > 0 ? (
							<Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} width={layout.sidebar} height={layout.height}>
								<Sidebar {...sidebar} width={layout.sidebar - 1} />
							</Box>
						) : null}
						{/* Over the page, the panes visible around it. */}
						{state.overlay ? <PickListScreen state={state} region={pageRegion(layout)} /> : null}
					</>
				)}
			</Box>
			<StatusBar state={state} work={readerWork} />
		</Box>
	);
}

/** The title of the work after (`step` 1) or before (-1) the open one in the list, for the end-of-work page. */
function neighbourTitle(state: AppState, step: 1 | -1): string | undefined {
	const row = state.reader ? state.list.order.indexOf(state.reader.workIndex) : -1;
	const neighbour = row < 0 ? undefined : state.list.order[row + step];
	return neighbour === undefined ? undefined : state.works[neighbour]!.title;
}

function EmptyLibrary({root, skipped, state}: {root: string; skipped: number; state: AppState}) {
	return (
		<Box flexDirection="column" width={state.columns} height={state.rows} alignItems="center" justifyContent="center">
			<Text bold>No fics found</Text>
			<Text>{`ficread looked for EPUB, HTML, MOBI, AZW3 and text files in ${displaySafe(root)} and found none it could read.`}</Text>
			{skipped > 0 ? <Text>{`${skipped} file${skipped === 1 ? ' was' : 's were'} skipped: run ficread --list to see why.`}</Text> : null}
			<Text dimColor>Press q to quit.</Text>
		</Box>
	);
}
