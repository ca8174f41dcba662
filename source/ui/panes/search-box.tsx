import React from 'react';
import {Box, Text} from 'ink';
import {truncateStartToWidth, truncateToWidth} from '../../core/output/fit-width.js';
import stringWidth from 'string-width';
import {useTheme} from '../theme.js';

type Props = {
	query: string;
	error: string | null;
	hits: number;
	total: number;
	/** The box has the keyboard: show a cursor. */
	active: boolean;
	width: number;
};

/**
 * One line, never more: `/query▏ 12 of 340`, or the query's problem in place
 * of the count, cut short so that up to 16 columns of the query stay in view
 * (the list shows all of the problem). The count is never cut.
 */
export function SearchBox({query, error, hits, total, active, width}: Props) {
	const theme = useTheme();
	const fixed = 2 + (active ? 1 : 0); // The `/`, the space before the count, the cursor.
	const queryRoom = Math.min(stringWidth(query), 16, Math.floor(width / 2));
	const count = error === null ? `${hits} of ${total}` : truncateToWidth(error, Math.max(1, width - fixed - queryRoom));
	const room = Math.max(1, width - fixed - stringWidth(count));
	const shown = truncateStartToWidth(query, room);
	return (
		<Box width={width} height={1}>
			<Box flexGrow={1}>
				<Text bold>/</Text>
				<Text wrap="truncate">{shown}</Text>
				{active ? <Text inverse> </Text> : null}
			</Box>
			<Text wrap="truncate" {...(error ? theme.warning : {dimColor: true})}>
				{' ' + count}
			</Text>
		</Box>
	);
}
