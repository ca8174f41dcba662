/**
 * Whether `text` holds a character that an emoji is made of: a pictograph,
 * a regional indicator (flags), a skin-tone modifier or the keycap mark. Every
 * RGI emoji sequence holds one, so text without any is no emoji.
 *
 * Why: string-width tests each grapheme against `/^\p{RGI_Emoji}$/v`, and V8
 * takes ~20–45 ms to compile that regex. The build (scripts/build/stand-ins.js) asks
 * this first, so that CJK, Cyrillic or Greek on the first screen (a fandom's
 * name, say) does not make a start pay for emoji it does not have.
 */
const emojiPart = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u20E3]/u;

export function mayBeEmoji(text: string): boolean {
	return emojiPart.test(text);
}
