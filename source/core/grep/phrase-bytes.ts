/**
 * An exact look at a UTF-8 text file's raw bytes for an ASCII phrase, without
 * decoding, repairing or parsing it: the bytes are folded as the reader's
 * pipeline (`cleanText`, then the text parsers, then `foldForPhrase`) would
 * fold them, as far as an ASCII phrase can tell (byte-scan.wat):
 *
 * - ASCII letters to lowercase;
 * - a run of white space (ASCII white space, no-break spaces, the Unicode
 *   spaces and line separators, the ideographic space) to one space, and one
 *   holding a blank line (LF LF or LF CR LF, nothing between) to a line
 *   feed, which no phrase holds;
 * - curly quotes and primes (U+2018–U+201B, U+201C–U+201F, U+2032, U+2033)
 *   to straight ones;
 * - the white space after a hyphen to nothing (FanFicFare's wrapping is
 *   undone by joining `well-` and `known`; the phrase is folded so too).
 *
 * That is exact only for files whose other characters fold to nothing ASCII
 * and are kept as they are: valid UTF-8, no control characters (sanitizing
 * removes them, escape sequences whole, which could join words), and only
 * non-ASCII characters of the blocks `unfitBytes` leaves: Latin-1 punctuation,
 * Cyrillic, general punctuation, symbols and dingbats, CJK, kana, Hangul,
 * full-width forms, emoji. Accented Latin letters, combining marks, mojibake,
 * bidi controls: such a paragraph of a file is left to a slower look; another
 * encoding than UTF-8, the whole file.
 * test/core/grep/phrase-bytes.test.ts checks this against every code point.
 */
import {isUtf8} from 'node:buffer';
import {hasUtf8Bom} from '../text/decode-bytes.js';
import {type ByteScanner, createByteScanner, type LoadedFile, maxScanBytes, type ScanPhrase, scanPhraseOf} from './byte-scan.js';

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

/** The byte look for the folded `phrase` (see `foldPhrase`); null when it is not ASCII. */
export function bytePhraseFor(phrase: string): ScanPhrase | null {
	if (phrase === '' || !/^[\u0020-\u007E]*$/.test(phrase)) return null;
	return scanPhraseOf(scanner().fold(Buffer.from(phrase, 'latin1')));
}

/**
 * Whether the UTF-8 text file `bytes` may hold what `phrase` (see
 * `bytePhraseFor`) stands for, once read as a work: false only when it surely
 * does not; null when the file is not UTF-8 (or larger than the scanner
 * takes).
 *
 * Where a paragraph has none of the sequences the fold changes that the
 * phrase could run through (a single space between words is not one, nor a
 * blank line, nor curly quotes for a phrase without quotes), its fold is its
 * lowercasing: the phrase is looked for in the raw bytes, case aside. Only
 * the paragraphs with such a sequence are folded (byte-scan.wat) and
 * searched; where they are many, the rest of the file at once, which costs
 * less than a paragraph at a time. Each paragraph with a sequence that cannot
 * be judged so (see above; accents in a header, say) is left to `orElse`.
 */
export function quickLook(bytes: Buffer, phrase: ScanPhrase, orElse: (paragraph: Uint8Array) => boolean): boolean | null {
	if (bytes.length > maxScanBytes || !isUtf8(bytes)) return null;
	const file = scanner().load(bytes, phrase);
	// A byte-order mark at the start is dropped by the decoder; anywhere else it is unfit.
	const start = hasUtf8Bom(bytes) ? 3 : 0;
	if (file.holdsRaw(start)) return true;
	const irregular = paragraphs(file, start);
	let looked = 0;
	for (let at = file.nextIrregular(start); at < bytes.length; ) {
		const [from, to] = irregular(at);
		if (looked > bytes.length / 8) return file.holdsIn(from, bytes.length) || lookSlowly(bytes, file, start, orElse);
		if (file.holdsIn(from, to)) return true;
		looked += to - from;
		at = file.nextIrregular(to);
	}

	return lookSlowly(bytes, file, start, orElse);
}

/** Whether a paragraph the quick look cannot judge may hold the phrase (see `quickLook`). */
function lookSlowly(bytes: Buffer, file: LoadedFile, start: number, orElse: (paragraph: Uint8Array) => boolean): boolean {
	const unfit = paragraphs(file, start);
	for (let at = file.nextUnfit(start); at < bytes.length; ) {
		const [from, to] = unfit(at);
		if (orElse(bytes.subarray(from, to))) return true;
		at = file.nextUnfit(to);
	}

	return false;
}

/**
 * Room for a file of `size` bytes where `quickLook` looks, kept as it grows
 * (see `ByteScanner.input`): a file read into it is not copied. Valid until
 * the next look or input on this thread.
 */
export function lookInput(size: number, phrase: ScanPhrase | null): Buffer {
	if (size > maxScanBytes) return Buffer.allocUnsafe(size);
	return scanner().input(size, phrase ?? scanPhraseOf(Buffer.alloc(0)));
}

let shared: ByteScanner | undefined;

/** One scanner a thread, made on first use: looks are synchronous, so they cannot overlap. */
function scanner(): ByteScanner {
	shared ??= createByteScanner();
	return shared;
}

/** The paragraphs of a file the bytes asked of are in, asked in increasing order: each search back stops at the last one's end. */
function paragraphs(file: LoadedFile, start: number): (at: number) => [number, number] {
	let lastEnd = start;
	return at => {
		const found = file.paragraph(at, lastEnd);
		lastEnd = found[1];
		return found;
	};
}
