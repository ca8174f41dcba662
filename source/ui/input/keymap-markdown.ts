import {contextTitles, keyContexts, keyLabel, keymap} from './keymap.js';


/** The readme's key table, made from the keymap so the two cannot disagree. */
export function keymapMarkdown(): string {
	const rows = ['| Where | Keys | What it does |', '| --- | --- | --- |'];
	for (const context of keyContexts) {
		for (const binding of keymap.filter(binding => binding.context === context)) {
			const keys = binding.keys.map(key => `\`${keyLabel(key).replace('|', '\\|')}\``).join(' ');
			rows.push(`| ${contextTitles[context]} | ${keys} | ${binding.description} |`);
		}
	}

	return rows.join('\n');
}
