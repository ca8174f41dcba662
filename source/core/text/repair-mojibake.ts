import type {RepairNote} from '../work.js';
import {CP1252_80_9F} from './decode-bytes.js';
import {ESCAPE_SEQUENCE} from './sanitize.js';
import {onFirstUse} from './on-first-use.js';

/** The characters Windows-1252 puts where Latin-1 has C1 controls, with the byte each stands for. */
const CP1252_ONLY = new Map(
	[...CP1252_80_9F].map((char, index) => [char, 0x80 + index] as const).filter(([char]) => char.charCodeAt(0) > 0xff),
);

/** A character class for the renderings of continuation bytes `low`–`high` (within 0x80–0xBF), raw C1 included. */
function continuation(low: number, high: number): string {
	const hex = (byte: number) => `\\x${byte.toString(16)}`;
	const cp1252 = [...CP1252_ONLY].filter(([, byte]) => byte >= low && byte <= high).map(([char]) => char);
	return `[${hex(low)}-${hex(high)}${cp1252.join('')}]`;
}

const ANY = continuation(0x80, 0xbf);
/**
 * One UTF-8 multibyte sequence as Windows-1252 or Latin-1 shows it. The
 * second-byte limits after E0, ED, F0 and F4 follow the UTF-8 grammar, so
 * every match is valid UTF-8 (no overlongs, surrogates or code points past
 * U+10FFFF) and decodes without a check.
 */
const SEQUENCE = [
	`[\\xc2-\\xdf]${ANY}`,
	`\\xe0${continuation(0xa0, 0xbf)}${ANY}`,
	`[\\xe1-\\xec\\xee\\xef]${ANY}{2}`,
	`\\xed${continuation(0x80, 0x9f)}${ANY}`,
	`\\xf0${continuation(0x90, 0xbf)}${ANY}{2}`,
	`[\\xf1-\\xf3]${ANY}{3}`,
	`\\xf4${continuation(0x80, 0x8f)}${ANY}{2}`,
].join('|');
/** Adjacent sequences are judged together: Hebrew or Arabic mojibake comes as runs whose evidence is spread thin. */
const RUN = new RegExp(`(?:${SEQUENCE})+`, 'g');

/** Whether there is anything to repair: a lead followed by a continuation, or a C1 character. */
const MAYBE_MOJIBAKE = new RegExp(`[\\xc2-\\xf4]${ANY}|[\\x80-\\x9f]`);

/**
 * Continuation bytes whose rendering ordinarily follows a word (… ’ ” “ ‘ – —
 * ™ NBSP £ ¨ soft hyphen ® ´ · » ¿), so `café…”` or `NESTLÉ®` prove nothing.
 * Every other byte in 0x80–0xBF renders as a symbol or a C1 control that real
 * text hardly ever puts straight after a letter.
 */
const ORDINARY_AFTER_WORD = new Set([
	0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0xa0, 0xa3, 0xa8, 0xad, 0xae, 0xb4, 0xb7, 0xbb, 0xbf,
]);
const LETTER = onFirstUse(() => /\p{L}/u);
const LOWERCASE = onFirstUse(() => /\p{Ll}/u);
const LOWERCASE_WORD = onFirstUse(() => /^\p{Ll}[\p{Ll}\p{M}]*$/u);
const C1 = /[\x80-\x9f]/;

/** Mojibake runs three deep in the wild; a fourth pass is spare, the bound keeps a pathological file cheap. */
const MAX_PASSES = 4;

function byteOf(char: string): number {
	return CP1252_ONLY.get(char) ?? char.charCodeAt(0);
}

/** What a run's characters say by themselves, worked out once per distinct run. */
type Reading = {
	decoded: string;
	/**
	 * The bytes alone prove mojibake: Â or Ã (C2/C3) lead a symbol or control,
	 * which spells no word but is the signature of Latin-1 read twice; or a
	 * continuation renders as something that does not follow a letter.
	 */
	proven: boolean;
	/**
	 * â (E2) leads punctuation, arrows, box drawing and symbols. A word ending
	 * in â is rare, but it exists, so this only counts away from a word.
	 */
	symbolLead: boolean;
	/** Decodes to a lowercase letter, perhaps with marks. */
	lowercase: boolean;
	/** Begins with a Latin-1 uppercase letter (Ä for ą, Å for ś). */
	uppercaseLead: boolean;
};

