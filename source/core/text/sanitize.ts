import type {RepairNote} from '../work.js';

const CSI_TAIL = String.raw`[0-?]*[ -/]*[@-~]`;
const OSC_BODY = String.raw`[^\x07\x1b\x9c\n\r]*`;
const OSC_END = String.raw`(?:\x07|\x1b\\|\x9c)`;
const STRING_BODY = String.raw`[^\x1b\x9c\n\r]*`;
const STRING_END = String.raw`(?:\x1b\\|\x9c)`;

/**
 * A terminal escape sequence, matched whole so that no parameter bytes are
 * left behind as visible junk. 7-bit forms: CSI, OSC (ended by BEL or ST),
 * DCS/SOS/PM/APC (ended by ST), any other ESC sequence, and a lone ESC. An
 * unterminated string sequence runs to the end of its line, as a terminal
 * would swallow it. 8-bit forms count only when complete: a lone C1 byte in a
 * fic is far likelier to be a Windows-1252 character than an escape, so the
 * mojibake repair shares this pattern to know which C1s to leave alone.
 */
export const ESCAPE_SEQUENCE = new RegExp(
	[
		String.raw`\x1b(?:\[${CSI_TAIL}|\]${OSC_BODY}${OSC_END}?|[PX^_]${STRING_BODY}${STRING_END}?|[ -/]*[0-~])?`,
		// A parameter is required so that a `›` (0x9B) before a letter stays text.
		String.raw`\x9b[0-?]${CSI_TAIL}`,
		String.raw`\x9d${OSC_BODY}${OSC_END}`,
		String.raw`[\x90\x98\x9e\x9f]${STRING_BODY}${STRING_END}`,
	].join('|'),
	'g',
);

/** Everything `sanitize` changes; text without any of it passes untouched. */
const NEEDS_SANITIZING = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const UNICODE_LINE_BREAK = /[\u2028\u2029]/g;
const LEADING_TABS = /^\t+/gm;
const TAB = /\t/g;
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;
// Overrides and isolates can reorder what the terminal shows (Trojan Source);
// the plain marks U+200E/U+200F only nudge neutrals and stay.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
// A byte-order mark inside the text is left over from concatenated files.
const STRAY_BOM = /\ufeff/g;

const TAB_STOP = '    ';

/** Removes every match of `pattern`, recording `note` when there was one. */
function removeNoting(text: string, pattern: RegExp, note: RepairNote, notes: RepairNote[]): string {
	const next = text.replace(pattern, '');
	if (next.length !== text.length) {
		notes.push(note);
	}

	return next;
}

/**
 * Makes decoded text safe to print: LF line ends, no tabs, and no escape
 * sequence, control character (other than LF) or bidi override left, so a
 * file cannot move the cursor, set the clipboard or disguise its text.
 */
export function sanitize(text: string): {text: string; notes: RepairNote[]} {
	const notes: RepairNote[] = [];
	if (!NEEDS_SANITIZING.test(text)) {
		return {text, notes};
	}

	// Line ends go first so that "to the end of its line" below means LF only.
	let result = text;
	if (result.includes('\r\n')) {
		notes.push('crlf');
		result = result.replaceAll('\r\n', '\n');
	}

	if (result.includes('\r')) {
		notes.push('cr');
		result = result.replaceAll('\r', '\n');
	}

	// Asked again because a CRLF file is often clean once its line ends are.
	if (!NEEDS_SANITIZING.test(result)) {
		return {text: result, notes};
	}

	result = result.replace(UNICODE_LINE_BREAK, '\n');
	result = removeNoting(result, ESCAPE_SEQUENCE, 'escapes-removed', notes);

	if (result.includes('\t')) {
		notes.push('tabs-expanded');
		result = result.replace(LEADING_TABS, tabs => TAB_STOP.repeat(tabs.length)).replace(TAB, ' ');
	}

	result = removeNoting(result, CONTROL, 'controls-removed', notes);
	result = removeNoting(result, BIDI_CONTROL, 'bidi-removed', notes);
	return {text: result.replace(STRAY_BOM, ''), notes};
}
