import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findPhrase, foldForPhrase, foldPhrase, phraseSpans} from '../../../source/core/grep/find-phrase.js';
import {mayHold} from '../../../source/core/grep/read-body.js';

const body = {
	paragraphs: [
		'Nothing here.',
		'She said, \u201CDon\u2019t go\u201D, and the lamp at\nGull Point went out.',
		'\u00C9ponine waited by the Caf\u00E9 door. The lamp at gull point, again.',
	],
};

describe('findPhrase', () => {
	it('ignores case, accents, curly or straight quotes and line breaks inside the phrase', () => {
		const at = (phrase: string) => findPhrase(body, foldPhrase(phrase)).map(hit => [hit.paragraph, hit.start]);
		expect(at('lamp at gull point')).toEqual([[1, 30], [2, 37]]);
		expect(at('LAMP AT   GULL\nPOINT')).toEqual([[1, 30], [2, 37]]);
		expect(at('"don\'t go"')).toEqual([[1, 10]]);
		expect(at('eponine waited')).toEqual([[2, 0]]);
		expect(at('cafe door')).toEqual([[2, 22]]);
		expect(at('not there')).toEqual([]);
		expect(findPhrase(body, foldPhrase('   '))).toEqual([]);
	});

	it('marks the original characters and quotes them in a one-line snippet', () => {
		const [hit] = findPhrase(body, foldPhrase('gull point went'));
		expect(body.paragraphs[1]!.slice(hit!.start, hit!.end)).toBe('Gull Point went');
		expect(hit!.snippet).toBe('She said, \u201CDon\u2019t go\u201D, and the lamp at Gull Point went out.');
		expect(hit!.snippet).not.toContain('\n');
	});

	it('finds a phrase in a paragraph of megabytes in linear time (a download that is one line)', () => {
		const paragraph = `${'the old door opened. '.repeat(100_000)}The lamp at gull point.`;
		const started = performance.now();
		expect(findPhrase({paragraphs: [paragraph]}, foldPhrase('lamp at gull'))).toHaveLength(1);
		// Quadratic, as it was, this took hours; linear, well under a second.
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('finds in an ASCII paragraph the spans the character map finds', () => {
		const pieces = ['a', 'B', 'ab', ' ', '  ', '\n', '\t', '.', '(', '*'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), fc.array(fc.constantFrom('a', 'b', ' ', '.', '(', '*'), {minLength: 1, maxLength: 5}), (parts, typed) => {
				const paragraph = parts.join('');
				const phrase = foldPhrase(typed.join(''));
				const folded = foldForPhrase(paragraph);
				const expected: Array<[number, number]> = [];
				for (let at = folded.text.indexOf(phrase); phrase !== '' && at >= 0; at = folded.text.indexOf(phrase, at + phrase.length)) {
					expected.push([folded.starts[at]!, folded.ends[at + phrase.length - 1]! + 1]);
				}

				expect(phraseSpans(paragraph, phrase)).toEqual(expected);
			}),
			{numRuns: 3000},
		);
	});

	it('stops at the limit', () => {
		expect(findPhrase(body, foldPhrase('the'), 2)).toHaveLength(2);
	});
});

describe('mayHold', () => {
	const bytes = (text: string) => new TextEncoder().encode(text);

	it('rules out only files that surely lack the phrase', () => {
		expect(mayHold(bytes('Nothing about lamps here.'), 'lighthouse')).toBe(false);
		expect(mayHold(bytes('The LIGHTHOUSE stood.'), 'lighthouse')).toBe(true);
		expect(mayHold(bytes('She turned. He said no.'), 'she said')).toBe(false);
		expect(mayHold(bytes('\u00C9ponine said:\n\u201Cthe LAMP\u00A0was\u201D'), 'said: "the lamp was"')).toBe(true);
		expect(mayHold(bytes('\u0394'), '\u03B4')).toBe(true);
		// Accents, curly quotes, mojibake, removed controls, other encodings: read as the reader reads them.
		expect(mayHold(bytes('\u00C9ponine waited.'), 'eponine')).toBe(true);
		expect(mayHold(bytes('She said \u201CDon\u2019t\u201D.'), "don't")).toBe(true);
		expect(mayHold(bytes('\u00C3\u00A9ponine'), 'eponine')).toBe(true);
		expect(mayHold(bytes('the\u202Elamp'), 'thelamp')).toBe(true);
		expect(mayHold(bytes('a well-\nknown tale'), 'well-known')).toBe(true);
		expect(mayHold(Uint8Array.from([0x45, 0x70, 0xe9, 0x65]), 'epee')).toBe(true);
		expect(mayHold(Uint8Array.from([0x45, 0x70, 0xe9, 0x65]), 'zzz')).toBe(false);
		expect(mayHold(Uint8Array.from([0xff, 0xfe, 0x4c, 0x00, 0x61, 0x00]), 'la')).toBe(true);
		expect(mayHold(Uint8Array.from([0xff, 0xfe, 0x4c, 0x00, 0x61, 0x00]), 'zzz')).toBe(false);
	});
});
