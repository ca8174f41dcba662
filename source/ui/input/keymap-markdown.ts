import {contextTitles, type KeyContext, keyLabel, keymap} from './keymap.js';

const contexts: KeyContext[] = ['global', 'list', 'search', 'reader', 'find', 'overlay'];

/** The readme's key table, made from the keymap so the two cannot disagree. */
export function keymapMarkdown(): string {
	const rows = ['| Where | Keys | What it does |', '| --- | --- | --- |'];
	for (const context of contexts) {
		for (const binding of keymap.filter(binding => binding.context === context)) {
			const keys = binding.keys.map(key => `\`${keyLabel(key).replace('|', '\\|')}\``).join(' ');
			rows.push(`| ${contextTitles[context]} | ${keys} | ${binding.description} |`);
		}
	}

	return rows.join('\n');
}
