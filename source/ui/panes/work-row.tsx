import React, {memo} from 'react';
import {Box, Text} from 'ink';
import {formatChapters, formatCompact} from '../../core/output/format-numbers.js';
import {ratingBadge} from '../../core/output/rating-badge.js';
import type {FieldMatch} from '../../core/search/search-engine.js';
import {markNow, newChapters, progressNow} from '../../core/state/chapters-since-read.js';
import type {Mark, WorkState} from '../../core/state/reading-state.js';
import type {WorkListing} from '../../core/work.js';
import {matchReason} from '../lines/match-reason.js';
import {useTheme} from '../theme.js';
import {HighlightText} from './highlight-text.js';

type Props = {
	work: WorkListing;
	width: number;
	selected: boolean;
	/** The list has the keyboard: the selection is drawn strongest then. */
	focused: boolean;
	matches: readonly FieldMatch[] | undefined;
	reading: WorkState;
};

/** Marks as one-column signs, readable without colour. */
const markSigns: Record<Mark, string> = {unread: '', reading: '◐', read: '✓', later: '☆'};

const markRoles = {read: 'markRead', reading: 'markReading', later: 'markLater'} as const;

const statusLabels = {complete: 'done', 'in-progress': 'wip', unknown: ''} as const;

/**
 * Two lines per work: the title (matched characters marked), then the
 * reading mark, chapters new since it was read (`+3 new`), rating, words,
 * chapters, status, progress and author. The selected row carries a `▸` so it is
 * clear without colour. A work read to its end whose file has grown is being
 * read again: it shows as such, its progress measured against the new length.
 * A search hit whose title did not match starts its second line with why it
 * matched (`tag: Slow Burn`, the matched characters marked): first, as the end
 * of the line is the part cut. Memoized: a keystroke that only echoes the
 * query leaves every row as it was, and Ink then lays out only the search line.
 */
export const WorkRow = memo(function WorkRow({work, width, selected, focused, matches, reading}: Props) {
	const theme = useTheme();
	const marker = selected ? '▸ ' : '  ';
	// Ink's wrap="truncate" cuts both lines to the row (with an ellipsis); cutting here too cost a frame's worth of work.
	const {title} = work;
	const titleRanges = (matches ?? []).filter(match => match.field === 'title').flatMap(match => match.indices);
	// The author goes last: it is the one part that may be long, so it is the part cut.
	const added = newChapters(work, reading.postedWhenRead);
	const mark = markNow(work, reading);
	const progress = reading.position ? `${Math.round(progressNow(work, reading) * 100)}%` : '';
	const fresh = added > 0 ? `+${added} new` : '';
	// `+3 new` goes first, by the mark: it is the news of the row, and a list 29 columns wide (at 100×30) cuts the rest.
	const details = [fresh, ratingBadge(work.rating), `${formatCompact(work.words)}w`, formatChapters(work.chapters), statusLabels[work.status], progress, work.authors[0] ?? 'anonymous']
		.filter(Boolean)
		.join(' · ');
	const reason = matchReason(matches);
	return (
		<Box flexDirection="column" width={width}>
			<Text inverse={selected && focused} bold={selected} wrap="truncate">
				{marker}
				<HighlightText text={title} ranges={titleRanges} />
			</Text>
			<Text dimColor={!selected} wrap="truncate">
				{'  '}
				{reason ? (
					<Text>
						{reason.label + ': '}
						<HighlightText text={reason.match.value} ranges={reason.match.indices} />
						{' · '}
					</Text>
				) : null}
				{mark === 'unread' ? null : <Text {...theme[markRoles[mark]]}>{markSigns[mark] + ' · '}</Text>}
				{details}
			</Text>
		</Box>
	);
});
