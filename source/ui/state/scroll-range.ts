import {type AppState, layoutOf, sidebarWork} from './app-state.js';
import {helpScrollLimit} from './overlay-update.js';
import {sidebarScrollLimit} from './sidebar-update.js';

/**
 * The help's and the sidebar's lengths depend on the terminal's size, the
 * panes shown and the work under the cursor: after an action that changed
 * any of those, their offsets are brought back within what there is to
 * scroll. Another work's details start from the top.
 */
export function keepScrollInRange(before: AppState, after: AppState): AppState {
	const listed = (state: AppState) => {
		const workIndex = sidebarWork(state);
		return workIndex === undefined ? undefined : state.works[workIndex];
	};

	const work = listed(after);
	const previous = listed(before);
	const relaidOut =
		after.columns !== before.columns ||
		after.rows !== before.rows ||
		after.focus !== before.focus ||
		after.listBeside !== before.listBeside ||
		after.sidebar.toggled !== before.sidebar.toggled ||
		after.sidebar.hidden !== before.sidebar.hidden;
	if (work === previous && !relaidOut) return after;
	const next = work?.path === previous?.path || after.sidebar.top === 0 ? after : {...after, sidebar: {...after.sidebar, top: 0}};
	// Nothing is drawn while the terminal is too small: the offsets wait for it to grow back.
	if (layoutOf(next).kind === 'too-small') return next;
	// An offset at the top is in range whatever the length, which takes wrapping the text to work out.
	const overlay = next.overlay && 'top' in next.overlay && next.overlay.top > 0 ? {...next.overlay, top: Math.min(next.overlay.top, helpScrollLimit(next))} : next.overlay;
	const sidebarTop = next.sidebar.top > 0 ? Math.min(next.sidebar.top, sidebarScrollLimit(next)) : 0;
	if (sidebarTop === next.sidebar.top && (overlay === next.overlay || (overlay && 'top' in overlay && next.overlay && 'top' in next.overlay && overlay.top === next.overlay.top))) return next;
	return {...next, overlay, sidebar: {...next.sidebar, top: sidebarTop}};
}
