import {describe, expect, it} from 'vitest';
import stringWidth from 'string-width';
import {statusHints} from '../../source/ui/input/status-hints.js';
import {fitHints, withNote} from '../../source/ui/panes/status-bar.js';

describe('statusHints', () => {
	it('offers the keys that do something where the keyboard is, from the keymap', () => {
		expect(statusHints('list')).toBe("↑/↓ move · Enter read · / search · x skipped · s sort · r read · l later · # tags · f full text · ' marks · q quit · ? help");
		expect(statusHints('reader')).toBe("Space/b page · [/] chapter · t contents · m mark · ' marks · / find · Esc list · ? help");
		expect(statusHints('sidebar')).toBe('j/k scroll · Space/b page · Esc close · ? help');
		expect(statusHints('toc')).toBe('Enter jump · Esc close · j/k move · ? help');
		expect(statusHints('bookmarks')).toBe('d delete · Enter jump · Esc close · j/k move · ? help');
	});

	it('offers no Enter where it does nothing, and no ? where it is typed as text', () => {
		expect(statusHints('help')).toBe('Esc close · j/k move · ? help');
		expect(statusHints('skipped')).toBe('Esc close · j/k move · ? help');
		expect(statusHints('search')).toBe('Enter read · Esc clear · Ctrl-/ syntax · ↑/↓ move · Ctrl-F full text');
		expect(statusHints('full-text-box')).toBe('Enter search · ↑/↓ move · Esc close');
		expect(statusHints('full-text-hits')).toBe('Enter read · / phrase · ↑/↓ move · Esc close · ? help');
		expect(statusHints('find')).toBe('Enter search · Esc close');
		expect(statusHints('tags')).toBe('Enter narrow · Ctrl-X exclude · Tab sort · PgUp/PgDn page · Esc close');
	});
});

describe('statusHints without some commands', () => {
	it('leaves out the chapter keys for a work that marks no chapters', () => {
		const all = statusHints('reader');
		expect(all).toContain('[/] chapter');
		const unmarked = statusHints('reader', new Set(['next-chapter', 'previous-chapter', 'show-toc']));
		expect(unmarked).not.toContain('chapter');
		expect(unmarked).not.toContain('contents');
		expect(unmarked).toContain('page');
	});
});

// Regression: at 80×24 the list's hints ended "# ta…" and the reader's "Esc l…": "? help", the key that lists
// every other, was never on screen.
describe('fitHints', () => {
	it('drops hints before "? help", which stays in sight', () => {
		const line = statusHints('list');
		const fitted = fitHints(line, 80);
		expect(stringWidth(fitted)).toBeLessThanOrEqual(80);
		// Whole hints dropped from the end, never one cut in half.
		expect(fitted).toBe('↑/↓ move · Enter read · / search · x skipped · s sort · r read · ? help');
		// A line that fits, or has no help hint, is cut (or not) as before.
		expect(fitHints(line, 200)).toBe(line);
		expect(fitHints('Enter narrow · Ctrl-X exclude · Tab sort · PgUp/PgDn page · Esc close', 30)).toBe('Enter narrow · Ctrl-X exclude…');
	});
});

// Regression: at 80 columns the reader's place left no room, and "This place is bookmarked already" showed as "…".
describe('withNote', () => {
	const place = 'page 930/1888 · 49% · ch 50/100 · 13 min left in chapter, 13 h 34 min in work';
	it('cuts the place, not the note', () => {
		const line = withNote(place, 'This place is bookmarked already', 80);
		expect(line).toBe('page 930/1888 · 49% · ch 50/100 · 13 min l…  │  This place is bookmarked already');
		expect(stringWidth(line)).toBeLessThanOrEqual(80);
		// A long note leaves the place half the line, and is cut itself.
		expect(withNote(place, `2 new chapters since you last read: opened at chapter 50, ${'x'.repeat(30)}`, 80)).toBe('page 930/1888 · 49% · ch 50/100 · 13 mi…  │  2 new chapters since you last read…');
		expect(withNote('', 'Marked read', 80)).toBe('Marked read');
	});
});