function read(run: string): Reading {
	let decoded = '';
	let proven = false;
	let symbolLead = false;
	for (let index = 0; index < run.length; ) {
		const lead = run.charCodeAt(index);
		const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
		let codePoint = lead & (0x7f >> length);
		for (let offset = 1; offset < length; offset++) {
			const byte = byteOf(run[index + offset]!);
			codePoint = (codePoint << 6) | (byte & 0x3f);
			// ß (DF) would decode to N'Ko, which no fic holds, while German
			// puts ß straight before «, ‹ and ›.
			proven ||= lead !== 0xdf && !ORDINARY_AFTER_WORD.has(byte);
		}

		proven ||= lead === 0xc2 || lead === 0xc3;
		symbolLead ||= lead === 0xe2;
		decoded += String.fromCodePoint(codePoint);
		index += length;
	}

	const first = run.charCodeAt(0);
	return {
		decoded,
		proven,
		symbolLead,
		lowercase: LOWERCASE_WORD().test(decoded),
		uppercaseLead: first <= 0xde && first !== 0xd7,
	};
}

/**
 * Whether a run is mojibake rather than accented text that happens to match.
 * A false repair mangles a name the reader cares about, so a run is only
 * repaired on positive evidence. Besides the bytes, its place counts: a
 * lowercase letter inside a lowercase word, where the mojibake shows an
 * uppercase letter (`siÄ™` for się) or a letter and punctuation with more
 * word after it (`Nguyá»…n` for Nguyễn). Real text puts an uppercase accented
 * letter or a quote after a lowercase letter only at a word's edge
 * (`ZZAJÉ’s`, `café…”`).
 */
function isMojibake(reading: Reading, before: string | undefined, after: string | undefined): boolean {
	if (reading.proven || (reading.symbolLead && !(before !== undefined && LETTER().test(before)))) {
		return true;
	}

	return (
		reading.lowercase &&
		before !== undefined &&
		LOWERCASE().test(before) &&
		(reading.uppercaseLead || (after !== undefined && LOWERCASE().test(after)))
	);
}

/** Undoes UTF-8 read as Windows-1252 or Latin-1, as many times as it happened. */
function repairUtf8(text: string): string {
	// Runs repeat (every é is the same `Ã©`), so each is read once; the cache
	// lives for one call so it never holds more than the text in hand.
	const readings = new Map<string, Reading>();
	const repairRun = (run: string, offset: number, whole: string): string => {
		let reading = readings.get(run);
		if (reading === undefined) {
			reading = read(run);
			readings.set(run, reading);
		}

		return isMojibake(reading, whole[offset - 1], whole[offset + run.length]) ? reading.decoded : run;
	};

	let result = text;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const next = result.replace(RUN, repairRun);
		if (next === result) {
			break;
		}

		result = next;
	}

	return result;
}

// Escape sequences are matched first so their C1 introducers and terminators
// stay as they are and the sanitizer removes each sequence whole.
const C1_OR_ESCAPE = new RegExp(`${ESCAPE_SEQUENCE.source}|[\\x80-\\x9f]`, 'g');

/**
 * Gives lone C1 characters their Windows-1252 meaning (U+0093 → “): they come
 * from Windows-1252 text read as Latin-1. The five bytes Windows-1252 leaves
 * undefined stay C1, for the sanitizer to drop.
 */
function mapC1(text: string): string {
	return text.replace(C1_OR_ESCAPE, match =>
		match.length === 1 && match >= '\x80' ? CP1252_80_9F[match.charCodeAt(0) - 0x80]! : match,
	);
}

/**
 * Repairs mojibake: UTF-8 decoded as Windows-1252 or Latin-1 (`Ã©` → é,
 * `â€œ` → “), then stray C1 characters. Must run before control characters are
 * removed, since mojibake holds C1s (`â€\u009d` is ”). Pushes
 * 'mojibake-repaired' and 'c1-mapped' onto `notes` for what it changed.
 */
export function repairMojibake(text: string, notes?: RepairNote[]): string {
	if (!MAYBE_MOJIBAKE.test(text)) {
		return text;
	}

	const repaired = repairUtf8(text);
	if (repaired !== text) {
		notes?.push('mojibake-repaired');
	}

	const mapped = C1.test(repaired) ? mapC1(repaired) : repaired;
	if (mapped !== repaired) {
		notes?.push('c1-mapped');
	}

	return mapped;
}
