/** Which emphasis an element turns on: by its name, its classes (from the book's CSS) or its `style` attribute. */
import type {InlineStyle} from '../../work.js';
import {stylesOfDeclarations} from './class-styles-from-css.js';
import type {MarkupElement} from './parse-markup.js';

export type ClassStyles = ReadonlyMap<string, readonly InlineStyle[]>;

const elementStyles: ReadonlyMap<string, InlineStyle> = new Map([
	['em', 'italic'],
	['i', 'italic'],
	['cite', 'italic'],
	['dfn', 'italic'],
	['var', 'italic'],
	['b', 'bold'],
	['strong', 'bold'],
	['u', 'underline'],
	['ins', 'underline'],
	['s', 'strike'],
	['strike', 'strike'],
	['del', 'strike'],
]);

export function inlineStylesOf(element: MarkupElement, classStyles: ClassStyles | undefined): InlineStyle[] {
	const styles: InlineStyle[] = [];
	const named = elementStyles.get(element.name);
	if (named !== undefined) {
		styles.push(named);
	}

	const classes = element.attributes['class'];
	if (classes !== undefined && classStyles !== undefined && classStyles.size > 0) {
		for (const name of classes.split(/\s+/)) {
			styles.push(...(classStyles.get(name) ?? []));
		}
	}

	const style = element.attributes['style'];
	if (style !== undefined) {
		styles.push(...stylesOfDeclarations(style));
	}

	return styles;
}
