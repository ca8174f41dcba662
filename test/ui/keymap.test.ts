import {describe, expect, it} from 'vitest';
import type {Key} from 'ink';
import {keyLabel} from '../../source/ui/input/key-labels.js';
import {commandFor, keymap} from '../../source/ui/input/keymap.js';
import {keyNames} from '../../source/ui/input/key-name.js';
import {readInput} from '../../source/ui/input/read-input.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

describe('readInput', () => {
	it('makes text between the bracketed-paste marks a paste, however it is cut into events', () => {
		let read = readInput(false, '[200~', noKey, 1);
		expect(read).toEqual({pasting: true});
		read = readInput(read.pasting, 'q\rr', noKey, 1);
		// Cleaned as a file's text is (a CR becomes a line break, which a text box takes as a space).
		expect(read.action).toEqual({type: 'paste', text: 'q\nr', now: 1});
		read = readInput(read.pasting, 'more', noKey, 1);
		expect(read.action).toEqual({type: 'paste', text: 'more', now: 1});
		read = readInput(read.pasting, '[201~', noKey, 1);
		expect(read).toEqual({pasting: false});
		expect(readInput(read.pasting, 'q', noKey, 1).action).toEqual({type: 'key', name: 'q', now: 1});
	});

	it('ends a paste whose end mark never comes on Ctrl-C, which then quits', () => {
		const pasting = readInput(false, '[200~', noKey, 1).pasting;
		expect(readInput(pasting, 'c', {...noKey, ctrl: true}, 1)).toEqual({pasting: false, action: {type: 'key', name: 'ctrl+c', now: 1}});
	});

	// Regression (issue 16.5): a pasted U+202E reached the terminal through the search box, the find box and "No match".
	it('cleans a paste as file text is cleaned, and drops from keys what that would drop', () => {
		const pasting = readInput(false, '[200~', noKey, 1).pasting;
		expect(readInput(pasting, 'evil\u202Etxt.exe \u001B]52;c;aGk=\u0007ok', noKey, 1).action).toEqual({type: 'paste', text: 'eviltxt.exe ok', now: 1});
		expect(readInput(false, 'a\u202Eb\u2066c', noKey, 1).action).toEqual({type: 'keys', names: ['a', 'b', 'c'], now: 1});
		expect(readInput(false, '\u202E', noKey, 1)).toEqual({pasting: false});
	});

	// Regression: Ctrl-F1 (ESC [ 1 ; 5 P) ended ficread: Ink threw on a Ctrl key it could not name. Ink, as the
	// build patches it, gives such a key as no text with Ctrl (and Alt, for ESC [ 31 m): no key, not an Esc.
	it('takes a Ctrl key Ink cannot name as no key, and keeps brackets typed ahead', () => {
		expect(readInput(false, '', {...noKey, ctrl: true}, 1)).toEqual({pasting: false});
		expect(readInput(false, '', {...noKey, ctrl: true, meta: true}, 1)).toEqual({pasting: false});
		expect(readInput(false, '[[', noKey, 1).action).toEqual({type: 'keys', names: ['[', '['], now: 1});
	});

	it('makes anything else keys, a line break typed ahead with them an Enter', () => {
		expect(readInput(false, 'a\rj', noKey, 1)).toEqual({pasting: false, action: {type: 'keys', names: ['a', 'enter', 'j'], now: 1}});
		expect(readInput(false, '', {...noKey, return: true}, 1).action).toEqual({type: 'key', name: 'enter', now: 1});
		expect(readInput(false, '', noKey, 1)).toEqual({pasting: false});
	});
});

describe('keyNames', () => {
	it('names special keys the way the keymap writes them', () => {
		expect(keyNames('', {...noKey, upArrow: true})).toEqual(['up']);
		expect(keyNames('', {...noKey, pageDown: true})).toEqual(['pgdn']);
		expect(keyNames('', {...noKey, home: true})).toEqual(['home']);
		expect(keyNames('', {...noKey, return: true})).toEqual(['enter']);
		expect(keyNames('', {...noKey, escape: true})).toEqual(['esc']);
		expect(keyNames('', {...noKey, delete: true})).toEqual(['backspace']);
		expect(keyNames('c', {...noKey, ctrl: true})).toEqual(['ctrl+c']);
		expect(keyNames(' ', noKey)).toEqual(['space']);
		expect(keyNames('G', {...noKey, shift: true})).toEqual(['G']);
	});

	// Regression: keys that arrived in one chunk ("jj\r") were treated as one unknown key and lost.
	it('splits keys that arrive together into one name each', () => {
		expect(keyNames('jj\r', noKey)).toEqual(['j', 'j', 'enter']);
		expect(keyNames('a b\u007F\t\u0015', noKey)).toEqual(['a', 'space', 'b', 'backspace', 'tab', 'ctrl+u']);
		expect(keyNames('日本', noKey)).toEqual(['日', '本']);
		expect(keyNames('k', {...noKey, meta: true})).toEqual(['esc', 'k']);
	});
});

