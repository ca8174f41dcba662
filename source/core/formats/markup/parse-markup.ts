/**
 * A small, bounded DOM for untrusted HTML and XML: htmlparser2's tokenizer
 * feeds a tree builder of our own. Not htmlparser2's `Parser`: it keeps its
 * open elements with `unshift` and searches them whole on every end tag, so
 * a file nested 100,000 deep takes minutes; nor domhandler/domutils, whose
 * traversals recurse. Here the open elements are capped, and every string in
 * the tree is decoded (standard character references only, never a DTD's
 * entities), bounded and sanitized.
 */
import {QuoteType, Tokenizer, type TokenizerCallbacks} from 'htmlparser2';
import {sanitize} from '../../text/sanitize.js';
import type {RepairNote} from '../../work.js';
import {DROPPED_ELEMENTS, IMPLIED_CLOSES, VOID_ELEMENTS} from './html-rules.js';
import {stripInternalSubsets} from './strip-internal-subsets.js';

export type MarkupElement = {
	/** Lower-cased; a namespace prefix is kept (`dc:title`): see `localName`. */
	name: string;
	/** Lower-cased names; the first of repeated attributes wins. */
	attributes: Record<string, string>;
	children: MarkupNode[];
};

/** An element, or a run of text (decoded and sanitized). */
export type MarkupNode = MarkupElement | string;

export type ParseOptions = {
	/**
	 * XML rules (OPF, NCX): no void elements or implied ends, and only XML's
	 * five named references. XHTML chapters read better in the default HTML
	 * mode, which knows `&nbsp;` and AO3's bare `<hr>`, and honours `/>` too.
	 */
	xml?: boolean;
	/** Collects what sanitizing removed (`escapes-removed`, `bidi-removed`…), for the work's repair notes. */
	notes?: Set<RepairNote>;
};

/** How many elements deep the tree goes; deeper ones are attached flat to the element at this depth. */
export const MAX_DEPTH = 256;

/** UTF-16 units kept of one attribute value; the rest is dropped as it is read, so a huge one costs no memory. */
export const MAX_ATTRIBUTE_LENGTH = 64 * 1024;

const fromCodePoint = String.fromCodePoint;

/** The name without its namespace prefix: `dc:title` → `title`. */
export function localName(name: string): string {
	return name.slice(name.indexOf(':') + 1);
}

export function isElement(node: MarkupNode): node is MarkupElement {
	return typeof node !== 'string';
}

/** Cuts a value to the cap without leaving half of a surrogate pair. */
function capped(value: string): string {
	if (value.length <= MAX_ATTRIBUTE_LENGTH) {
		return value;
	}

	const end = /[\uD800-\uDBFF]/.test(value[MAX_ATTRIBUTE_LENGTH - 1]!) ? MAX_ATTRIBUTE_LENGTH - 1 : MAX_ATTRIBUTE_LENGTH;
	return value.slice(0, end);
}

class TreeBuilder implements TokenizerCallbacks {
	readonly root: MarkupElement = {name: '#document', attributes: {}, children: []};
	/** The open elements that receive content, outermost first; never more than MAX_DEPTH. */
	private readonly open: MarkupElement[] = [this.root];
	/** Text read since the last tag, joined and sanitized once so that a reference cannot split an escape sequence. */
	private readonly text: string[] = [];
	/** The element being opened, until its tag ends. */
	private opening: MarkupElement | undefined;
	private attributeName = '';
	private attributeValue = '';
	/** Inside a dropped element: its name and how many of that name are open, so nested ones end it at the right tag. */
	private dropping: {name: string; depth: number} | undefined;

	constructor(
		private readonly source: string,
		private readonly html: boolean,
		private readonly notes: Set<RepairNote> | undefined,
	) {}

	ontext(start: number, endIndex: number): void {
		if (this.dropping === undefined) {
			this.text.push(this.source.slice(start, endIndex));
		}
	}

	ontextentity(codePoint: number): void {
		if (this.dropping === undefined) {
			this.text.push(fromCodePoint(codePoint));
		}
	}

	onopentagname(start: number, endIndex: number): void {
		const name = this.nameAt(start, endIndex);
		this.opening = {name: this.html && name === 'image' ? 'img' : name, attributes: {}, children: []};
	}

