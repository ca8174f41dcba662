import React from 'react';
import {Box, Text} from 'ink';
import {helpLayout, helpLines} from '../lines/help-lines.js';

/** The `?` screen, drawn from the keymap table so it always tells the truth. */
export function HelpOverlay({width, height, top}: {width: number; height: number; top: number}) {
	const lines = helpLines(width);
	const {rows, visibleRows} = helpLayout(width, height);
	const more = top + visibleRows < rows;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			<Text bold>{`ficread keys (? or Esc to close${more || top > 0 ? ', j/k to scroll' : ''})`}</Text>
			{lines.slice(top, top + visibleRows).map((line, index) => (
				<Text key={index} bold={line.heading} wrap="truncate">
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
