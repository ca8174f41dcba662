import wrapAnsi from 'wrap-ansi';
import {contextTitles, type InputContext, type KeyContext, keyContexts, keyLabel, keymap} from '../input/keymap.js';

export type HelpLine = {text: string; heading: boolean};

const keysWidth = 18;
// The border takes two columns and two rows, the padding two columns, the title a row.
const chromeColumns = 4;
const chromeRows = 3;

/**
 * The help screen's lines, straight from the keymap, at `width` columns: one
 * block per context, a heading and a line per binding, descriptions wrapped
 * under themselves, never cut.
 */
export function helpLines(width: number): HelpLine[] {
	const room = Math.max(10, width - chromeColumns - keysWidth - 3);
	const lines: HelpLine[] = [];
	for (const context of keyContexts) {
		if (lines.length > 0) lines.push({text: '', heading: false});
		lines.push({text: contextTitles[context], heading: true});
		for (const binding of keymap.filter(binding => binding.context === context)) {
			const keys = binding.keys.map(keyLabel).join(' ').padEnd(keysWidth);
			const [first = '', ...rest] = wrapAnsi(binding.description, room, {hard: true, trim: true}).split('\n');
			lines.push({text: `  ${keys} ${first}`, heading: false});
			for (const more of rest) lines.push({text: `  ${' '.repeat(keysWidth)} ${more}`, heading: false});
		}
	}

	return lines;
}

/** How many lines the help has at `width`, and how many a box of `height` shows; it scrolls when they do not fit. */
export function helpLayout(width: number, height: number): {rows: number; visibleRows: number} {
	return {rows: helpLines(width).length, visibleRows: Math.max(1, height - chromeRows)};
}

/** The keymap block for what had the keyboard when `?` was pressed: the help opens there. */
const blockFor: Record<InputContext, KeyContext> = {
	list: 'list',
	search: 'search',
	reader: 'reader',
	find: 'find',
	sidebar: 'sidebar',
	help: 'overlay',
	skipped: 'overlay',
	bookmarks: 'bookmarks',
	toc: 'jump-list',
	tags: 'tags',
	'too-small': 'too-small',
};

/** The line of the help where the block for `context` starts. */
export function helpLineOf(context: InputContext, width: number): number {
	const title = contextTitles[blockFor[context]];
	return Math.max(0, helpLines(width).findIndex(line => line.heading && line.text === title));
}
