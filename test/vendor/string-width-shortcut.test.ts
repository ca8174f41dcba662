import stringWidthOfClusters from 'string-width';
import {expect, it, vi} from 'vitest';
import stringWidth from '../../source/vendor/string-width.js';

vi.mock('string-width', async original => {
	const real = await original<typeof import('string-width')>();
	return {default: vi.fn(real.default)};
});

// string-width compiles its emoji regex (~45 ms) the first time it measures such a character:
// what ficread draws on every screen must not make every start pay for it.
it('measures the glyphs of ficread’s own screen without string-width', () => {
	const chrome = '▸ ✓ ☆ ◐ ◂ ▏ ─ │ ↑/↓ ← → − € ™ © ® › » · — … ×';
	expect(stringWidth(chrome)).toBe(chrome.length);
	expect(stringWidthOfClusters).not.toHaveBeenCalled();
	// The same text with an emoji still goes to string-width.
	expect(stringWidth(`${chrome} 👍`)).toBe(chrome.length + 3);
	expect(stringWidthOfClusters).toHaveBeenCalledTimes(1);
});

// Ink measures each styled line of a frame: a list row in colour must not go through the segmenter either.
it('measures a styled row by its characters once the colour codes are dropped', () => {
	vi.mocked(stringWidthOfClusters).mockClear();
	const row = '\u001B[7m\u001B[1m▸ The Long Way Home\u001B[22m\u001B[27m · \u001B[2m12k · ✓\u001B[22m';
	expect(stringWidth(row)).toBe('▸ The Long Way Home · 12k · ✓'.length);
	expect(stringWidthOfClusters).not.toHaveBeenCalled();
});
