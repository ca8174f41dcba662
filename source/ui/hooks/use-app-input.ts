import {useInput} from 'ink';
import type {Dispatch} from 'react';
import {keyNames} from '../input/key-name.js';
import type {Action} from '../state/update.js';

/**
 * Turns key events into `key` actions; nothing else. What a key means depends
 * on the state it meets, so the reducer looks it up in the keymap.
 */
export function useAppInput(dispatch: Dispatch<Action>): void {
	useInput((input, key) => {
		const names = keyNames(input, key);
		// Several characters at once are typed ahead or pasted: the reducer decides which, by context.
		if (names.length > 1) dispatch({type: 'keys', names, text: input, now: Date.now()});
		else if (names[0] !== undefined) dispatch({type: 'key', name: names[0], now: Date.now()});
	});
}
