import {useStdout} from 'ink';
import {useEffect, type Dispatch} from 'react';
import type {Action} from '../state/update.js';

/** Feeds terminal resizes to the reducer, which re-lays out and re-wraps. */
export function useTerminalSize(dispatch: Dispatch<Action>): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const onResize = () => {
			dispatch({type: 'resize', columns: stdout.columns, rows: stdout.rows});
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, dispatch]);
}
