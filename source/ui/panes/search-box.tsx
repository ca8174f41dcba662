import React from 'react';
import {Box, Text} from 'ink';
import {truncateToWidth} from '../../core/output/fit-width.js';
import stringWidth from '../../core/text/string-width.js';
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

/**
 * One line, never more: `/query▏ 12 of 340`, or the start of the query's
 * problem in place of the count (the status bar shows all of it). The query
 * keeps at least half the line, so what is typed stays in view.
 */
export function SearchBox({query, error, hits, total, active, width}: Props) {
	const fixed = 2 + (active ? 1 : 0); // The `/`, the space before the count, the cursor.
	const count = truncateToWidth(error ?? `${hits} of ${total}`, Math.max(1, width - fixed - Math.min(16, Math.floor(width / 2))));
	const room = Math.max(1, width - fixed - stringWidth(count));
	// Keep the end of a long query in view: that is where the typing happens.
	const shown = stringWidth(query) > room ? '…' + keepEnd(query, room - 1) : query;
	return (
		<Box width={width} height={1}>
			<Box flexGrow={1}>
				<Text bold>/</Text>
				<Text wrap="truncate">{shown}</Text>
				{active ? <Text inverse> </Text> : null}
			</Box>
			<Text wrap="truncate" color={error ? warningColor : undefined} dimColor={!error}>
				{' ' + count}
			</Text>
		</Box>
	);
}

/** The end of `text`, at most `width` columns of it. */
function keepEnd(text: string, width: number): string {
	const characters = [...text];
	let start = characters.length;
	let used = 0;
	while (start > 0 && used + stringWidth(characters[start - 1]!) <= width) used += stringWidth(characters[--start]!);
	return characters.slice(start).join('');
}
