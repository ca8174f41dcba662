import {useInput} from 'ink';
import {type Dispatch, useRef} from 'react';
import {readInput} from '../input/read-input.js';
import type {Action} from '../state/update.js';

/**
 * Turns input events into actions, and Ctrl-Z into a stop. What a key means
 * depends on the state it meets, so the reducer looks it up in the keymap.
 */
export function useAppInput(dispatch: Dispatch<Action>): void {
	const pasting = useRef(false);
	useInput((input, key) => {
		// Raw mode keeps the terminal from turning Ctrl-Z into SIGTSTP; raised here, it stops ficread as the
		// shell expects, the terminal given back first (see followJobControl).
		if (key.ctrl && input === 'z') {
			process.kill(process.pid, 'SIGTSTP');
			return;
		}

		const read = readInput(pasting.current, input, key, Date.now());
		pasting.current = read.pasting;
		if (read.action) dispatch(read.action);
	});
}
