import {useEffect, type Dispatch} from 'react';
import type {Pager} from '../../core/pager/pager.js';
import type {Action} from '../state/update.js';

// Small slices keep every keypress answered within a frame while a long book is counted.
const sliceMs = 8;

/**
 * Counts the open work's pages in idle time, a slice per turn of the event
 * loop, so `page x/y` appears without ever blocking a key.
 */
export function usePageCounter(pager: Pager | undefined, workIndex: number | undefined, dispatch: Dispatch<Action>): void {
	useEffect(() => {
		if (!pager || workIndex === undefined) return;
		let timer: NodeJS.Timeout | undefined;
		const step = () => {
			if (pager.countPages(sliceMs)) dispatch({type: 'pages-counted', workIndex});
			else timer = setTimeout(step, 0);
		};

		timer = setTimeout(step, 0);
		return () => {
			clearTimeout(timer);
		};
	}, [pager, workIndex, dispatch]);
}