	onattribname(start: number, endIndex: number): void {
		this.attributeName = this.nameAt(start, endIndex);
		this.attributeValue = '';
	}

	onattribdata(start: number, endIndex: number): void {
		const room = MAX_ATTRIBUTE_LENGTH + 1 - this.attributeValue.length;
		if (room > 0) {
			this.attributeValue += this.source.slice(start, Math.min(endIndex, start + room));
		}
	}

	onattribentity(codePoint: number): void {
		if (this.attributeValue.length <= MAX_ATTRIBUTE_LENGTH) {
			this.attributeValue += fromCodePoint(codePoint);
		}
	}

	onattribend(_quote: QuoteType): void {
		const attributes = this.opening?.attributes;
		if (attributes !== undefined && !Object.hasOwn(attributes, this.attributeName)) {
			attributes[this.attributeName] = this.clean(capped(this.attributeValue));
		}

		this.attributeValue = '';
	}

	onopentagend(): void {
		this.startElement(false);
	}

	onselfclosingtag(): void {
		// Honoured in HTML too: fics written as XHTML say `<div/>` and mean it.
		this.startElement(true);
	}

	onclosetag(start: number, endIndex: number): void {
		const name = this.nameAt(start, endIndex);
		if (this.dropping !== undefined) {
			if (name === this.dropping.name && --this.dropping.depth === 0) {
				this.dropping = undefined;
			}

			return;
		}

		this.flushText();
		const index = this.open.findLastIndex(element => element.name === name);
		if (index > 0) {
			this.open.length = index;
		} else if (this.html && (name === 'p' || name === 'br')) {
			// A stray `</p>` is an empty paragraph and a `</br>` a line break, as browsers read them.
			this.top().children.push({name, attributes: {}, children: []});
		}
	}

	oncdata(): void {}

	oncomment(): void {}

	ondeclaration(): void {}

	onprocessinginstruction(): void {}

	onend(): void {
		this.flushText();
	}

	/** XML's tokenizer takes almost any character into a name, controls included. */
	private nameAt(start: number, endIndex: number): string {
		return this.clean(this.source.slice(start, endIndex).toLowerCase());
	}

	private clean(text: string): string {
		const {text: clean, notes} = sanitize(text);
		for (const note of notes) {
			this.notes?.add(note);
		}

		return clean;
	}

	private top(): MarkupElement {
		return this.open.at(-1)!;
	}

	private flushText(): void {
		if (this.text.length === 0) {
			return;
		}

		const text = this.clean(this.text.length === 1 ? this.text[0]! : this.text.join(''));
		this.text.length = 0;
		if (text !== '') {
			this.top().children.push(text);
		}
	}

	private startElement(selfClosing: boolean): void {
		const element = this.opening;
		this.opening = undefined;
		if (element === undefined) {
			return;
		}

		const {name} = element;
		if (this.dropping !== undefined) {
			if (name === this.dropping.name && !selfClosing) {
				this.dropping.depth++;
			}

			return;
		}

		this.flushText();
		if (DROPPED_ELEMENTS.has(name)) {
			if (!selfClosing) {
				this.dropping = {name, depth: 1};
			}

			return;
		}

		if (this.html) {
			const closes = IMPLIED_CLOSES.get(name);
			while (closes !== undefined && this.open.length > 1 && closes.has(this.top().name)) {
				this.open.pop();
			}
		}

		this.top().children.push(element);
		const empty = selfClosing || (this.html && VOID_ELEMENTS.has(name));
		if (!empty && this.open.length < MAX_DEPTH) {
			this.open.push(element);
		}
	}
}

/**
 * Parses HTML (forgiving, as a browser is: bare `<hr>`, unclosed `<p>`) or,
 * with `xml`, XML. Never throws on any string; the root is a `#document`
 * element. Scripts, styles, templates, comments, CDATA, declarations and
 * processing instructions leave nothing in the tree.
 */
export function parseMarkup(text: string, options: ParseOptions = {}): MarkupElement {
	const html = options.xml !== true;
	const source = stripInternalSubsets(text);
	const builder = new TreeBuilder(source, html, options.notes);
	const tokenizer = new Tokenizer({xmlMode: !html, decodeEntities: true, recognizeSelfClosing: true}, builder);
	tokenizer.write(source);
	tokenizer.end();
	return builder.root;
}
