import React, {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import type {SpoilerField} from '../../core/spoilers.js';
import type {WorkState} from '../../core/state/reading-state.js';
import type {WorkBody, WorkDetails, WorkListing} from '../../core/work.js';
import {previewLines} from '../lines/preview-lines.js';

type Props = {
	work: WorkListing;
	details: WorkDetails | null;
	/** The text, once read ahead for the work under the cursor. */
	body: WorkBody | null;
	reading: WorkState;
	/** What spoiler-safe mode hides now; nothing when absent. */
	hidden?: ReadonlySet<SpoilerField>;
	width: number;
	height: number;
};

/** The selected work, in the room the reader is not using on the list screen. Memoized like the rows. */
export const PreviewPane = memo(function PreviewPane({work, details, body, reading, hidden, width, height}: Props) {
	const textWidth = Math.max(1, width - 4);
	const lines = useMemo(() => previewLines(work, details, body, reading, textWidth, hidden), [work, details, body, reading, textWidth, hidden]);
	return (
		<Box width={width} height={height} paddingX={2} flexDirection="column" overflow="hidden">
			{lines.slice(0, height).map((line, index) => (
				<Text key={index} bold={line.kind === 'title' || line.kind === 'label'} dimColor={line.kind === 'text'} wrap="truncate">
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
});
