/**
 * An exact look at a UTF-8 text file's raw bytes for an ASCII phrase, without
 * decoding, repairing or parsing it: the bytes are read as Latin-1 (one
 * character a byte, the cheapest string V8 makes), and a regular expression
 * built from the phrase matches every byte form the reader's pipeline folds
 * to it (`cleanText`, then the text parsers, then `foldForPhrase`):
 *
 * - ASCII letters in either case;
 * - white space as any run of ASCII white space, no-break spaces, the
 *   Unicode spaces and line separators and the ideographic space;
 * - straight quotes as themselves or their curly forms (U+2018–U+201F,
 *   U+2032, U+2033);
 * - a hyphen as a hyphen with an optional line break after it (FanFicFare's
 *   wrapping is undone by joining `well-` and `known`).
 *
 * That is exact only for files whose other characters fold to nothing ASCII
 * and are kept as they are: valid UTF-8, no control characters (sanitizing
 * removes them, escape sequences whole, which could join words), and only
 * non-ASCII characters of the blocks `unfitBytes` leaves: Latin-1 punctuation,
 * Cyrillic, general punctuation, symbols and dingbats, CJK, kana, Hangul,
 * full-width forms, emoji. Accented Latin letters, combining marks, mojibake,
 * bidi controls: such a piece of a file is left to a slower look; another
 * encoding than UTF-8, the whole file.
 * test/core/grep/phrase-bytes.test.ts checks this against every code point.
 */
import {isUtf8} from 'node:buffer';

const whiteSpace = String.raw`(?:[\t\n\r ]|\xC2\xA0|\xE2\x80[\x80-\x8A\xA8\xA9\xAF]|\xE2\x81\x9F|\xE3\x80\x80)+`;
const byteForms: Readonly<Record<string, string>> = {
	' ': whiteSpace,
	"'": String.raw`(?:'|\xE2\x80[\x98-\x9B\xB2])`,
	'"': String.raw`(?:"|\xE2\x80[\x9C-\x9F\xB3])`,
	'-': `-(?:${whiteSpace})?`,
};

/** Whatever is not printable ASCII or white space: most pieces have none, and this is the cheapest scan for it. */
const notPlainAscii = /[^\t\n\r\x20-\x7E]/;

/**
 * What makes UTF-8 bytes unfit, as Latin-1: control characters but tab and line ends, C1
 * controls, U+00C0–U+03FF (Latin letters, combining marks, Greek), U+0480
 * on up to U+1FFF (Indic marks, Latin and Greek extended), U+2060–U+20FF
 * (invisible operators, bidi isolates, combining marks for symbols),
 * U+2100–U+24FF (letterlike symbols, math operators with a combining
 * overlay), U+2C00–U+2FFF, U+302A–U+302F and U+3099–U+309A (marks),
 * U+A000–U+ABFF, U+F000–U+FEFF (compatibility ideographs, presentation
 * forms, variation selectors, a byte-order mark), U+202A–U+202E (bidi
 * controls), and every plane but the emoji's (U+1F000–U+1FFFF).
 */
export const unfitBytes = new RegExp(
	[
		String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\xC3-\xCF\xD2-\xE1\xF1-\xFF]`,
		String.raw`\xC2[\x80-\x9F]`,
		String.raw`\xE2(?:\x80[\xAA-\xAE]|\x81[\xA0-\xBF]|[\x82-\x93\xB0-\xBF])`,
		String.raw`\xE3(?:\x80[\xAA-\xAF]|\x82[\x99\x9A])`,
		String.raw`\xEA[\x80-\xAF]`,
		String.raw`\xEF[\x80-\xBB]`,
		String.raw`\xF0[\x80-\x9E\xA0-\xBF]`,
	].join('|'),
);

/** The regular expression over Latin-1 views of UTF-8 bytes for the folded `phrase`; null when it is not ASCII. */
export function bytePatternFor(phrase: string): RegExp | null {
	if (phrase === '' || !/^[\u0020-\u007E]*$/.test(phrase)) return null;
	const source = [...phrase].map(character => byteForms[character] ?? character.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&')).join('');
	return new RegExp(source, 'i');
}

/** How many bytes a piece the pattern runs over at least holds: a piece ends at a blank line. */
const pieceBytes = 4096;

/**
 * Whether the UTF-8 text file `bytes` may hold what `pattern` (see
 * `bytePatternFor`) stands for, once read as a work: false only when it surely
 * does not; null when the file is not UTF-8. A piece of it that cannot be
 * judged so (see above; accents in a header, say) is left to `orElse`.
 *
 * The file is looked at in pieces cut at blank lines (no phrase spans
 * paragraphs), so that no string is larger than a few kilobytes (V8 makes
 * small strings far faster than large ones) and a piece that must be looked
 * at slowly is small.
 */
export function quickLook(bytes: Buffer, pattern: RegExp, orElse: (piece: Buffer) => boolean): boolean | null {
	if (!isUtf8(bytes)) return null;
	const breaks = blankLines(bytes);
	// A byte-order mark at the start is dropped by the decoder; anywhere else it is unfit.
	let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	while (start < bytes.length) {
		const end = breaks(start + pieceBytes);
		const piece = bytes.toString('latin1', start, end);
		if (pattern.test(piece) || (notPlainAscii.test(piece) && unfitBytes.test(piece) && orElse(bytes.subarray(start, end)))) return true;
		start = end;
	}

	return false;
}

/** The end of the first blank line (LF LF, or LF CR LF) at or after a position, or the end; asks the bytes once per kind and position. */
function blankLines(bytes: Buffer): (from: number) => number {
	const kinds = [Buffer.from('\n\n'), Buffer.from('\n\r\n')].map(needle => ({needle, at: -2}));
	return from => {
		let end = bytes.length;
		for (const kind of kinds) {
			if (kind.at !== -1 && kind.at < from) kind.at = bytes.indexOf(kind.needle, from);
			if (kind.at !== -1) end = Math.min(end, kind.at + kind.needle.length);
		}

		return end;
	};
}
