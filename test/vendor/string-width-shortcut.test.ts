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
