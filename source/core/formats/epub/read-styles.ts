/**
 * The book's stylesheets, for the emphasis calibre hides behind renamed
 * classes (`<span class="calibre8">` is italic only because the CSS says
 * so). A stylesheet that cannot be read costs its emphasis, not the book.
 */
import type {InlineStyle} from '../../work.js';
import {classStylesFromCss} from '../markup/class-styles-from-css.js';
import {readText, type EpubBook} from './open-epub.js';

/** More CSS than a book of fiction needs; past it, stylesheets are not read. */
const MAX_CSS_BYTES = 1024 * 1024;

export async function readClassStyles(book: EpubBook): Promise<Map<string, InlineStyle[]>> {
	const styles = new Map<string, InlineStyle[]>();
	let budget = MAX_CSS_BYTES;
	for (const item of book.pkg.stylesheets) {
		const entry = book.zip.entries.get(item.path);
		if (entry === undefined || entry.size > budget) continue;
		budget -= entry.size;
		const css = await readText(book, item.path);
		if (!css.ok) continue;
		for (const [name, inline] of classStylesFromCss(css.text)) {
			if (!styles.has(name)) styles.set(name, inline);
		}
	}

	return styles;
}
