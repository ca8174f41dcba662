import {copiesOf} from '../../core/work-copies.js';
import type {Command} from '../input/keymap.js';
import {sidebarLines} from '../lines/sidebar-lines.js';
import {type AppState, type CommandHandler, detailsAt, sidebarMatches, sidebarWork} from './app-state.js';
import {sidebarGeometry} from './geometry.js';
import {hasSidebarColumn} from './layout.js';
import {rewrap} from './reader-update.js';
import {rememberFolder} from './remember.js';

const sidebarStep = 3;

/** How far the sidebar can scroll: its lines for the work it describes, less the rows it has. */
export function sidebarScrollLimit(state: AppState): number {
	const workIndex = sidebarWork(state);
	const geometry = sidebarGeometry(state);
	if (workIndex === undefined || !geometry) return 0;
	const work = state.works[workIndex]!;
	return Math.max(0, sidebarLines(work, detailsAt(state, workIndex), geometry.width, sidebarMatches(state), copiesOf(state.works, work)).length - geometry.height);
}

function scroll(by: (state: AppState) => number): CommandHandler {
	return state => ({...state, sidebar: {...state.sidebar, top: Math.max(0, Math.min(sidebarScrollLimit(state), state.sidebar.top + by(state)))}});
}

/** The rows shown, less the `↓ more` row, less one line kept in view from the page before. */
function page(state: AppState): number {
	return Math.max(1, (sidebarGeometry(state)?.height ?? 0) - 2);
}

/**
 * A terminal resized: a sidebar drawn over a pane becomes the column once
 * there is room for one. It stays in view, and does not come back over the
 * reader, unasked, when the terminal shrinks again.
 */
export function sidebarAfterResize(state: AppState, columns: number): AppState {
	if (!state.sidebar.toggled || !hasSidebarColumn(columns)) return state;
	return {...state, sidebar: {...state.sidebar, toggled: false, hidden: false}};
}

/** The sidebar's update: the commands it owns. */
export const sidebarCommands = {
	'sidebar-down': scroll(() => sidebarStep),
	'sidebar-up': scroll(() => -sidebarStep),
	'sidebar-page-down': scroll(page),
	'sidebar-page-up': scroll(state => -page(state)),
	// The column is a layout choice that lasts; drawn over a pane, the sidebar is a view closed by Esc or a change of pane.
	'toggle-sidebar': (state, now) => {
		if (!hasSidebarColumn(state.columns)) return rewrap({...state, sidebar: {...state.sidebar, toggled: !state.sidebar.toggled}});
		const hidden = !state.sidebar.hidden;
		return rewrap(rememberFolder({...state, sidebar: {...state.sidebar, hidden}}, {sidebarHidden: hidden}, now));
	},
} satisfies Partial<Record<Command, CommandHandler>>;
