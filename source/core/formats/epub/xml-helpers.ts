/**
 * Matching EPUB's XML by local name: books spell namespace prefixes every way
 * (`dc:title`, `opf:meta`, a default namespace, none at all).
 */
import {localName, type MarkupElement} from '../markup/parse-markup.js';
import {textOf} from '../markup/query-markup.js';

/** A predicate for elements of local name `name` (lower case). */
export function named(name: string): (element: MarkupElement) => boolean {
	return element => localName(element.name) === name;
}

/** An attribute by its local name, whatever prefix it has. */
export function attribute(element: MarkupElement, name: string): string | null {
	for (const [key, value] of Object.entries(element.attributes)) {
		if (localName(key) === name) return value;
	}

	return null;
}

/** An element's text with its white space collapsed, as metadata values are shown. */
export function cleanValue(element: MarkupElement): string {
	return textOf(element).replace(/\s+/g, ' ').trim();
}
