import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {mayBeEmoji} from '../../source/vendor/may-be-emoji.js';

// Built with new RegExp: the v flag is ES2024, past the target tsconfig checks against.
const rgiEmoji = new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v');

describe('mayBeEmoji', () => {
	it('is true for every code point that is an emoji on its own', () => {
		const missed: string[] = [];
		for (let codePoint = 0; codePoint <= 0x10_ff_ff; codePoint++) {
			if (codePoint >= 0xd8_00 && codePoint <= 0xdf_ff) continue;
			const text = String.fromCodePoint(codePoint);
			if (rgiEmoji.test(text) && !mayBeEmoji(text)) missed.push(codePoint.toString(16));
		}

		expect(missed).toEqual([]);
	});

	it('is true for each kind of emoji sequence', () => {
		// Presentation, keycap, flag, tag, modifier and ZWJ sequences.
		for (const emoji of ['☺️', '©️', '#️⃣', '1️⃣', '🇯🇵', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👍🏿', '🏻', '👩🏽‍💻', '❤️‍🔥', '🧑‍🤝‍🧑', '🫱🏻‍🫲🏿']) {
			expect(rgiEmoji.test(emoji)).toBe(true);
			expect(mayBeEmoji(emoji)).toBe(true);
		}
	});

	it('is never false for a grapheme that is an emoji', () => {
		const segmenter = new Intl.Segmenter();
		const parts = fc.constantFrom('\u200D', '\uFE0F', '\u20E3', '#', '7', '\u{1F3FB}', '\u{1F1EF}', '\u{1F1F5}', '\u{E0067}', '\u{E007F}', '👩', '💻', '❤', '漢', 'a');
		fc.assert(
			fc.property(fc.array(parts, {maxLength: 6}), characters => {
				for (const {segment} of segmenter.segment(characters.join(''))) if (rgiEmoji.test(segment) && !mayBeEmoji(segment)) return false;
				return true;
			}),
			{numRuns: 5000},
		);
	});

	it('is false for text in other scripts, which then skips the emoji regex', () => {
		for (const text of ['漢', 'ヒーロー', 'Ёлка', 'Ωμέγα', 'é', '→', '한']) expect(mayBeEmoji(text)).toBe(false);
	});
});
