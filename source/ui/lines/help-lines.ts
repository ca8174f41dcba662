import wrapAnsi from 'wrap-ansi';
import {querySyntax} from '../../core/search/query-syntax.js';
import type {HelpKind} from '../state/overlay-model.js';
import {contextTitles, keyContexts, keyLabel} from '../input/key-labels.js';
import {type InputContext, type KeyContext, keymap} from '../input/keymap.js';

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
	const lines: HelpLine[] = [];
	for (const context of keyContexts) {
		if (lines.length > 0) lines.push({text: '', heading: false});
		lines.push({text: contextTitles[context], heading: true});
		for (const binding of keymap.filter(binding => binding.context === context)) {
			lines.push(...twoColumns(binding.keys.map(keyLabel).join(' '), binding.description, keysWidth, width));
		}
	}

	return lines;
}

const examplesWidth = 30;

/** The search box's help, from the query syntax table: each form and what it finds, wrapped, never cut. */
export function queryHelpLines(width: number): HelpLine[] {
	const intro = wrapAnsi('Terms are separated by spaces and must all match; a field name narrows the term after it: tag:"slow burn"', Math.max(10, width - chromeColumns), {hard: true, trim: true});
	const lines: HelpLine[] = [...intro.split('\n').map(text => ({text, heading: false})), {text: '', heading: false}];
	for (const row of querySyntax) lines.push(...twoColumns(row.example, row.meaning, examplesWidth, width));
	return lines;
}

/** A help row at `width`: `left` in a column of `leftWidth` (on a line of its own when longer), `right` wrapped under itself. */
function twoColumns(left: string, right: string, leftWidth: number, width: number): HelpLine[] {
	const room = Math.max(10, width - chromeColumns - leftWidth - 3);
	const lines: HelpLine[] = [];
	if (left.length > leftWidth) lines.push({text: `  ${left}`, heading: false});
	const [first = '', ...rest] = wrapAnsi(right, room, {hard: true, trim: true}).split('\n');
	lines.push({text: `  ${(left.length > leftWidth ? '' : left).padEnd(leftWidth)} ${first}`, heading: false});
	for (const more of rest) lines.push({text: `  ${' '.repeat(leftWidth)} ${more}`, heading: false});
	return lines;
}

/** The lines of the keys' help or the query syntax at `width`. */
export function textLines(kind: HelpKind, width: number): HelpLine[] {
	return kind === 'help' ? helpLines(width) : queryHelpLines(width);
}

/** How many lines the help has at `width`, and how many a box of `height` shows; it scrolls when they do not fit. */
export function helpLayout(width: number, height: number, kind: HelpKind = 'help'): {rows: number; visibleRows: number} {
	return {rows: textLines(kind, width).length, visibleRows: Math.max(1, height - chromeRows)};
}

/** The keymap block for what had the keyboard when `?` was pressed: the help opens there. */
const blockFor: Record<InputContext, KeyContext> = {
	list: 'list',
	search: 'search',
	reader: 'reader',
	find: 'find',
	sidebar: 'sidebar',
	help: 'overlay',
	'query-help': 'search',
	skipped: 'overlay',
	bookmarks: 'bookmarks',
	toc: 'jump-list',
	tags: 'tags',
	'full-text-box': 'full-text',
	'full-text-hits': 'full-text',
	'all-bookmarks': 'jump-list',
	'too-small': 'too-small',
};

/** The line of the help where the block for `context` starts. */
export function helpLineOf(context: InputContext, width: number): number {
	const title = contextTitles[blockFor[context]];
	return Math.max(0, helpLines(width).findIndex(line => line.heading && line.text === title));
}
