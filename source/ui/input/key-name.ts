import type {Key} from 'ink';

/**
 * Names the keys in one input event the way the keymap writes them. Several
 * keys can arrive in one event (typed ahead of a busy app, `tmux send-keys`,
 * a paste in a terminal without bracketed paste), so plain text is split into
 * one name per character. Pure, tested as a function.
 */
export function keyNames(input: string, key: Key): string[] {
	const special = specialKey(key);
	if (special) return [special];
	if (key.ctrl && input.length === 1) return [`ctrl+${input.toLowerCase()}`];
	const names = [...input].map(charName);
	// Esc and a key typed fast arrive as one "Alt+key" event; ficread binds no Alt keys, so it meant both.
	// Alt with no key is a sequence Ink could not name (ESC [ 31 m, say): no key at all.
	return key.meta && names.length > 0 ? ['esc', ...names] : names;
}

/** C0 and C1 controls: what no printable key is, and what typed text may not hold. */
const controls = /[\u0000-\u001F\u007F-\u009F]/;
const controlRuns = new RegExp(`${controls.source}+`, 'g');

/** One printable character, or the space bar: what a text box takes as text. */
export function isPrintable(name: string): boolean {
	return name === 'space' || ([...name].length === 1 && !controls.test(name));
}

/** Text as one line of typing: each run of controls in it (line breaks, tabs, escapes) becomes a space. */
export function asTypedLine(text: string): string {
	return text.replaceAll(controlRuns, ' ');
}

function specialKey(key: Key): string | undefined {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pgup';
	if (key.pageDown) return 'pgdn';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'esc';
	if (key.tab) return 'tab';
	// Terminals send DEL (0x7f) for the Backspace key, which Ink reports as delete.
	if (key.backspace || key.delete) return 'backspace';
	return undefined;
}

function charName(char: string): string {
	switch (char) {
		case '\r':
		case '\n': {
			return 'enter';
		}

		case '\t': {
			return 'tab';
		}

		case '\u007F':
		case '\b': {
			return 'backspace';
		}

		case '\u001B': {
			return 'esc';
		}

		case ' ': {
			return 'space';
		}

		// Terminals send Ctrl-/ (and Ctrl-_) as 0x1f.
		case '\u001F': {
			return 'ctrl+/';
		}

		default: {
			const code = char.codePointAt(0)!;
			// Ctrl-A … Ctrl-Z arrive as 0x01 … 0x1a.
			if (code >= 1 && code <= 26) return `ctrl+${String.fromCodePoint(code + 96)}`;
			return char;
		}
	}
}
