import {describe, expect, it} from 'vitest';
import {fingerprintText} from '../../../source/core/state/fingerprint.js';

describe('fingerprintText', () => {
	const text = 'Chapter 1\n\nIt was a dark and stormy night.\nThe rain fell.\n\n  Chapter 2\n\nMorning.\n';

	it('is 16 hex digits and stable', () => {
		expect(fingerprintText(text)).toMatch(/^[0-9a-f]{16}$/);
		expect(fingerprintText(text)).toBe(fingerprintText(text));
	});

	it('ignores line endings, trailing spaces, tabs, runs of blank lines and a BOM', () => {
		const variants = [
			text.replaceAll('\n', '\r\n'),
			text.replaceAll('\n', '\r'),
			text.replaceAll('\n', ' \t\n'),
			text.replaceAll('\n\n', '\n\n\n\n'),
			`\uFEFF${text}`,
			`  ${text}  \n\n`,
		];
		for (const variant of variants) {
			expect(fingerprintText(variant)).toBe(fingerprintText(text));
		}
	});

	it('matches collapsing every whitespace run to one space', () => {
		const messy = ' a\u00A0\u00A0b \n c\t\td  e\u2003f\r\n';
		expect(fingerprintText(messy)).toBe(fingerprintText('a b c d e f'));
	});

	it('changes when the words change', () => {
		expect(fingerprintText(text.replace('stormy', 'calm'))).not.toBe(fingerprintText(text));
		expect(fingerprintText('ab')).not.toBe(fingerprintText('a b'));
	});

	it('gives a 5 MB text the same fingerprint whatever its line endings', () => {
		const big = 'Some words in a sentence, “quoted”, and—dashed.\r\n'.repeat(100_000);
		expect(fingerprintText(big)).toBe(fingerprintText(big.replaceAll('\r\n', '\n')));
	});
});
