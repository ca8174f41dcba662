import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';

type Props = {
	title: string;
	empty: string;
	labels: readonly string[];
	/** The highlighted item; the reducer owns it. */
	selected: number;
	width: number;
	height: number;
};

/**
 * A short list to pick from (skipped files, bookmarks, chapters), drawn by
 * ink-select-input. Its keys are off: it reads a stale highlight when two
 * keys arrive before a redraw, so the reducer moves the highlight (through
 * the keymap, like every key) and the list is redrawn from it.
 */
export function PickListOverlay({title, empty, labels, selected, width, height}: Props) {
	const items = labels.map((label, index) => ({key: String(index), label, value: index}));
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1} overflow="hidden">
			<Text bold>{title}</Text>
			{items.length === 0 ? (
				<Text dimColor>{empty}</Text>
			) : (
				// Keyed by the highlight: ink-select-input takes it only as its initial index.
				<SelectInput key={`${items.length}:${selected}`} isFocused={false} items={items} initialIndex={Math.min(selected, items.length - 1)} limit={Math.max(1, height - 3)} />
			)}
		</Box>
	);
}
