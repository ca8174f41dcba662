import type {KeyContext} from './keymap.js';

/** How keys and the keymap's contexts are written for people: the help screen, the status bar and the readme. */

const keyLabels: Record<string, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pgup: 'PgUp',
	pgdn: 'PgDn',
	home: 'Home',
	end: 'End',
	enter: 'Enter',
	esc: 'Esc',
	tab: 'Tab',
	space: 'Space',
	backspace: 'Backspace',
	'ctrl+c': 'Ctrl-C',
	'ctrl+u': 'Ctrl-U',
	'ctrl+x': 'Ctrl-X',
	'ctrl+z': 'Ctrl-Z',
	'ctrl+f': 'Ctrl-F',
	'ctrl+/': 'Ctrl-/',
	'ctrl+n': 'Ctrl-N',
	'ctrl+p': 'Ctrl-P',
};

/** How a key is written for people: `↑`, `PgDn`, `Ctrl-C`, `G`. */
export function keyLabel(key: string): string {
	return keyLabels[key] ?? key;
}

/** The order the help screen and the readme list the contexts in. */
export const keyContexts: readonly KeyContext[] = ['global', 'panes', 'list', 'search', 'reader', 'find', 'sidebar', 'overlay', 'jump-list', 'bookmarks', 'tags', 'full-text', 'full-text-box', 'full-text-hits', 'too-small'];

export const contextTitles: Record<KeyContext, string> = {
	global: 'Anywhere',
	panes: 'Work list, reader and sidebar',
	list: 'Work list',
	search: 'Search box',
	reader: 'Reader',
	find: 'Search in the text',
	sidebar: 'Details sidebar, when drawn over a pane',
	overlay: 'Help and lists',
	'jump-list': 'Bookmarks and chapters',
	bookmarks: 'Bookmarks',
	tags: 'Tags',
	'full-text': 'Full-text search',
	'full-text-box': 'Its phrase box',
	'full-text-hits': 'Its hits',
	'too-small': 'Terminal too small notice',
};
