import {useStdout} from 'ink';
import {useEffect, type Dispatch} from 'react';
import type {Action} from '../state/update.js';

/**
 * Feeds terminal resizes to the reducer, which re-lays out and re-wraps; and
 * draws the whole frame again when ficread continues after a stop (`fg`),
 * since the terminal showed the shell meanwhile. The terminal is taken back
 * before this runs (followJobControl's SIGCONT listener comes first).
 */
export function useTerminalSize(dispatch: Dispatch<Action>): void {
	const {stdout, write} = useStdout();
	useEffect(() => {
		const onResize = () => {
			dispatch({type: 'resize', columns: stdout.columns, rows: stdout.rows});
		};

		// Ink clears its last frame, writes nothing, and writes the frame again in full.
		const onContinue = () => {
			write('');
		};

		stdout.on('resize', onResize);
		process.on('SIGCONT', onContinue);
		return () => {
			stdout.off('resize', onResize);
			process.off('SIGCONT', onContinue);
		};
	}, [stdout, write, dispatch]);
}
