import {describe, expect, it} from 'vitest';
import {parseNotingRepairs} from '../../../../source/core/formats/markup/parse-noting-repairs.js';
import {textOf} from '../../../../source/core/formats/markup/query-markup.js';
import type {RepairNote} from '../../../../source/core/work.js';

describe('parseNotingRepairs', () => {
	it('notes the escapes, controls and bidi controls it removed, not the line ends and tabs of markup', () => {
		const notes = new Set<RepairNote>(['mojibake-repaired']);
		const root = parseNotingRepairs('<p>Red\u001B[31m text\u0007 \u202Eback\u202C.</p>\r\n<p>\ttab</p>', notes);
		expect(textOf(root)).not.toMatch(/[\u001B\u0007\u202E\u202C]/);
		expect([...notes].sort()).toEqual(['bidi-removed', 'controls-removed', 'escapes-removed', 'mojibake-repaired']);
	});

	it('adds nothing for clean markup', () => {
		const notes = new Set<RepairNote>();
		parseNotingRepairs('<p>Plain <i>text</i>.</p>', notes);
		expect(notes.size).toBe(0);
	});
});
