import type {Key} from 'ink';
import type {Action} from '../state/update.js';
import {sanitize} from '../../core/text/sanitize.js';
import {keyNames} from './key-name.js';

/**
 * What Ink hands `useInput` for the bracketed-paste marks the terminal puts
 * around pasted text (`ESC[200~` … `ESC[201~`): Ink strips the ESC and passes
 * the rest as text. Typed by hand, those five characters arrive one event each;
 * a program could send them as one, and then Ctrl-C still quits (see below).
 */
const pasteStart = '[200~';
const pasteEnd = '[201~';

/**
 * Turns one input event into the action it stands for, given whether a paste
 * is under way: text between the paste marks is a `paste`, however it is cut
 * into events; anything else is keys, line breaks included (text typed ahead
 * of a busy app arrives as one event too, and its Enter is an Enter). Neither
 * lets a character through that `sanitize` would not let through from a file.
 * Pure, tested as a function; the hook keeps `pasting` between events.
 */
export function readInput(pasting: boolean, input: string, key: Key, now: number): {pasting: boolean; action?: Action} {
	if (input === pasteStart) return {pasting: true};
	if (input === pasteEnd) return {pasting: false};
	// A paste whose end mark never comes must not leave ficread deaf: Ctrl-C ends it, and quits.
	if (pasting && key.ctrl && input === 'c') return {pasting: false, action: {type: 'key', name: 'ctrl+c', now}};
	// Untrusted like a file's text, and cleaned by the same sanitizer: a pasted U+202E or escape must not reach the screen.
	if (pasting) return {pasting, action: {type: 'paste', text: sanitize(input).text, now}};
	// Text typed ahead, or pasted where the terminal does not mark pastes, is keys: each character is looked at alone.
	const names = keyNames(input, key).filter(name => [...name].length > 1 || sanitize(name).text === name);
	if (names.length > 1) return {pasting, action: {type: 'keys', names, now}};
	return names[0] === undefined ? {pasting} : {pasting, action: {type: 'key', name: names[0], now}};
}
