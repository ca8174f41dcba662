import React from 'react';
import {Box, Text} from 'ink';
import {countOf, formatCount} from '../../core/output/format-numbers.js';
import type {Mark} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';

type Props = {
	work: WorkListing;
	mark: Mark;
	/** The titles of the works after and before it in the list, where there are such. */
	next: string | undefined;
	previous: string | undefined;
	width: number;
};

/** Whether the work is done, or how much of it is posted. */
export function postedLine(work: WorkListing): string {
	const chapters = work.chapters;
	if (work.status === 'complete') return chapters ? `Complete in ${countOf(chapters.posted, 'chapter')}.` : 'Complete.';
	if (!chapters) return work.status === 'in-progress' ? 'A work in progress.' : '';
	if (chapters.total === null) return `A work in progress: ${countOf(chapters.posted, 'chapter')} posted so far, of a number not yet known.`;
	return `A work in progress: ${formatCount(chapters.posted)} of ${countOf(chapters.total, 'chapter')} posted so far.`;
}

/** The page after the last one: what was read, whether there is more to come, and what to do next. */
export function EndPage({work, mark, next, previous, width}: Props) {
	const steps = [next ? `>  next work: ${next}` : null, previous ? `<  previous work: ${previous}` : null, 'l  mark for later', 'b  back to the last page', 'q  back to the list'].filter(Boolean) as string[];
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">{`The end of ${work.title}`}</Text>
			<Text> </Text>
			<Text wrap="wrap">{`${countOf(work.words, 'word')} by ${work.authors.join(', ') || 'anonymous'}.`}</Text>
			<Text wrap="wrap">{postedLine(work)}</Text>
			<Text dimColor>{mark === 'read' ? 'Marked read.' : `Marked ${mark}: read on from the start or press r to mark it read.`}</Text>
			<Text> </Text>
			{steps.map(step => (
				<Text key={step} wrap="truncate">
					{step}
				</Text>
			))}
		</Box>
	);
}
