import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/vendor/ink-output.js';

type Transformer = (line: string, index: number) => string;
type Clip = {x1: number | undefined; x2: number | undefined; y1: number | undefined; y2: number | undefined};
type Step = {kind: 'write'; x: number; y: number; text: string; transformers: Transformer[]} | {kind: 'clip'; clip: Clip} | {kind: 'unclip'};

// What panes write: plain and styled text, the symbols ficread draws, wide and joined graphemes, escapes.
const piece = fc.constantFrom('a', 'Bc', ' ', '  ', '│', '…', '·', '—', 'é', 'e\u0301', '漢', '👍', '👩‍👩‍👧', '\u200B', '\u00AD', '\u001B[31m', '\u001B[39m', '\u001B[1m', '\u001B[22m', '\u001B]8;;https://example.org\u0007', '\u001B]8;;\u0007');
const line = fc.array(piece, {maxLength: 12}).map(parts => parts.join(''));
const text = fc.array(line, {minLength: 1, maxLength: 5}).map(lines => lines.join('\n'));
// Mostly whole cells, sometimes Yoga's fractions, sometimes off the frame.
const coordinate = fc.oneof({weight: 8, arbitrary: fc.integer({min: -3, max: 24})}, {weight: 1, arbitrary: fc.constantFrom(0.5, 2.5, -0.5)});
const transformers: fc.Arbitrary<Transformer[]> = fc.constantFrom<Transformer[]>(
	[],
	[line => `\u001B[36m${line}\u001B[39m`],
	[(line, index) => (index % 2 === 0 ? `\u001B[1m${line}\u001B[22m` : line), line => `\u001B[44m${line}\u001B[49m`],
);
const clip = fc.record({x1: fc.option(coordinate, {nil: undefined}), x2: fc.option(coordinate, {nil: undefined}), y1: fc.option(coordinate, {nil: undefined}), y2: fc.option(coordinate, {nil: undefined})});
const step: fc.Arbitrary<Step> = fc.oneof(
	{weight: 6, arbitrary: fc.record({kind: fc.constant('write' as const), x: coordinate, y: coordinate, text, transformers})},
	{weight: 1, arbitrary: fc.record({kind: fc.constant('clip' as const), clip})},
	{weight: 1, arbitrary: fc.constant({kind: 'unclip' as const})},
);
const size = fc.oneof({weight: 8, arbitrary: fc.integer({min: 0, max: 20})}, {weight: 1, arbitrary: fc.constantFrom(3.5, 10.25)});

type Frame = {write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void; clip(clip: Clip): void; unclip(): void; get(): {output: string; height: number}};

function draw(frame: Frame, steps: Step[]): {output: string; height: number} {
	for (const step of steps) {
		if (step.kind === 'write') frame.write(step.x, step.y, step.text, {transformers: step.transformers});
		else if (step.kind === 'clip') frame.clip(step.clip);
		else frame.unclip();
	}

	return frame.get();
}

describe('Output, the stand-in for Ink\'s', () => {
	it('makes the text Ink\'s Output makes, for any writes and clips on a frame of any size', () => {
		fc.assert(
			fc.property(size, size, fc.array(step, {maxLength: 12}), (width, height, steps) => {
				expect(draw(new Output({width, height}), steps)).toEqual(draw(new InkOutput({width, height}), steps));
			}),
			{numRuns: 4000},
		);
	});

	it('draws a frame like ficread\'s: panes clipped side by side, styled lines, a border', () => {
		const steps: Step[] = [
			{kind: 'write', x: 10, y: 0, text: '│\n│\n│', transformers: []},
			{kind: 'clip', clip: {x1: 0, x2: 10, y1: 0, y2: 3}},
			{kind: 'write', x: 0, y: 0, text: 'Library · 2', transformers: [line => `\u001B[1m${line}\u001B[22m`]},
			{kind: 'write', x: 0, y: 1, text: '▸ Café — a', transformers: []},
			{kind: 'unclip'},
			{kind: 'write', x: 12, y: 1, text: 'Title 漢字', transformers: []},
		];
		const {output, height} = draw(new Output({width: 24, height: 4}), steps);
		expect(height).toBe(4);
		expect(output.split('\n')).toEqual(['\u001B[1mLibrary · \u001B[22m│', '▸ Café — a│ Title 漢字', '          │', '']);
		expect(output).toBe(draw(new InkOutput({width: 24, height: 4}), steps).output);
	});

	it('draws nothing of text that starts above the frame, as Ink does', () => {
		const steps: Step[] = [{kind: 'write', x: 0, y: -1, text: 'one\ntwo\nthree', transformers: []}];
		expect(draw(new Output({width: 6, height: 3}), steps)).toEqual({output: '\n\n', height: 3});
		expect(draw(new InkOutput({width: 6, height: 3}), steps)).toEqual({output: '\n\n', height: 3});
	});
});
