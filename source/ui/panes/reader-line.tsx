import React from 'react';
import {Text} from 'ink';
import {hitsBetween, type TextHit} from '../../core/find-in-text.js';
import type {PageLine} from '../../core/pager/pager.js';

type Props = {
	line: PageLine;
	/** Hits of an in-text search; the current one is drawn strongest. */
	hits: readonly TextHit[];
	current: TextHit | undefined;
};

/**
 * One line of the page, with search hits in inverse video (visible without
 * colour) and the current hit also underlined.
 */
export function ReaderLine({line, hits, current}: Props) {
	if (line.paragraph < 0 || line.text === '') return <Text> </Text>;
	const onLine = hitsBetween(hits, line.paragraph, line.start, line.end);
	if (onLine.length === 0) return <Text>{line.text}</Text>;
	// `text` begins at the paragraph's `start`, so a range maps by subtracting it.
	const source = line.text;
	const parts: React.ReactNode[] = [];
	let at = 0;
	for (const hit of onLine) {
		const from = Math.max(0, hit.start - line.start);
		const to = Math.min(source.length, hit.end - line.start);
		if (from > at) parts.push(source.slice(at, from));
		if (to > from) {
			parts.push(
				<Text key={from} inverse underline={hit === current} bold={hit === current}>
					{source.slice(from, to)}
				</Text>,
			);
		}

		at = Math.max(at, to);
	}

	if (at < source.length) parts.push(source.slice(at));
	return <Text>{parts}</Text>;
}
