import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {
	isElement,
	localName,
	MAX_ATTRIBUTE_LENGTH,
	MAX_DEPTH,
	parseMarkup,
	type MarkupElement,
	type MarkupNode,
} from '../../../../source/core/formats/markup/parse-markup.js';
import {UNSAFE} from '../block-lines.js';

/** A compact picture of a tree: `name(child child)`, text quoted. */
function show(node: MarkupNode): string {
	if (!isElement(node)) {
		return JSON.stringify(node);
	}

	return node.children.length === 0 ? node.name : `${node.name}(${node.children.map(child => show(child)).join(' ')})`;
}

function body(markup: string, xml = false): string {
	return parseMarkup(markup, {xml}).children.map(child => show(child)).join(' ');
}

/** Every string in the tree (text, attribute names and values), without recursion. */
function stringsOf(root: MarkupElement): string[] {
	const strings: string[] = [];
	const stack: MarkupNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (isElement(node)) {
			strings.push(node.name, ...Object.keys(node.attributes), ...Object.values(node.attributes));
			stack.push(...node.children);
		} else {
			strings.push(node);
		}
	}

	return strings;
}

function depthOf(root: MarkupElement): number {
	let deepest = 0;
	const stack: Array<[MarkupElement, number]> = [[root, 0]];
	while (stack.length > 0) {
		const [element, depth] = stack.pop()!;
		deepest = Math.max(deepest, depth);
		for (const child of element.children) {
			if (isElement(child)) {
				stack.push([child, depth + 1]);
			}
		}
	}

	return deepest;
}


describe('parseMarkup in HTML mode', () => {
	test('reads unclosed paragraphs, bare hr and br as a browser does', () => {
		expect(body('<p>one<p>two<hr>three<br>four')).toBe('p("one") p("two") hr "three" br "four"');
		expect(body('<div><p>a</div>b')).toBe('div(p("a")) "b"');
		expect(body('<ul><li>a<li>b</ul>')).toBe('ul(li("a") li("b"))');
	});

	test('honours a self-closing tag and reads a stray </p> and </br>', () => {
		expect(body('<div/>after')).toBe('div "after"');
		expect(body('a</p>b</br>c')).toBe('"a" p "b" br "c"');
	});

	test('lower-cases names and keeps the first of repeated attributes', () => {
		const [element] = parseMarkup('<DIV ID="x" id="y" Class="a b">t</DIV>').children as MarkupElement[];
		expect(element).toEqual({name: 'div', attributes: {id: 'x', class: 'a b'}, children: ['t']});
	});

	test('drops scripts, styles, templates, comments, CDATA and processing instructions', () => {
		const markup = '<?xml version="1.0"?><p>a<script>alert("x")</script><style>p{}</style><template><p>t<template>u</template>v</template>'
			+ '<!-- note --><![CDATA[data]]>b</p>';
		expect(body(markup)).toBe('p("a" "b")');
	});

	test('drops a DOCTYPE internal subset whole and never expands its entities', () => {
		const markup = '<!DOCTYPE html [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;]>&a;" > <!-- ] -->]><p>&b;&a;</p>';
		expect(body(markup)).toBe('p("&b;&a;")');
		expect(body('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><p>x</p>')).toBe('p("x")');
	});

	test('decodes the standard character references only', () => {
		expect(body('<p>a&amp;b&nbsp;c&#8217;d&#x2014;e&unknown;f &lt;i&gt;</p>')).toBe('p("a&b\u00A0c\u2019d\u2014e&unknown;f <i>")');
		// A numeric reference into C1 means the Windows-1252 character, as browsers read it.
		expect(body('<p>&#150;</p>')).toBe('p("\u2013")');
	});

	test('sanitizes after decoding, in text and in attributes', () => {
		const [element] = parseMarkup('<p title="&#27;[31mred">&#27;[31mred&#x202E;&#x9b;1m</p>').children as MarkupElement[];
		expect(stringsOf(element!).some(text => UNSAFE.test(text))).toBe(false);
		expect(element!.attributes['title']).toBe('red');
		// 0x9B from a reference is Windows-1252's `›`, as browsers read it, not a CSI.
		expect(element!.children.join('')).toBe('red\u203A1m');
	});

	test('caps an attribute value and reads a 50 MB one in one pass', () => {
		const [element] = parseMarkup(`<p title="${'x'.repeat(100_000)}" id="i">t</p>`).children as MarkupElement[];
		expect(element!.attributes['title']).toHaveLength(MAX_ATTRIBUTE_LENGTH);
		expect(element!.attributes['id']).toBe('i');

		const huge = parseMarkup(`<p a="${'y'.repeat(50 * 1024 * 1024)}" b="${'&amp;'.repeat(1_000_000)}">end</p>`);
		const [paragraph] = huge.children as MarkupElement[];
		expect(paragraph!.attributes['a']).toHaveLength(MAX_ATTRIBUTE_LENGTH);
		expect(paragraph!.attributes['b']).toHaveLength(MAX_ATTRIBUTE_LENGTH);
		expect(paragraph!.children).toEqual(['end']);
	}, 60_000);

	test('attaches elements past the depth cap flat, at 100,000 levels, keeping the text', () => {
		const depth = 100_000;
		const root = parseMarkup(`${'<div><i>'.repeat(depth / 2)}deep${'</i></div>'.repeat(depth / 2)}after`);
		expect(depthOf(root)).toBeLessThanOrEqual(MAX_DEPTH + 1);
		expect(stringsOf(root).filter(text => text === 'deep' || text === 'after').sort()).toEqual(['after', 'deep']);
	}, 60_000);

	test('drops a script past the depth cap too', () => {
		const root = parseMarkup(`${'<div>'.repeat(MAX_DEPTH + 10)}<script>secret</script>kept`);
		expect(stringsOf(root)).toContain('kept');
		expect(stringsOf(root)).not.toContain('secret');
	});
});

describe('parseMarkup in XML mode', () => {
	test('keeps namespace prefixes, lower-cased, and has no void elements', () => {
		const root = parseMarkup('<?xml version="1.0"?><package><metadata><DC:Title>T</DC:Title><meta property="x">2020</meta></metadata></package>', {xml: true});
		expect(root.children.map(child => show(child)).join(' ')).toBe('package(metadata(dc:title("T") meta("2020")))');
		expect(localName('dc:title')).toBe('title');
		expect(localName('title')).toBe('title');
	});

	test('decodes XML references only and drops CDATA', () => {
		expect(body('<a>&amp;&nbsp;<![CDATA[x]]>&#65;</a>', true)).toBe('a("&&nbsp;A")');
	});
});

describe('parseMarkup on any input', () => {
	const piece = fc.oneof(
		fc.constantFrom('<\u0000', '<a\u001B=', '<x \u009B1m="'),
		fc.constantFrom('<p>', '</p>', '<div class="x">', '</div>', '<br>', '<hr/>', '<script>', '</script>', '<!--', '-->', '<![CDATA[', ']]>',
			'<!DOCTYPE x [', ']>', '<!ENTITY e "v">', '&amp;', '&#27;', '&#x9b;', '&#x202e;', '&', '<', '>', '"', '=', '<a href="', '<?x ?>', '\u001B[31m', '\u009B'),
		fc.string({unit: 'binary', maxLength: 20}),
	);

	test('never throws and never lets an unsafe character through', () => {
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 40}), fc.boolean(), (pieces, xml) => {
				const root = parseMarkup(pieces.join(''), {xml});
				return !stringsOf(root).some(text => UNSAFE.test(text));
			}),
			{numRuns: 2000},
		);
	});
});
