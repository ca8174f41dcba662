import React from 'react';
import {Box, Text} from 'ink';
import {truncateToWidth} from '../../core/output/fit-width.js';
import {warningColor} from '../theme.js';

type Props = {
	query: string;
	error: string | null;
	hits: number;
	total: number;
	/** The box has the keyboard: show a cursor. */
	active: boolean;
	width: number;
};

/** One line: `/query▏ 12 of 340`, or the query's problem in its place. */
export function SearchBox({query, error, hits, total, active, width}: Props) {
	const count = error ?? `${hits} of ${total}`;
	const room = Math.max(1, width - count.length - 4);
	// Keep the end of a long query in view: that is where the typing happens.
	const shown = query.length > room ? '…' + query.slice(-(room - 1)) : query;
	return (
		<Box width={width}>
			<Box flexGrow={1}>
				<Text bold>/</Text>
				<Text wrap="truncate">{shown}</Text>
				{active ? <Text inverse> </Text> : null}
			</Box>
			<Text color={error ? warningColor : undefined} dimColor={!error}>
				{' ' + truncateToWidth(count, Math.max(1, width - 4))}
			</Text>
		</Box>
	);
}
