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
 * The rest of a CSI escape sequence whose ESC Ink took off (`[2J`, `[31m`,
 * focus's `[I`, an F-key Ink does not know, `[25~`): Ink's input parser hands
 * each such sequence over as one event. Typed text comes a key an event.
 */
const csiRest = /^\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]$/;

/** What ends an OSC string (a title, a clipboard write): BEL, or ST (ESC \, whose ESC Ink takes off). */
const oscEnd = /\u0007|\\/;

/**
 * Where input stands: outside a paste, in one, or in one and inside an OSC
 * string (`ESC ]` … BEL), whose text Ink passes on as if typed.
 */
export type PasteState = boolean | 'osc';

/**
 * Turns one input event into the action it stands for, given whether a paste
 * is under way: text between the paste marks is a `paste`, however it is cut
 * into events; anything else is keys, line breaks included (text typed ahead
 * of a busy app arrives as one event too, and its Enter is an Enter). Neither
 * lets a character through that `sanitize` would not let through from a file,
 * nor the rest of an escape sequence whose ESC Ink removed: a key Ink does not
 * know is no key, and an escape sequence in a paste is dropped whole, as
 * `sanitize` drops one from a file. Pure, tested as a function; the hook keeps
 * `pasting` between events.
 */
export function readInput(pasting: PasteState, input: string, key: Key, now: number): {pasting: PasteState; action?: Action} {
	if (input === pasteStart) return {pasting: true};
	if (input === pasteEnd) return {pasting: false};
	// A paste whose end mark never comes must not leave ficread deaf: Ctrl-C ends it, and quits.
	if (pasting && key.ctrl && input === 'c') return {pasting: false, action: {type: 'key', name: 'ctrl+c', now}};
	if (pasting === 'osc') {
		const end = oscEnd.exec(input);
		return end === null ? {pasting} : readInput(true, input.slice(end.index + 1), noKey(key), now);
	}

	// In a paste, text arrives in runs: a `]` alone is what Ink leaves of the ESC ] that opens an OSC string.
	if (pasting && input === ']') return {pasting: 'osc'};
	if (pasting && key.meta) return {pasting};
	if (csiRest.test(input)) return {pasting};
	// Untrusted like a file's text, and cleaned by the same sanitizer: a pasted U+202E or escape must not reach the screen.
	if (pasting) return input === '' ? {pasting} : {pasting, action: {type: 'paste', text: sanitize(input).text, now}};
	// Text typed ahead, or pasted where the terminal does not mark pastes, is keys: each character is looked at alone.
	const names = keyNames(input, key).filter(name => [...name].length > 1 || sanitize(name).text === name);
	if (names.length > 1) return {pasting, action: {type: 'keys', names, now}};
	return names[0] === undefined ? {pasting} : {pasting, action: {type: 'key', name: names[0], now}};
}

/** `key` with nothing held: the text after an OSC string's end is plain text. */
function noKey(key: Key): Key {
	return {...key, meta: false, ctrl: false, shift: false};
}
