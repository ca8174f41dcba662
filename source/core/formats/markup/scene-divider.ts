/**
 * Whether a paragraph is a scene divider that an author typed rather than
 * an `<hr>`: a short line of symbols (`*`, `* * *`, `~~~`, `###`) or a
 * decorated letter pattern (`-x-`, `o0o`, `~o~`, `xXx`).
 */

const MAX_DIVIDER_LENGTH = 40;

const symbols = /^[*~#=_+•·◆◇❖★☆♦♥♣♠°§¤\-–—\s]+$/u;
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
