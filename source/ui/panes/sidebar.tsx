import React, {memo, useMemo} from 'react';
import {Box, Text} from 'ink';
import type {FieldMatch} from '../../core/search/search-engine.js';
import type {SpoilerField} from '../../core/spoilers.js';
import type {WorkDetails, WorkListing} from '../../core/work.js';
import {copiesOf} from '../../core/work-copies.js';
import {sidebarLines} from '../lines/sidebar-lines.js';

type Props = {
	work: WorkListing | undefined;
	/** The library, where the work's other copies are found. */
	works: readonly WorkListing[];
	/** Null until the work's file has been read. */
	details: WorkDetails | null;
	matches: readonly FieldMatch[] | undefined;
	/** What spoiler-safe mode hides now; nothing when absent. */
	hidden?: ReadonlySet<SpoilerField>;
	width: number;
	height: number;
	/** First line shown: the sidebar scrolls when the metadata is longer than the pane. */
	top: number;
};

/** Everything parsed for the selected work, in AO3's order. Memoized: a keystroke that only echoes the query leaves it as it was. */
export const Sidebar = memo(function Sidebar({work, works, details, matches, hidden, width, height, top}: Props) {
	const textWidth = Math.max(1, width - 2);
	// The sidebar is drawn again on every key, a page turn in the reader too; wrapping every field is the costly part.
	const lines = useMemo(() => (work ? sidebarLines(work, details, textWidth, matches, copiesOf(works, work), hidden) : []), [work, works, details, textWidth, matches, hidden]);
	if (!work) return <Box width={width} height={height} />;
	const first = Math.max(0, Math.min(top, lines.length - height));
	const shown = lines.slice(first, first + height);
	const more = first + height < lines.length;
	return (
		<Box flexDirection="column" width={width} height={height} paddingLeft={1} overflow="hidden">
			{shown.map((line, index) => {
				const isLast = index === shown.length - 1;
				if (isLast && more) {
					return (
						<Text key={index} dimColor>
							{`↓ more (J/K)`}
						</Text>
					);
				}

				return line.kind === 'label' ? (
					<Text key={index} bold underline={line.matched} wrap="truncate">
						{line.text}
					</Text>
				) : (
					<Text key={index} wrap="truncate">
						{line.text}
					</Text>
				);
			})}
		</Box>
	);
});
