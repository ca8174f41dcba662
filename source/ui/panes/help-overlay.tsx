import React from 'react';
import {Box, Text} from 'ink';
import {helpLayout, textLines} from '../lines/help-lines.js';
import type {HelpKind} from '../state/overlay-model.js';

const titles: Record<HelpKind, string> = {help: 'ficread keys (? or Esc to close', 'query-help': 'Search syntax (Esc to close'};

/** The `?` screen and the search box's syntax, drawn from the keymap and the syntax table so they always tell the truth. */
export function HelpOverlay({kind = 'help', width, height, top}: {kind?: HelpKind; width: number; height: number; top: number}) {
	const lines = textLines(kind, width);
	const {rows, visibleRows} = helpLayout(width, height, kind);
	const more = top + visibleRows < rows;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			{/* One row, as helpLayout counts it: wrapped on a narrow screen, its second row was drawn over by the first key line. The status bar says the same keys. */}
			<Text bold wrap="truncate">
				{`${titles[kind]}${more || top > 0 ? ', j/k to scroll' : ''})`}
			</Text>
			{lines.slice(top, top + visibleRows).map((line, index) => (
				<Text key={index} bold={line.heading} wrap="truncate">
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
