import * as original from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import * as shortcut from '../../source/vendor/ansi-tokenize-styled-chars.js';

// What Ink's frames are made of: text with colours, intensity, underline and links turned on and off.
const styleCode = fc.constantFrom('\u001B[1m', '\u001B[2m', '\u001B[22m', '\u001B[31m', '\u001B[39m', '\u001B[38;5;123m', '\u001B[48;2;1;2;3m', '\u001B[49m', '\u001B[4m', '\u001B[24m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B]8;;https://example.org\u0007', '\u001B]8;;\u0007');
const styledText = fc.array(fc.oneof(styleCode, fc.constantFrom('a', 'bc', ' ', '—', '漢', '👍')), {maxLength: 30}).map(parts => parts.join(''));
// A row as Ink builds it: the characters of several writes side by side, and blank cells between.
const row = fc.array(fc.oneof(styledText.map(text => original.styledCharsFromTokens(original.tokenize(text))), fc.constant<original.StyledChar[]>([{type: 'char', value: ' ', fullWidth: false, styles: []}])), {maxLength: 6}).map(writes => writes.flat());

describe('styledCharsToString', () => {
	it('writes what @alcalzone/ansi-tokenize writes, for any row of styled characters', () => {
		fc.assert(
			fc.property(row, chars => shortcut.styledCharsToString(chars) === original.styledCharsToString(chars)),
			{numRuns: 3000},
		);
	});

	it('keeps each style change and closes every style at the end', () => {
		const chars = original.styledCharsFromTokens(original.tokenize('\u001B[1mab\u001B[31mc\u001B[39m d'));
		expect(shortcut.styledCharsToString(chars)).toBe('\u001B[1mab\u001B[31mc\u001B[39m d\u001B[22m');
	});
});
