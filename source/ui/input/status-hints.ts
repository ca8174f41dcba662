import {keyLabel} from './key-labels.js';
import {bindingFor, type Command, type InputContext, keymap, lookupOrder} from './keymap.js';

/**
 * The status bar's key hints for a context, from the keymap: each binding
 * with a hint whose first key reaches it there, in lookup order, so a key
 * that is text in a box, shadowed or bound elsewhere is never offered.
 * Neighbours with the same hint share it: `Space/b page`. Commands in
 * `without` are left out (chapter keys for a work that marks no chapters).
 */
export function statusHints(context: InputContext, without: ReadonlySet<Command> = new Set()): string {
	const hints: Array<{keys: string[]; hint: string}> = [];
	for (const where of lookupOrder[context]) {
		for (const binding of keymap) {
			if (binding.context !== where || binding.hint === undefined || without.has(binding.command) || bindingFor(context, binding.keys[0]!) !== binding) continue;
			const last = hints.at(-1);
			if (last?.hint === binding.hint) last.keys.push(keyLabel(binding.keys[0]!));
			else hints.push({keys: [keyLabel(binding.keys[0]!)], hint: binding.hint});
		}
	}

	return hints.map(({keys, hint}) => `${keys.join('/')} ${hint}`).join(' · ');
}
