/**
 * Whether a paragraph is a scene divider that an author typed rather than
 * an `<hr>`: a short line of symbols (`*`, `* * *`, `~~~`, `###`) or a
 * decorated letter pattern (`-x-`, `o0o`, `~o~`, `xXx`).
 */

const MAX_DIVIDER_LENGTH = 40;

const symbols = /^[*~#=_+\u2022\u00b7\u25c6\u25c7\u2756\u2605\u2606\u2666\u2665\u2663\u2660\u00b0\u00a7\u00a4\-\u2013\u2014\s]+$/u;
const letterPattern = /^[-~=*_.\s]*(?:o0o|0o0|oOo|OoO|xXx|XxX|xox|oxo)[-~=*_.\s]*$/;
const decoratedLetter = /^[-~=*_]+\s*[xXoO0]\s*[-~=*_]+$/;

export function isSceneDivider(text: string): boolean {
	const trimmed = text.trim();
	return (
		trimmed !== ''
		&& trimmed.length <= MAX_DIVIDER_LENGTH
		&& (symbols.test(trimmed) || letterPattern.test(trimmed) || decoratedLetter.test(trimmed))
	);
}
