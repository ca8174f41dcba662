/**
 * Reads which classes a stylesheet makes italic, bold, underlined or struck
 * through. calibre renames classes by computed style (`calibre3` is whatever
 * was italic), so in an EPUB or AZW3 the emphasis often lives only here.
 * A tolerant, linear scan, not a CSS parser: only rules whose selectors are
 * plain classes (`.calibre3`, `span.italic`) count.
 */
import type {InlineStyle} from '../../work.js';

/** More CSS than any book's stylesheet; the rest is not read. */
const MAX_CSS_LENGTH = 1024 * 1024;

// One class, optionally on an element name; a compound (`.a.b`) matches fewer elements than either class, so it is left out.
const simpleClassSelector = /^[a-z\d_-]*\.([a-z\d_-]+)$/i;

/** The styles a list of declarations (`font-style: italic; …`) turns on. */
export function stylesOfDeclarations(declarations: string): InlineStyle[] {
	const styles = new Set<InlineStyle>();
	for (const declaration of declarations.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon === -1) {
			continue;
		}

		const property = declaration.slice(0, colon).trim().toLowerCase();
		const value = declaration.slice(colon + 1).trim().toLowerCase();
		if (property === 'font-style' && /^(?:italic|oblique)\b/.test(value)) {
			styles.add('italic');
		} else if (property === 'font-weight' && /^(?:bold|bolder|[6-9]00)\b/.test(value)) {
			styles.add('bold');
		} else if (property === 'text-decoration' || property === 'text-decoration-line') {
			if (/\bunderline\b/.test(value)) {
				styles.add('underline');
			}

			if (/\bline-through\b/.test(value)) {
				styles.add('strike');
			}
		}
	}

	return [...styles];
}

/** The CSS with its comments cut, by `indexOf` (a lazy regex is quadratic over many unclosed `/*`). */
function withoutComments(css: string): string {
	const kept: string[] = [];
	let from = 0;
	for (let open = css.indexOf('/*'); open !== -1; open = css.indexOf('/*', from)) {
		kept.push(css.slice(from, open));
		const close = css.indexOf('*/', open + 2);
		from = close === -1 ? css.length : close + 2;
	}

	kept.push(css.slice(from));
	return kept.join('');
}

/** Class name → the styles its rules turn on, from a stylesheet. Never throws; unreadable rules are skipped. */
export function classStylesFromCss(css: string): Map<string, InlineStyle[]> {
	const found = new Map<string, Set<InlineStyle>>();
	const text = withoutComments(css.slice(0, MAX_CSS_LENGTH));
	let selectorStart = 0;
	let bodyStart = -1;
	let selectors = '';
	// One pass over the braces; an `@media {` only resets the selector, so rules inside it count too.
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '{') {
			selectors = text.slice(selectorStart, index);
			bodyStart = index + 1;
			selectorStart = index + 1;
		} else if (char === '}') {
			if (bodyStart !== -1) {
				addRule(found, selectors, stylesOfDeclarations(text.slice(bodyStart, index)));
			}

			bodyStart = -1;
			selectorStart = index + 1;
		}
	}

	return new Map([...found].map(([name, styles]) => [name, [...styles]]));
}

function addRule(found: Map<string, Set<InlineStyle>>, selectors: string, styles: readonly InlineStyle[]): void {
	if (styles.length === 0) {
		return;
	}

	for (const selector of selectors.split(',')) {
		const name = simpleClassSelector.exec(selector.trim())?.[1];
		if (name === undefined) {
			continue;
		}

		const set = found.get(name) ?? new Set();
		for (const style of styles) {
			set.add(style);
		}

		found.set(name, set);
	}
}
