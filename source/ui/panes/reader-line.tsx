import React from 'react';
import {Text} from 'ink';
import {hitsBetween, type TextHit} from '../../core/find-in-text.js';
import type {PageLine} from '../../core/pager/pager.js';
import {blockIndent} from '../../core/rich/block-indent.js';
import {styledRuns} from '../../core/rich/styled-runs.js';
import stringWidth from 'string-width';
import type {BlockStyle} from '../../core/work.js';
import {useTheme} from '../theme.js';

type Props = {
	line: PageLine;
	/** What kind of block the line's paragraph is, with its emphasis; undefined for plain text. */
	block: BlockStyle | undefined;
	/** The text column's width, to centre scene breaks in. */
	width: number;
	/** Hits of an in-text search; the current one is drawn strongest. */
	hits: readonly TextHit[];
	current: TextHit | undefined;
};

/**
 * One line of the page: its emphasis as terminal attributes (italic, bold,
 * underline, strikethrough), its block set apart (headings bold, scene breaks
 * centred, quotes and list items indented, notes dimmed), and search hits in
 * inverse video over all that (visible without colour), the current hit also
 * underlined and bold.
 */
export function ReaderLine({line, block, width, hits, current}: Props) {
	const theme = useTheme();
	if (line.paragraph < 0 || line.text === '') return <Text> </Text>;
	const onLine = hitsBetween(hits, line.paragraph, line.start, line.end).map(hit => ({start: hit.start, end: hit.end, current: hit === current}));
	const runs = styledRuns(line.text, line.start, block?.spans, onLine);
	const kind = block?.kind ?? 'text';
	const pad = kind === 'scene-break' ? Math.max(0, Math.floor((width - stringWidth(line.text)) / 2)) : blockIndent(block);
	const blockStyle = kind === 'heading' ? theme.heading : kind === 'note' ? (block?.label ? theme.noteLabel : theme.note) : {};
	return (
		<Text {...blockStyle}>
			{pad > 0 ? ' '.repeat(pad) : ''}
			{runs.map((run, index) => {
				const match = run.match === 'current' ? theme.currentMatch : run.match === 'hit' ? theme.match : {};
				return (
					<Text
						key={index}
						{...match}
						italic={run.styles.has('italic') || undefined}
						bold={run.styles.has('bold') || match.bold || undefined}
						underline={run.styles.has('underline') || match.underline || undefined}
						strikethrough={run.styles.has('strike') || undefined}
					>
						{run.text}
					</Text>
				);
			})}
		</Text>
	);
}
