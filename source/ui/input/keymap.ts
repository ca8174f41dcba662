import {isPrintable} from './key-name.js';

/**
 * Every key ficread answers to, in one table. Input handling, the `?` help
 * overlay and the readme's key table are all generated from it, so they
 * cannot drift apart.
 */

/**
 * Where a binding applies: everywhere, under the panes, the focused pane, a
 * text box, every overlay, the lists that jump somewhere (bookmarks and
 * chapters), the bookmarks alone or the "terminal too small" notice.
 */
export type KeyContext =
	| 'global'
	| 'panes'
	| 'list'
	| 'search'
	| 'reader'
	| 'find'
	| 'sidebar'
	| 'overlay'
	| 'jump-list'
	| 'bookmarks'
	| 'tags'
	| 'full-text'
	| 'full-text-box'
	| 'full-text-hits'
	| 'too-small';

/** What has the keyboard: a pane, a text box, one of the overlays or the "terminal too small" notice. */
export type InputContext =
	| 'list'
	| 'search'
	| 'reader'
	| 'find'
	| 'sidebar'
	| 'help'
	| 'query-help'
	| 'skipped'
	| 'bookmarks'
	| 'all-bookmarks'
	| 'toc'
	| 'tags'
	| 'full-text-box'
	| 'full-text-hits'
	| 'too-small';

/**
 * The keymap contexts a key is looked up in, the first binding found wins, so
 * a pane can take a key (like `q`) for itself. `panes` bindings reach the
 * list, the reader and the sidebar, but not an overlay: it covers the panes,
 * so it owns the keyboard.
 */
export const lookupOrder: Record<InputContext, readonly KeyContext[]> = {
	list: ['list', 'panes', 'global'],
	search: ['search', 'panes', 'global'],
	reader: ['reader', 'panes', 'global'],
	find: ['find', 'panes', 'global'],
	sidebar: ['sidebar', 'panes', 'global'],
	help: ['overlay', 'global'],
	'query-help': ['overlay', 'global'],
	skipped: ['overlay', 'global'],
	bookmarks: ['bookmarks', 'jump-list', 'overlay', 'global'],
	toc: ['jump-list', 'overlay', 'global'],
	// The browser's filter takes printable keys, so only the overlay keys that are not (↑, ↓, Esc) reach it.
	tags: ['tags', 'overlay', 'global'],
	'all-bookmarks': ['jump-list', 'overlay', 'global'],
	// The full-text search's phrase box and its hit list share the keys that move and close (`full-text`);
	// in the box, printable keys are text, so its j and k are letters of the phrase.
	'full-text-box': ['full-text-box', 'full-text', 'global'],
	'full-text-hits': ['full-text-hits', 'full-text', 'global'],
	// Nothing but the notice is drawn: a key would change a screen the user cannot see (the help too).
	'too-small': ['too-small'],
};

export type Command =
	| 'quit'
	| 'force-quit'
	| 'suspend'
	| 'help'
	| 'query-help'
	| 'toggle-sidebar'
	| 'show-skipped'
	| 'list-up'
	| 'list-down'
	| 'list-page-up'
	| 'list-page-down'
	| 'list-first'
	| 'list-last'
	| 'open'
	| 'focus-reader'
	| 'search'
	| 'clear-search'
	| 'search-accept'
	| 'search-open'
	| 'search-cancel'
	| 'search-delete'
	| 'search-clear-line'
	| 'page-down'
	| 'page-up'
	| 'line-down'
	| 'line-up'
	| 'text-start'
	| 'text-end'
	| 'wider'
	| 'narrower'
	| 'back'
	| 'close-overlay'
	| 'sidebar-down'
	| 'sidebar-up'
	| 'sidebar-page-down'
	| 'sidebar-page-up'
	| 'overlay-down'
	| 'overlay-up'
	| 'cycle-sort'
	| 'reverse-sort'
	| 'toggle-read'
	| 'toggle-later'
	| 'add-bookmark'
	| 'show-bookmarks'
	| 'show-all-bookmarks'
	| 'delete-bookmark'
	| 'show-toc'
	| 'overlay-choose'
	| 'next-chapter'
	| 'previous-chapter'
	| 'find'
	| 'find-accept'
	| 'find-cancel'
	| 'find-delete'
	| 'find-clear-line'
	| 'find-next'
	| 'find-previous'
	| 'toggle-notes'
	| 'next-work'
	| 'previous-work'
	| 'toggle-list'
	| 'toggle-spoilers'
	| 'show-tags'
	| 'tags-page-up'
	| 'tags-page-down'
	| 'tags-narrow'
	| 'tags-exclude'
	| 'tags-sort'
	| 'tags-delete'
	| 'tags-clear-line'
	| 'full-text'
	| 'full-text-accept'
	| 'full-text-edit'
	| 'full-text-cancel'
	| 'full-text-delete'
	| 'full-text-clear-line'
	| 'full-text-up'
	| 'full-text-down'
	| 'full-text-page-up'
	| 'full-text-page-down'
	| 'full-text-open';

