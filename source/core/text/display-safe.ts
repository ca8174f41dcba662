// Control characters, DEL, C1 and bidi overrides/isolates: what must never reach a terminal.
const unsafe = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Makes a string that did not pass through the text pipeline (a file name, an
 * OS error message) safe to print. Each unsafe character becomes `?` rather
 * than vanishing, so two odd names stay distinguishable.
 */
export function displaySafe(text: string): string {
	return text.replace(unsafe, '?');
}
