/**
 * Finding things in a parsed tree, with explicit stacks rather than
 * recursion, so that no tree can overflow the call stack.
 */
import {BLOCK_ELEMENTS} from './html-rules.js';
import {isElement, type MarkupElement, type MarkupNode} from './parse-markup.js';

// Sanitized text holds no tab, CR or form feed, so these are all of HTML's white space; a no-break space is not.
const SPACES = /[ \n]+/g;
const EDGE_SPACES = /^ +| +$/g;

export type ElementTest = (element: MarkupElement) => boolean;

/**
 * Visits every element under `root` (not `root` itself) in document order,
 * with an explicit stack, until `visit` returns true.
 */
function walkElements(root: MarkupElement, visit: (element: MarkupElement) => boolean | void): void {
	const stack: MarkupNode[] = [];
	for (let index = root.children.length - 1; index >= 0; index--) {
		stack.push(root.children[index]!);
	}

	while (stack.length > 0) {
		const node = stack.pop()!;
		if (!isElement(node)) {
			continue;
		}

		if (visit(node) === true) {
			return;
		}

		for (let index = node.children.length - 1; index >= 0; index--) {
			stack.push(node.children[index]!);
		}
	}
}

/** Every element under `root` (not `root` itself) that passes, in document order. */
export function findAll(root: MarkupElement, test: ElementTest): MarkupElement[] {
	const found: MarkupElement[] = [];
	walkElements(root, element => {
		if (test(element)) {
			found.push(element);
		}
	});
	return found;
}

/** Every element under `root` (not `root` itself), in document order. */
export function elementsUnder(root: MarkupElement): MarkupElement[] {
	return findAll(root, () => true);
}

/** The first element under `root` in document order that passes, or undefined. */
export function findFirst(root: MarkupElement, test: ElementTest): MarkupElement | undefined {
	let found: MarkupElement | undefined;
	walkElements(root, element => {
		if (test(element)) {
			found = element;
			return true;
		}

		return false;
	});
	return found;
}

/** The first element with this `id`. */
export function byId(root: MarkupElement, id: string): MarkupElement | undefined {
	return findFirst(root, element => element.attributes['id'] === id);
}

/** Whether the element's `class` list holds `name` (a whole word, case-sensitive as in HTML). */
export function hasClass(element: MarkupElement, name: string): boolean {
	const classes = element.attributes['class'];
	return classes !== undefined && classes.split(/\s+/).includes(name);
}

/** The element's child elements, without text. */
export function childElements(element: MarkupElement): MarkupElement[] {
	return element.children.filter(isElement);
}

/**
 * The element's text as a browser would lay it out plainly: runs of white
 * space collapse to one space, `<br>` and the edges of block elements
 * (`p`, `div`, `li`, `dd`…) become line breaks, and lines are trimmed.
 */
export function textOf(element: MarkupElement): string {
	const pieces: string[] = [];
	// Strings are text; null marks the end of a block, where a line ends.
	const stack: Array<MarkupNode | null> = [...element.children].reverse();
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node === null) {
			pieces.push('\n');
		} else if (!isElement(node)) {
			pieces.push(node.replace(SPACES, ' '));
		} else if (node.name === 'br') {
			pieces.push('\n');
		} else {
			const block = BLOCK_ELEMENTS.has(node.name);
			if (block) {
				pieces.push('\n');
				stack.push(null);
			}

			for (let index = node.children.length - 1; index >= 0; index--) {
				stack.push(node.children[index]!);
			}
		}
	}

	return pieces
		.join('')
		.split('\n')
		.map(line => line.replace(/ {2,}/g, ' ').replace(EDGE_SPACES, ''))
		.filter(line => line !== '')
		.join('\n');
}

/** The elements under `root` that hold a passing element somewhere below them, found in one walk. */
export function ancestorsOfMatches(root: MarkupElement, test: ElementTest): Set<MarkupElement> {
	const ancestors = new Set<MarkupElement>();
	// The open path from `root`; null marks where an element's children end.
	const path: MarkupElement[] = [];
	const stack: Array<MarkupElement | null> = [root];
	while (stack.length > 0) {
		const element = stack.pop()!;
		if (element === null) {
			path.pop();
			continue;
		}

		if (element !== root && test(element)) {
			// Walking up stops at the first ancestor already marked: its own ancestors are too.
			for (let index = path.length - 1; index >= 0 && !ancestors.has(path[index]!); index--) {
				ancestors.add(path[index]!);
			}
		}

		path.push(element);
		stack.push(null);
		for (let index = element.children.length - 1; index >= 0; index--) {
			const child = element.children[index]!;
			if (isElement(child)) {
				stack.push(child);
			}
		}
	}

	return ancestors;
}