export type Binding = {
	command: Command;
	context: KeyContext;
	/** Key names as `keyName` produces them: `up`, `pgdn`, `enter`, `ctrl+c`, `space`, `j`, `G`. */
	keys: string[];
	description: string;
	/** The binding's word in the status bar (`Enter read`), for the keys worth showing there; neighbours with the same word share it (`↑/↓ move`). */
	hint?: string;
};

export const keymap: readonly Binding[] = [
	{command: 'force-quit', context: 'global', keys: ['ctrl+c'], description: 'Quit from anywhere'},
	{command: 'suspend', context: 'global', keys: ['ctrl+z'], description: 'Stop ficread and go to the shell (fg comes back)'},
	{command: 'help', context: 'global', keys: ['?'], description: 'Show or hide this help', hint: 'help'},
	{command: 'toggle-sidebar', context: 'panes', keys: ['i'], description: 'Show or hide the details sidebar'},
	{command: 'sidebar-down', context: 'panes', keys: ['J'], description: 'Scroll the details sidebar down'},
	{command: 'sidebar-up', context: 'panes', keys: ['K'], description: 'Scroll the details sidebar up'},
	{command: 'toggle-spoilers', context: 'panes', keys: ['z'], description: 'Spoiler-safe: hide or show warnings (more: --spoiler-safe)'},

	{command: 'list-up', context: 'list', keys: ['up', 'k'], description: 'Previous work', hint: 'move'},
	{command: 'list-down', context: 'list', keys: ['down', 'j'], description: 'Next work', hint: 'move'},
	{command: 'list-page-up', context: 'list', keys: ['pgup'], description: 'Page up the list'},
	{command: 'list-page-down', context: 'list', keys: ['pgdn'], description: 'Page down the list'},
	{command: 'list-first', context: 'list', keys: ['g', 'home'], description: 'First work'},
	{command: 'list-last', context: 'list', keys: ['G', 'end'], description: 'Last work'},
	{command: 'open', context: 'list', keys: ['enter'], description: 'Open the work in the reader', hint: 'read'},
	{command: 'focus-reader', context: 'list', keys: ['tab'], description: 'Back to the open work'},
	{command: 'search', context: 'list', keys: ['/'], description: 'Search the library', hint: 'search'},
	{command: 'clear-search', context: 'list', keys: ['esc'], description: 'Clear the search'},
	{command: 'show-skipped', context: 'list', keys: ['x'], description: 'List the files that could not be read', hint: 'skipped'},
	{command: 'cycle-sort', context: 'list', keys: ['s'], description: 'Sort by title, author, words, last read, updated', hint: 'sort'},
	{command: 'reverse-sort', context: 'list', keys: ['S'], description: 'Reverse the sort order (remembered for the folder)'},
	{command: 'toggle-read', context: 'list', keys: ['r'], description: 'Mark the work read, or not', hint: 'read'},
	{command: 'toggle-later', context: 'list', keys: ['l'], description: 'Mark the work for later, or not', hint: 'later'},
	{command: 'show-tags', context: 'list', keys: ['#'], description: 'Tag browser: the labels of the listed works, counted', hint: 'tags'},
	{command: 'full-text', context: 'list', keys: ['f'], description: 'Search the text of every work', hint: 'full text'},
	{command: 'show-all-bookmarks', context: 'list', keys: ["'"], description: 'Bookmarks of every work, newest first (Enter opens the work there)', hint: 'marks'},
	{command: 'quit', context: 'list', keys: ['q'], description: 'Quit (within a second of q closing the reader, press q twice)', hint: 'quit'},

	{command: 'search-open', context: 'search', keys: ['enter'], description: 'Open the highlighted work', hint: 'read'},
	{command: 'search-accept', context: 'search', keys: ['tab'], description: 'Keep the results and go to the list'},
	{command: 'search-cancel', context: 'search', keys: ['esc'], description: 'Clear the query and go to the list', hint: 'clear'},
	{command: 'search-delete', context: 'search', keys: ['backspace'], description: 'Delete the last character'},
	{command: 'search-clear-line', context: 'search', keys: ['ctrl+u'], description: 'Delete the whole query'},
	// `?` is text in a query (`what if?`), so it asks for the syntax only where it cannot be: at the start of an empty query.
	{command: 'query-help', context: 'search', keys: ['ctrl+/'], description: 'The query syntax (also ? in an empty box)', hint: 'syntax'},
	{command: 'list-up', context: 'search', keys: ['up', 'ctrl+p'], description: 'Previous result', hint: 'move'},
	{command: 'list-down', context: 'search', keys: ['down', 'ctrl+n'], description: 'Next result', hint: 'move'},
	{command: 'full-text', context: 'search', keys: ['ctrl+f'], description: 'Full-text search for it', hint: 'full text'},

	{command: 'page-down', context: 'reader', keys: ['space', 'pgdn', 'right'], description: 'Next page', hint: 'page'},
	{command: 'page-up', context: 'reader', keys: ['b', 'pgup', 'left'], description: 'Previous page', hint: 'page'},
	{command: 'line-down', context: 'reader', keys: ['j', 'down'], description: 'One line down'},
	{command: 'line-up', context: 'reader', keys: ['k', 'up'], description: 'One line up'},
	{command: 'text-start', context: 'reader', keys: ['g', 'home'], description: 'Start of the work'},
	{command: 'text-end', context: 'reader', keys: ['G', 'end'], description: 'End of the work'},
	{command: 'wider', context: 'reader', keys: ['+', '='], description: 'Wider text column'},
	{command: 'narrower', context: 'reader', keys: ['-'], description: 'Narrower text column'},
	{command: 'previous-chapter', context: 'reader', keys: ['['], description: 'Start of this chapter, then the one before', hint: 'chapter'},
	{command: 'next-chapter', context: 'reader', keys: [']'], description: 'Next chapter', hint: 'chapter'},
	{command: 'show-toc', context: 'reader', keys: ['t'], description: 'Table of contents (Enter jumps)', hint: 'contents'},
	{command: 'add-bookmark', context: 'reader', keys: ['m'], description: 'Bookmark this place', hint: 'mark'},
	{command: 'show-bookmarks', context: 'reader', keys: ["'"], description: 'List bookmarks (Enter jumps, d deletes)', hint: 'marks'},
	{command: 'find', context: 'reader', keys: ['/'], description: 'Search the text of this work', hint: 'find'},
	{command: 'find-next', context: 'reader', keys: ['n'], description: 'Next hit (wraps around)'},
	{command: 'find-previous', context: 'reader', keys: ['N'], description: 'Previous hit (wraps around)'},
	{command: 'toggle-notes', context: 'reader', keys: ['a'], description: "Hide or show the author's notes (summary, notes, end notes)"},
	{command: 'next-work', context: 'reader', keys: ['>'], description: 'Next work in the list'},
	{command: 'previous-work', context: 'reader', keys: ['<'], description: 'Previous work in the list'},
	{command: 'toggle-list', context: 'reader', keys: ['L'], description: 'Show or hide the list beside the text'},
	{command: 'toggle-read', context: 'reader', keys: ['r'], description: 'Mark the work read, or not'},
	{command: 'toggle-later', context: 'reader', keys: ['l'], description: 'Mark the work for later, or not'},
	{command: 'back', context: 'reader', keys: ['esc', 'tab', 'q'], description: 'Back to the list', hint: 'list'},

	{command: 'find-accept', context: 'find', keys: ['enter'], description: 'Search and go to the first hit', hint: 'search'},
	{command: 'find-cancel', context: 'find', keys: ['esc'], description: 'Close the search', hint: 'close'},
	{command: 'find-delete', context: 'find', keys: ['backspace'], description: 'Delete the last character'},
	{command: 'find-clear-line', context: 'find', keys: ['ctrl+u'], description: 'Delete the whole query'},

	{command: 'sidebar-down', context: 'sidebar', keys: ['j', 'down'], description: 'Scroll down', hint: 'scroll'},
	{command: 'sidebar-up', context: 'sidebar', keys: ['k', 'up'], description: 'Scroll up', hint: 'scroll'},
	{command: 'sidebar-page-down', context: 'sidebar', keys: ['space', 'pgdn', 'right'], description: 'Page down', hint: 'page'},
	{command: 'sidebar-page-up', context: 'sidebar', keys: ['b', 'pgup', 'left'], description: 'Page up', hint: 'page'},
	{command: 'toggle-sidebar', context: 'sidebar', keys: ['esc', 'q'], description: 'Close the sidebar', hint: 'close'},

	{command: 'close-overlay', context: 'overlay', keys: ['esc', 'q', 'x'], description: 'Close the screen', hint: 'close'},
	{command: 'overlay-down', context: 'overlay', keys: ['j', 'down', 'space', 'pgdn'], description: 'Next item, or scroll the help down', hint: 'move'},
	{command: 'overlay-up', context: 'overlay', keys: ['k', 'up', 'b', 'pgup'], description: 'Previous item, or scroll the help up', hint: 'move'},

	{command: 'overlay-choose', context: 'jump-list', keys: ['enter'], description: 'Jump to the chosen bookmark or chapter', hint: 'jump'},

	{command: 'delete-bookmark', context: 'bookmarks', keys: ['d'], description: 'Delete the chosen bookmark', hint: 'delete'},

	{command: 'tags-narrow', context: 'tags', keys: ['enter'], description: 'Search for works with the label', hint: 'narrow'},
	{command: 'tags-exclude', context: 'tags', keys: ['ctrl+x'], description: 'Search for works without it', hint: 'exclude'},
	{command: 'tags-sort', context: 'tags', keys: ['tab'], description: 'Sort by count or name', hint: 'sort'},
	{command: 'tags-page-up', context: 'tags', keys: ['pgup'], description: 'Page up', hint: 'page'},
	{command: 'tags-page-down', context: 'tags', keys: ['pgdn'], description: 'Page down', hint: 'page'},
	{command: 'tags-delete', context: 'tags', keys: ['backspace'], description: 'Delete a character'},
	{command: 'tags-clear-line', context: 'tags', keys: ['ctrl+u'], description: 'Clear the filter'},
	// Letters are the filter here: only these of the lists' keys reach the tag browser, and the help says so.
	{command: 'overlay-up', context: 'tags', keys: ['up'], description: 'Move up'},
	{command: 'overlay-down', context: 'tags', keys: ['down'], description: 'Move down'},
	{command: 'close-overlay', context: 'tags', keys: ['esc'], description: 'Close', hint: 'close'},

	{command: 'full-text-up', context: 'full-text', keys: ['up', 'ctrl+p', 'k'], description: 'Previous hit', hint: 'move'},
	{command: 'full-text-down', context: 'full-text', keys: ['down', 'ctrl+n', 'j'], description: 'Next hit', hint: 'move'},
	{command: 'full-text-page-up', context: 'full-text', keys: ['pgup'], description: 'Page up'},
	{command: 'full-text-page-down', context: 'full-text', keys: ['pgdn'], description: 'Page down'},
	{command: 'full-text-cancel', context: 'full-text', keys: ['esc'], description: 'Stop and go back', hint: 'close'},
	{command: 'full-text-accept', context: 'full-text-box', keys: ['enter'], description: 'Search now', hint: 'search'},
	{command: 'full-text-delete', context: 'full-text-box', keys: ['backspace'], description: 'Delete the last character'},
	{command: 'full-text-clear-line', context: 'full-text-box', keys: ['ctrl+u'], description: 'Clear the phrase'},
	{command: 'full-text-open', context: 'full-text-hits', keys: ['enter'], description: 'Read the work there (n: next hit)', hint: 'read'},
	{command: 'full-text-edit', context: 'full-text-hits', keys: ['/'], description: 'Change the phrase', hint: 'phrase'},

	{command: 'quit', context: 'too-small', keys: ['q', 'ctrl+c'], description: 'Quit; no other key but Ctrl-Z acts until the terminal grows', hint: 'quit'},
	// A stop changes nothing on screen, so it acts here too: the shell is what the user wants.
	{command: 'suspend', context: 'too-small', keys: ['ctrl+z'], description: 'Stop ficread and go to the shell (fg comes back)'},
];

/**
 * The binding a key meets in a context: the first found along its lookup
 * order. In a text box, printable keys are text, so only the box's own
 * bindings (none of them printable) can take one.
 */
export function bindingFor(context: InputContext, key: string): Binding | undefined {
	const order = lookupOrder[context];
	const typing = context === 'search' || context === 'find' || context === 'tags' || context === 'full-text-box';
	for (const where of typing && isPrintable(key) ? order.slice(0, 1) : order) {
		const binding = keymap.find(binding => binding.context === where && binding.keys.includes(key));
		if (binding) return binding;
	}

	return undefined;
}

/** The command a key runs in a context, if any. */
export function commandFor(context: InputContext, key: string): Command | undefined {
	return bindingFor(context, key)?.command;
}
