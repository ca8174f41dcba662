import {describe, expect, it} from 'vitest';
import {leftColumns, VirtualScreen} from '../../bench/pty-driver.js';

describe('leftColumns (the app bench’s list pane)', () => {
	it('counts a wide character as two cells, so a row of CJK text stops at the pane’s edge', () => {
		// 12 cells: "fandom: " is 8, the two kanji 4; then the pane border and the next pane.
		const screen = new VirtualScreen(20, 1);
		screen.write('fandom: 僕の│ field?');
		const [line] = screen.lines();
		expect(leftColumns(line!, 12)).toBe('fandom: 僕の');
		expect(leftColumns(line!, 13)).toBe('fandom: 僕の│');
	});

	it('does not split a wide character that straddles the edge, and keeps combining marks with their letter', () => {
		expect(leftColumns('ab僕c', 3)).toBe('ab');
		expect(leftColumns('e\u0301te', 2)).toBe('e\u0301t');
		expect(leftColumns('plain', 10)).toBe('plain');
	});
});
