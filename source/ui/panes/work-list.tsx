import React from 'react';
import {Box, Text} from 'ink';
import {formatCount} from '../../core/output/format-numbers.js';
import {getWork} from '../../core/state/reading-state.js';
import {type AppState, inputContext, matchesAt} from '../state/app-state.js';
import {listCapacity} from '../state/geometry.js';
import {sortName} from '../state/list-model.js';
import {showsSearchLine} from '../state/search-model.js';
import {useTheme} from '../theme.js';
import {SearchBox} from './search-box.js';
import {WorkRow} from './work-row.js';

type Props = {
	state: AppState;
	width: number;
	height: number;
	/** The search box is drawn above every pane (full width, while typing): the list leaves out its heading line. */
	searchAbove?: boolean;
};

/**
 * The work list: a window of rows over `state.order`. Only the rows on screen
 * are rendered, so a library of 50,000 works costs what a page of them costs.
 */
export function WorkList({state, width, height, searchAbove = false}: Props) {
	const capacity = listCapacity(state);
	const {list, search} = state;
	const rows = list.order.slice(list.top, list.top + capacity);
	// Drawn as focused only while it takes the keys: not under typing, nor beside a sidebar that has them.
	const focused = inputContext(state) === 'list';
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{searchAbove ? null : showsSearchLine(search) ? (
				<LibrarySearchBox state={state} width={width} />
			) : (
				<Text bold wrap="truncate">
					{libraryHeading(state)}
				</Text>
			)}
			{search.error === null ? null : <QueryProblem problem={search.error} />}
			{rows.length === 0 ? <Text dimColor>{search.query ? '  No work matches.' : '  Nothing to show.'}</Text> : null}
			{rows.map((workIndex, offset) => (
				<WorkRow
					key={workIndex}
					work={state.works[workIndex]!}
					width={width}
					selected={list.top + offset === list.selected}
					focused={focused}
					matches={matchesAt(state, list.top + offset)}
					reading={getWork(state.reading, state.stateKeys[workIndex]!)}
				/>
			))}
		</Box>
	);
}

/**
 * A query that cannot be read, whole, over the last list it gave: the search
 * and status lines are one row each, too short for the list of known fields
 * at 100 columns or under.
 */
function QueryProblem({problem}: {problem: string}) {
	const theme = useTheme();
	return (
		<Box paddingX={1}>
			<Text wrap="wrap" {...theme.warning}>
				{problem}
			</Text>
		</Box>
	);
}

/** The search box over the list: the query, and how many works of the library it lists. */
export function LibrarySearchBox({state, width}: {state: AppState; width: number}) {
	const {list, search} = state;
	return <SearchBox query={search.query} error={search.error} hits={list.order.length} total={list.sortedOrder.length} active={search.editing} width={width} />;
}

/** `Library · 1,234 works · by words` (scan progress is in the status bar, which has the room). */
function libraryHeading(state: AppState): string {
	// While a warm start has only the head of its index in, the library's count is the index's.
	const count = state.scan?.works ?? state.list.sortedOrder.length;
	const parts = [`Library · ${formatCount(count)} ${count === 1 ? 'work' : 'works'}`];
	if (state.list.sortKey !== 'title' || state.list.sortReversed) parts.push(sortName(state.list.sortKey, state.list.sortReversed));
	return parts.join(' · ');
}
