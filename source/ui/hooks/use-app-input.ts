import {useInput} from 'ink';
import {type Dispatch, useRef} from 'react';
import {readInput} from '../input/read-input.js';
import type {Action} from '../state/update.js';

/**
 * Turns input events into actions. What a key means depends on the state it
 * meets, so the reducer looks it up in the keymap (Ctrl-Z included).
 */
export function useAppInput(dispatch: Dispatch<Action>): void {
	const pasting = useRef(false);
	useInput((input, key) => {
		const read = readInput(pasting.current, input, key, Date.now());
		pasting.current = read.pasting;
		if (read.action) dispatch(read.action);
	});
}
