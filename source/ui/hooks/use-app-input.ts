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
		for (const name of keyNames(input, key)) dispatch({type: 'key', name, now: Date.now()});
	});
}
