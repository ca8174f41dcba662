import {describe, expect, it} from 'vitest';
import {styledRuns} from '../../../source/core/rich/styled-runs.js';

const shown = (runs: ReturnType<typeof styledRuns>) => runs.map(run => `${[...run.styles].sort().join('+') || '-'}${run.match ? `/${run.match}` : ''}:${run.text}`);

describe('styledRuns', () => {
	it('gives a plain row one run, and an empty row none', () => {
		expect(shown(styledRuns('plain words', 0, undefined, []))).toEqual(['-:plain words']);
		expect(styledRuns('', 5, [{start: 0, end: 9, style: 'italic'}], [])).toEqual([]);
	});

	it('cuts a row by spans given in paragraph offsets, clipped to the row', () => {
		// The row is paragraph[10, 24): `she said. Then`; italic covers [5, 18), bold [18, 40).
		const runs = styledRuns('she said. Then', 10, [{start: 5, end: 18, style: 'italic'}, {start: 18, end: 40, style: 'bold'}], []);
		expect(shown(runs)).toEqual(['italic:she said', 'bold:. Then']);
	});

	it('keeps nested and overlapping emphasis, and strike and underline', () => {
		const runs = styledRuns('abcdefgh', 0, [{start: 0, end: 6, style: 'italic'}, {start: 2, end: 4, style: 'bold'}, {start: 3, end: 8, style: 'strike'}, {start: 7, end: 8, style: 'underline'}], []);
		expect(shown(runs)).toEqual(['italic:ab', 'bold+italic:c', 'bold+italic+strike:d', 'italic+strike:ef', 'strike:g', 'strike+underline:h']);
	});

	it('draws search hits over the emphasis, the current one apart', () => {
		const runs = styledRuns('the lamp and the sea', 100, [{start: 104, end: 112, style: 'italic'}], [
			{start: 104, end: 108, current: false},
			{start: 117, end: 120, current: true},
		]);
		expect(shown(runs)).toEqual(['-:the ', 'italic/hit:lamp', 'italic: and', '-: the ', '-/current:sea']);
	});

	it('ignores empty and inverted spans', () => {
		expect(shown(styledRuns('word', 0, [{start: 2, end: 2, style: 'bold'}, {start: 3, end: 1, style: 'italic'}], []))).toEqual(['-:word']);
	});
});
