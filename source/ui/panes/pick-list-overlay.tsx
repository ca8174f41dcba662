import React from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {pickListBox, type Region} from '../lines/pick-list-box.js';

type Props = {
	title: string;
	empty: string;
	labels: readonly string[];
	/** The highlighted item; the reducer owns it. */
	selected: number;
	/** The page it is placed over, and the screen's width for when that page is too narrow. */
	region: Region;
	columns: number;
};

/** An item's lines; the highlighted one gets the marker on its first line (the lines keep two columns for it). */
function Item({isSelected = false, label}: {isSelected?: boolean; label: string}) {
	return (
		<Text color={isSelected ? 'blue' : undefined} bold={isSelected}>
			{isSelected ? ` ❯${label.slice(2)}` : label}
		</Text>
	);
}

// The marker is drawn inside the item's padded lines: a separate column would leave the page showing through it.
const noIndicator = () => null;

/**
 * A short list to pick from (skipped files, bookmarks, chapters), drawn by
 * ink-select-input in a box sized to its items, over the page. Its keys are
 * off: it reads a stale highlight when two keys arrive before a redraw, so
 * the reducer moves the highlight (through the keymap, like every key) and
 * the list is redrawn from it.
 */
export function PickListOverlay({title, empty, labels, selected, region, columns}: Props) {
	const box = pickListBox(title, labels.length === 0 ? [empty] : labels, region, columns);
	const items = box.items.map((lines, index) => ({key: String(index), label: lines.join('\n'), value: index}));
	return (
		<Box position="absolute" marginLeft={box.left} marginTop={box.top} flexDirection="column" width={box.width} height={box.height} borderStyle="round" overflow="hidden">
			<Text bold>{box.title.join('\n')}</Text>
			{labels.length === 0 ? (
				<Text dimColor>{items[0]!.label}</Text>
			) : (
				// Keyed by the highlight: ink-select-input takes it only as its initial index.
				<SelectInput
					key={`${items.length}:${selected}`}
					isFocused={false}
					items={items}
					initialIndex={Math.min(selected, items.length - 1)}
					limit={box.visible}
					indicatorComponent={noIndicator}
					itemComponent={Item}
				/>
			)}
		</Box>
	);
}
