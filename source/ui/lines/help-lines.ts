import {contextTitles, keyContexts, keyLabel, keymap} from '../input/keymap.js';

export type HelpLine = {text: string; heading: boolean};

const columnWidth = 56;
// The border takes two rows, the title one.
const chromeRows = 3;

/** The help screen's lines, straight from the keymap: one heading per context, one line per binding. */
export function helpLines(): HelpLine[] {
	const lines: HelpLine[] = [];
	for (const context of keyContexts) {
		lines.push({text: contextTitles[context], heading: true});
		for (const binding of keymap.filter(binding => binding.context === context)) {
			lines.push({text: `  ${binding.keys.map(keyLabel).join(' ').padEnd(18)} ${binding.description}`, heading: false});
		}
	}

	return lines;
}

/**
 * How the help is laid out in a box: as many columns as fit side by side, and
 * the rows each column shows. When even that is too short, the help scrolls.
 */
export function helpLayout(width: number, height: number): {columns: number; rows: number; visibleRows: number} {
	const columns = Math.max(1, Math.floor((width - 4) / columnWidth));
	const visibleRows = Math.max(1, height - chromeRows);
	const total = helpLines().length;
	const rows = Math.max(Math.ceil(total / columns), Math.min(total, visibleRows));
	return {columns, rows, visibleRows};
}
