/**
 * Cuts the internal subset out of every `<!DOCTYPE … [ … ]>`. The tokenizer
 * ends a declaration at its first `>`, so the `<!ENTITY …>` lines of a subset
 * would otherwise come out as stray text; and a subset is where entity bombs
 * live. Nothing a subset declares is ever expanded: dropping it is all that
 * is needed. One pass: each scan resumes where the last one stopped.
 */

const doctype = /<!doctype/gi;

/** The index just past the quoted string opening at `start`, or the text's end. */
function skipQuoted(text: string, start: number): number {
	const end = text.indexOf(text[start]!, start + 1);
	return end === -1 ? text.length : end + 1;
}

/** The index of the `]` that closes a subset opening at `start` (quotes and comments may hold a `]`), or -1. */
function subsetEnd(text: string, start: number): number {
	let index = start + 1;
	while (index < text.length) {
		const char = text[index]!;
		if (char === ']') {
			return index;
		}

		if (char === '"' || char === '\'') {
			index = skipQuoted(text, index);
		} else if (text.startsWith('<!--', index)) {
			const close = text.indexOf('-->', index + 4);
			index = close === -1 ? text.length : close + 3;
		} else {
			index++;
		}
	}

	return -1;
}

export function stripInternalSubsets(text: string): string {
	const kept: string[] = [];
	let from = 0;
	doctype.lastIndex = 0;
	while (doctype.exec(text) !== null) {
		let index = doctype.lastIndex;
		// Up to the declaration's `[` or its end, stepping over quoted public and system ids.
		while (index < text.length && text[index] !== '[' && text[index] !== '>') {
			index = text[index] === '"' || text[index] === '\'' ? skipQuoted(text, index) : index + 1;
		}

		if (text[index] !== '[') {
			doctype.lastIndex = index;
			continue;
		}

		const end = subsetEnd(text, index);
		kept.push(text.slice(from, index));
		// An unclosed subset swallows the rest, as it would in an XML parser.
		from = end === -1 ? text.length : end + 1;
		doctype.lastIndex = from;
	}

	if (from === 0) {
		return text;
	}

	kept.push(text.slice(from));
	return kept.join('');
}
