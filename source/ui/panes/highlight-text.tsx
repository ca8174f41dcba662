import React from 'react';
import {Text} from 'ink';
import type {RoleStyle} from '../theme.js';

type Props = {
	text: string;
	/** Inclusive [start, end] code-unit ranges to mark, as the search engine reports them. */
	ranges: ReadonlyArray<readonly [number, number]>;
	/** How matched characters look; underlined and bold when not given. */
	style?: RoleStyle;
};

const underlined: RoleStyle = {bold: true, underline: true};

/**
 * Text with matched characters underlined and bold: visible with and without
 * colour (NO_COLOR), and on an inverse-video selected row.
 */
export function HighlightText({text, ranges, style = underlined}: Props) {
	if (ranges.length === 0) return <Text>{text}</Text>;
	const parts: React.ReactNode[] = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		if (end < at || start >= text.length) continue;
		const from = Math.max(start, at);
		if (from > at) parts.push(text.slice(at, from));
		parts.push(
			<Text key={from} {...style}>
				{text.slice(from, end + 1)}
			</Text>,
		);
		at = end + 1;
	}

	if (at < text.length) parts.push(text.slice(at));
	return <Text>{parts}</Text>;
}