describe('keymap', () => {
	it('gives each key at most one command per context', () => {
		const seen = new Set<string>();
		for (const binding of keymap) {
			for (const key of binding.keys) {
				const slot = `${binding.context}:${key}`;
				expect(seen.has(slot), slot).toBe(false);
				seen.add(slot);
			}
		}
	});

	it('looks keys up by context, with global bindings underneath', () => {
		expect(commandFor('list', 'j')).toBe('list-down');
		expect(commandFor('reader', 'j')).toBe('line-down');
		expect(commandFor('reader', 'space')).toBe('page-down');
		expect(commandFor('list', 'q')).toBe('quit');
		expect(commandFor('reader', 'q')).toBe('back');
		expect(commandFor('reader', 'ctrl+c')).toBe('force-quit');
		expect(commandFor('list', '?')).toBe('help');
	});

	it('takes the reader\'s scrolling keys for the sidebar drawn over it, and nothing else of the reader', () => {
		expect(commandFor('sidebar', 'space')).toBe('sidebar-page-down');
		expect(commandFor('sidebar', 'j')).toBe('sidebar-down');
		expect(commandFor('sidebar', 'esc')).toBe('toggle-sidebar');
		expect(commandFor('sidebar', 'i')).toBe('toggle-sidebar');
		expect(commandFor('sidebar', 'm')).toBeUndefined();
		expect(commandFor('sidebar', '?')).toBe('help');
	});

	it('gives an overlay its own keys and the global ones, none of the panes under it', () => {
		expect(commandFor('list', 'J')).toBe('sidebar-down');
		expect(commandFor('reader', 'i')).toBe('toggle-sidebar');
		for (const overlay of ['help', 'skipped', 'bookmarks', 'toc'] as const) {
			expect(commandFor(overlay, 'J')).toBeUndefined();
			expect(commandFor(overlay, 'K')).toBeUndefined();
			expect(commandFor(overlay, 'i')).toBeUndefined();
			expect(commandFor(overlay, 'ctrl+c')).toBe('force-quit');
			expect(commandFor(overlay, '?')).toBe('help');
			expect(commandFor(overlay, 'esc')).toBe('close-overlay');
		}
	});

	it('jumps with Enter from the bookmarks and the chapters only, and deletes with d from the bookmarks only', () => {
		expect(commandFor('help', 'enter')).toBeUndefined();
		expect(commandFor('skipped', 'enter')).toBeUndefined();
		expect(commandFor('toc', 'enter')).toBe('overlay-choose');
		expect(commandFor('bookmarks', 'enter')).toBe('overlay-choose');
		expect(commandFor('toc', 'd')).toBeUndefined();
		expect(commandFor('bookmarks', 'd')).toBe('delete-bookmark');
	});

	it('answers only the keys that quit or stop while the terminal is too small', () => {
		expect(commandFor('too-small', 'q')).toBe('quit');
		expect(commandFor('too-small', 'ctrl+c')).toBe('quit');
		expect(commandFor('too-small', 'ctrl+z')).toBe('suspend');
		expect(commandFor('too-small', '?')).toBeUndefined();
		expect(commandFor('too-small', 'j')).toBeUndefined();
	});

	// Regression: Ctrl-Z was caught in the input hook, outside the table, so neither `?` nor the readme listed it.
	it('stops ficread on Ctrl-Z from anywhere, a text box and an overlay included', () => {
		for (const context of ['list', 'search', 'reader', 'find', 'sidebar', 'help', 'skipped', 'bookmarks', 'toc'] as const) {
			expect(commandFor(context, 'ctrl+z'), context).toBe('suspend');
		}

		expect(keymap.find(binding => binding.command === 'suspend')?.context).toBe('global');
		expect(keyLabel('ctrl+z')).toBe('Ctrl-Z');
	});

	it('leaves printable keys to the search box as text', () => {
		expect(commandFor('search', 'q')).toBeUndefined();
		expect(commandFor('search', '?')).toBeUndefined();
		expect(commandFor('search', 'space')).toBeUndefined();
		expect(commandFor('search', 'ctrl+c')).toBe('force-quit');
		expect(commandFor('search', 'enter')).toBe('search-open');
		expect(commandFor('search', 'tab')).toBe('search-accept');
	});
});
