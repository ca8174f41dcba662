import React from 'react';
import {Box, Text} from 'ink';
import {truncateToWidth} from '../../core/output/fit-width.js';
import type {Mark} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import type {ReaderModel} from '../state/reader-model.js';
import {chapterAt} from '../../core/chapter-at.js';
import {EndPage} from './end-page.js';
import {ReaderLine} from './reader-line.js';
import {useTheme} from '../theme.js';

type Props = {
	reader: ReaderModel | null;
	work: WorkListing | undefined;
	width: number;
	height: number;
	textWidth: number;
	textHeight: number;
	focused: boolean;
	/** The open work's mark, and the titles of the works after and before it, for the end-of-work page. */
	mark?: Mark;
	next?: string | undefined;
	previous?: string | undefined;
};

/**
 * The open work: a title line, then one page of wrapped text. Only the lines
 * on screen are asked of the pager, whatever the length of the work.
 */
export function ReaderPane({reader, work, width, height, textWidth, textHeight, focused, mark = 'unread', next, previous}: Props) {
	if (!reader || !work) {
		return (
			<Box width={width} height={height} paddingX={2} flexDirection="column">
				<Text dimColor>Select a work and press Enter to read it.</Text>
			</Box>
		);
	}

	const chapter = reader.status === 'ready' ? chapterAt(reader.view.toc, reader.top.paragraph) : undefined;
	const heading = chapter ? `${work.title} · ${chapter.title}` : work.title;
	// The text column is centred in the pane, with a margin of two columns at least.
	const margin = Math.max(2, Math.floor((width - textWidth) / 2));
	return (
		<Box width={width} height={height} paddingLeft={margin} flexDirection="column" overflow="hidden">
			<Text bold={focused} dimColor={!focused} wrap="truncate">
				{truncateToWidth(heading, Math.max(1, width - margin - 2))}
			</Text>
			<Box flexDirection="column" marginTop={1} width={textWidth}>
				{reader.status === 'ready' && reader.ended ? (
					<EndPage work={work} mark={mark} next={next} previous={previous} width={textWidth} />
				) : (
					<ReaderText reader={reader} textWidth={textWidth} textHeight={textHeight} />
				)}
			</Box>
		</Box>
	);
}

function ReaderText({reader, textWidth, textHeight}: {reader: ReaderModel; textWidth: number; textHeight: number}) {
	const theme = useTheme();
	if (reader.status === 'loading') return <Text dimColor>Opening…</Text>;
	if (reader.status === 'error') return <Text {...theme.warning}>{reader.message}</Text>;
	const {lines} = reader.pager.page(reader.top, textHeight);
	if (lines.length === 0) return <Text dimColor>This work has no text.</Text>;
	const hits = reader.find?.hits ?? [];
	const current = reader.find ? hits[reader.find.current] : undefined;
	const blocks = reader.view.body.blocks;
	return (
		<>
			{lines.map((line, index) => (
				<ReaderLine key={index} line={line} block={line.paragraph >= 0 ? blocks?.[line.paragraph] : undefined} width={textWidth} hits={hits} current={current} />
			))}
		</>
	);
}
