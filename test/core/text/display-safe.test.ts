import {describe, expect, it} from 'vitest';
import {displaySafe, displaySafeJson} from '../../../source/core/text/display-safe.js';

describe('displaySafe', () => {
	it('replaces controls, DEL, C1 and bidi controls with ?', () => {
		expect(displaySafe('a\u001B[2Jb\u007Fc\u009Bd\u202Ee\u2066f')).toBe('a?[2Jb?c?d?e?f');
	});
});

describe('displaySafeJson', () => {
	// Regression (issue 16.4): JSON.stringify escapes only below 0x20, so `--json` printed C1, DEL and bidi controls raw.
	it('escapes C1, DEL and bidi controls, and the names parse back exact', () => {
		const value = {path: 'x\u009B31mred\u009D\u007F\u202Eevil\u2069.txt', title: 'café — “ok” ✓'};
		const text = displaySafeJson(value);
		expect(text).toContain('\\u009b31mred\\u009d\\u007f\\u202eevil\\u2069.txt');
		expect(text).not.toMatch(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		expect(text).toContain('café — “ok” ✓');
		expect(JSON.parse(text)).toEqual(value);
	});
});
