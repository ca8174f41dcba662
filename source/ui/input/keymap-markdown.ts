import {contextTitles, keyContexts, keyLabel} from './key-labels.js';
import {keymap} from './keymap.js';

/**
 * The readme's key table, made from the keymap so the two cannot disagree:
 * one row per context's title, then its keys, so a context is not repeated on every row.
 */
export function keymapMarkdown(): string {
	const rows = ['| Keys | What it does |', '| --- | --- |'];
	for (const context of keyContexts) {
		rows.push(`| **${contextTitles[context]}** | |`);
		for (const binding of keymap.filter(binding => binding.context === context)) {
			const keys = binding.keys.map(key => `\`${keyLabel(key).replace('|', '\\|')}\``).join(' ');
			rows.push(`| ${keys} | ${binding.description} |`);
		}
	}

	return rows.join('\n');
}
