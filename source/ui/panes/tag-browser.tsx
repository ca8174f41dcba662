import React from 'react';
import {Box, Text} from 'ink';
import type {FacetKind} from '../../core/facets/count-facets.js';
import {formatCount} from '../../core/output/format-numbers.js';
import {padToWidth, truncateStartToWidth, truncateToWidth} from '../../core/output/fit-width.js';
import {displaySafe} from '../../core/text/display-safe.js';
import {moveHighlight, type TagBrowserModel} from '../state/tag-browser-model.js';

type Props = {
	browser: TagBrowserModel;
	width: number;
	height: number;
};

/** Each kind's word in its column, as short as the query's field names. */
const kindLabels: Record<FacetKind, string> = {
	fandom: 'fandom',
	relationship: 'ship',
	character: 'char',
	tag: 'tag',
	rating: 'rating',
	warning: 'warning',
};

const kindWidth = 8;

/**
 * The tag browser: a title, the filter as typed, then a window of entries
 * (`12  tag      Slow Burn`). Only the entries on screen are drawn, so the
 * labels of 50,000 works cost what a page of them costs. Its height is the
 * border, the two lines on top and `tagBrowserCapacity` entries.
 */
export function TagBrowser({browser, width, height}: Props) {
	const inner = Math.max(1, width - 4);
	const capacity = Math.max(1, height - 4);
	// After a resize the window may not yet hold the highlight: drawn as the next move would place it.
	const {shown, facets, selected, top} = moveHighlight(browser, browser.selected, capacity);
	const countWidth = Math.max(3, formatCount(facets.reduce((most, facet) => Math.max(most, facet.count), 0)).length);
	const order = browser.sort === 'count' ? 'by count' : 'by name';
	const title = `Labels of ${formatCount(browser.works)} ${browser.works === 1 ? 'work' : 'works'} · ${formatCount(shown.length)} shown · ${order}`;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			<Text bold wrap="truncate">
				{truncateToWidth(title, inner)}
			</Text>
			<Box>
				<Text>Filter: </Text>
				<Text wrap="truncate">{truncateStartToWidth(displaySafe(browser.filter), inner - 10)}</Text>
				<Text inverse> </Text>
			</Box>
			{shown.length === 0 ? <Text dimColor>{facets.length === 0 ? '  These works carry no labels.' : '  No label holds what is typed.'}</Text> : null}
			{shown.slice(top, top + capacity).map((index, offset) => {
				const facet = facets[index]!;
				const row = top + offset;
				const line = `${row === selected ? '▸' : ' '} ${formatCount(facet.count).padStart(countWidth)}  ${padToWidth(kindLabels[facet.kind], kindWidth)}${displaySafe(facet.value)}`;
				return (
					<Text key={`${facet.kind}:${facet.value}`} inverse={row === selected} bold={row === selected} wrap="truncate">
						{truncateToWidth(line, inner)}
					</Text>
				);
			})}
		</Box>
	);
}
