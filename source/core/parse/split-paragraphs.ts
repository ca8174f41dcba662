/** Lines and blank-line paragraphs: the raw shape every format is read from. */

/** True for an empty line or one holding only whitespace. */
export function isBlank(line: string): boolean {
	return !/\S/.test(line);
}

/** True for a line that starts with whitespace, as FanFicFare's chapter titles do. */
export function isIndented(line: string): boolean {
	return /^\s/.test(line);
}

/** Index of the first non-blank line at or after `from`; `lines.length` when there is none. */
export function skipBlankLines(lines: readonly string[], from: number): number {
	let index = from;
	while (index < lines.length && isBlank(lines[index]!)) {
		index++;
	}

	return index;
}

/**
 * Groups `lines[from..to)` into paragraphs separated by blank lines. A single
 * line break inside a paragraph is the author's own (AO3 and plain text are
 * not wrapped), so it stays as `\n`. Trailing whitespace is dropped.
 */
export function splitParagraphs(lines: readonly string[], from = 0, to = lines.length): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	for (let index = from; index < to; index++) {
		const line = lines[index]!;
		if (isBlank(line)) {
			if (current.length > 0) {
				paragraphs.push(current.join('\n'));
				current = [];
			}
		} else {
			current.push(line.trimEnd());
		}
	}

	if (current.length > 0) {
		paragraphs.push(current.join('\n'));
	}

	return paragraphs;
}

/** The first line of a paragraph, trimmed. */
export function firstLine(paragraph: string): string {
	const end = paragraph.indexOf('\n');
	return (end === -1 ? paragraph : paragraph.slice(0, end)).trim();
}

// Most text is already normalized; testing first saves building a copy of every paragraph.
const irregularSpace = /^\s|\s$|\s\s|[^\S ]/;

/** Collapses runs of whitespace so headings compare equal however they were wrapped or indented. */
export function normalizeSpace(text: string): string {
	return irregularSpace.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
