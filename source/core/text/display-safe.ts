// Control characters, DEL, C1 and bidi overrides/isolates: what must never reach a terminal.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// The same above the C0 controls, which JSON escapes already.
const unsafeInJson = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes a string that did not pass through the text pipeline (a file name, an
 * OS error message) safe to print. Each unsafe character becomes `?` rather
 * than vanishing, so two odd names stay distinguishable.
 */
export function displaySafe(text: string): string {
	// A lone surrogate is a byte of a file name that is not UTF-8 (see name-bytes.ts): shown as U+FFFD.
	return text.replace(unsafe, '?').replace(loneSurrogate, '\uFFFD');
}

/**
 * `JSON.stringify(value)` with every character `displaySafe` replaces written
 * as a `\uXXXX` escape instead: JSON escapes only those below 0x20, so a
 * file name with U+009B (a CSI) or U+202E would reach the terminal of whoever
 * runs `--json`. The parsed strings are exact, for scripts.
 */
export function displaySafeJson(value: unknown): string {
	// Outside its strings JSON is ASCII, so only characters inside strings are matched.
	return JSON.stringify(value).replace(unsafeInJson, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
