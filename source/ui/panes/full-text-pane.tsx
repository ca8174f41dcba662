import React from 'react';
import {Box, Text} from 'ink';
import {hitLimit} from '../../core/grep/find-phrase.js';
import {formatCount} from '../../core/output/format-numbers.js';
import {truncateStartToWidth, truncateToWidth} from '../../core/output/fit-width.js';
import {displaySafe} from '../../core/text/display-safe.js';
import {phraseRanges} from '../lines/phrase-ranges.js';
import {HighlightText} from './highlight-text.js';
import {type FullTextModel, moveSelection} from '../state/full-text-model.js';
import {useTheme} from '../theme.js';

type Props = {
	model: FullTextModel;
	width: number;
	height: number;
};

/** The progress line: how far the search is, and what it found. */
export function fullTextProgress(model: FullTextModel): string {
	if (model.run === null) return 'Full-text search: type a phrase from the text of a work';
	const hits = `${formatCount(model.hits)}${model.capped ? '+' : ''} ${model.hits === 1 && !model.capped ? 'hit' : 'hits'}`;
	const found = model.hits === 0 ? 'no hits' : `${formatCount(model.works.length)} ${model.works.length === 1 ? 'work' : 'works'}, ${hits}`;
	if (model.done) return `done: searched ${formatCount(model.total)} ${model.total === 1 ? 'work' : 'works'} · ${found}`;
	return `searched ${formatCount(model.searched)} of ${model.total === 0 ? '…' : formatCount(model.total)} works · ${found}`;
}

/**
 * The full-text search: the progress line, the phrase box, then a window of
 * hits grouped by work (the title, then one line per hit: its paragraph and
 * a snippet with the phrase marked). Only the lines on screen are drawn. Its
 * height is the border, the two lines on top and `fullTextCapacity` lines.
 */
export function FullTextPane({model, width, height}: Props) {
	const theme = useTheme();
	const inner = Math.max(1, width - 4);
	const capacity = Math.max(1, height - 4);
	// After a resize the window may not yet hold the highlight: drawn as the next move would place it.
	const {lines, works, selected, top} = moveSelection(model, 0, capacity);
	const folded = model.run?.folded ?? '';
	const empty = model.run === null ? null : model.done ? '  No work holds this phrase.' : '  Searching…';
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			<Text bold wrap="truncate">
				{truncateToWidth(fullTextProgress(model), inner)}
			</Text>
			<Box>
				<Text>Phrase: </Text>
				<Text wrap="truncate">{truncateStartToWidth(displaySafe(model.phrase), inner - 10)}</Text>
				{model.editing ? <Text inverse> </Text> : null}
			</Box>
			{lines.length === 0 && empty ? <Text dimColor>{empty}</Text> : null}
			{lines.slice(top, top + capacity).map((line, offset) => {
				const work = works[line.work]!;
				const row = top + offset;
				if (line.hit < 0) {
					const count = `${work.found}${work.found >= hitLimit ? '+' : ''} ${work.found === 1 ? 'hit' : 'hits'}`;
					// Only the first few hits of a work are listed; the reader's n goes on to the rest.
					const listed = work.found > work.hits.length ? `, the first ${work.hits.length} here (n in the work for more)` : '';
					return (
						<Text key={`${line.work}`} {...theme.heading} wrap="truncate">
							{truncateToWidth(`${displaySafe(work.title)} · ${count}${listed}`, inner)}
						</Text>
					);
				}

				const hit = work.hits[line.hit]!;
				const text = truncateToWidth(`${row === selected ? '▸' : ' '} ¶${hit.paragraph + 1}  ${displaySafe(hit.snippet)}`, inner);
				return (
					<Text key={`${line.work}:${line.hit}`} inverse={row === selected} wrap="truncate">
						<HighlightText text={text} ranges={phraseRanges(text, folded)} style={theme.phrase} />
					</Text>
				);
			})}
		</Box>
	);
}
