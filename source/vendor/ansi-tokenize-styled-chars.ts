/**
 * @alcalzone/ansi-tokenize's styledCharsToString, with a shortcut. A frame's
 * rows are turned from styled characters back into text with it
 * (ink-output.ts), and it diffs the styles of each character against
 * the one before: three Sets and four arrays per character. Neighbours mostly
 * share their styles, and the diff of equal styles is empty, so this skips it
 * for them. A test checks it against the original on any styled text.
 */
import {type AnsiCode, ansiCodesToString, diffAnsiCodes, type StyledChar} from '@alcalzone/ansi-tokenize';

export function styledCharsToString(chars: StyledChar[]): string {
	let text = '';
	// An index loop: this runs for every cell of every frame, from the first frame on, before V8 optimizes it.
	for (let index = 0; index < chars.length; index++) {
		const {styles, value} = chars[index]!;
		if (index === 0) text += ansiCodesToString(styles);
		else if (!sameStyles(chars[index - 1]!.styles, styles)) text += ansiCodesToString(diffAnsiCodes(chars[index - 1]!.styles, styles));
		text += value;
	}

	const last = chars.at(-1);
	if (last) text += ansiCodesToString(diffAnsiCodes(last.styles, []));
	return text;
}

/** Whether two characters have the same styles: the same codes in the same order (the tokenizer derives each end code from its code). */
function sameStyles(before: AnsiCode[], after: AnsiCode[]): boolean {
	if (before.length !== after.length) return false;
	for (let index = 0; index < before.length; index++) {
		if (before[index]!.code !== after[index]!.code) return false;
	}

	return true;
}
