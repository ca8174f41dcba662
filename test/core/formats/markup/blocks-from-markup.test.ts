import {describe, expect, test} from 'vitest';
import {blocksFromMarkup} from '../../../../source/core/formats/markup/blocks-from-markup.js';
import {classStylesFromCss} from '../../../../source/core/formats/markup/class-styles-from-css.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {isSceneDivider} from '../../../../source/core/formats/markup/scene-divider.js';
import type {StyleSpan} from '../../../../source/core/work.js';

function read(markup: string, options: Parameters<typeof blocksFromMarkup>[1] = {}) {
	return blocksFromMarkup(parseMarkup(markup).children, options);
}

/** Each paragraph with its kind, for compact expectations. */
function kinds(markup: string, options: Parameters<typeof blocksFromMarkup>[1] = {}): string[] {
	const {paragraphs, blocks} = read(markup, options);
	return paragraphs.map((text, index) => `${blocks[index]!.kind}: ${text}`);
}

/** The styled slices of the only paragraph. */
function styled(markup: string, options: Parameters<typeof blocksFromMarkup>[1] = {}): string[] {
	const {paragraphs, blocks} = read(markup, options);
	expect(paragraphs).toHaveLength(1);
	return (blocks[0]!.spans ?? []).map(({start, end, style}: StyleSpan) => `${style}: ${paragraphs[0]!.slice(start, end)}`);
}

describe('blocksFromMarkup: paragraphs and their kinds', () => {
	test('reads paragraphs, headings, quotes, and never an empty paragraph', () => {
		expect(kinds('<h2>Chapter 1</h2>\n<p>One.</p>\n<p> </p><div>Two <b></b></div><section><p>Three</p></section><blockquote><p>Q</p></blockquote>')).toEqual([
			'heading: Chapter 1',
			'text: One.',
			'text: Two',
			'text: Three',
			'quote: Q',
		]);
	});

	test('collapses white space as a browser does, and keeps a no-break space', () => {
		expect(read('<p>\n  A   long\n\tline&nbsp;&nbsp;here.  </p>').paragraphs).toEqual(['A long line\u00A0\u00A0here.']);
		expect(read('text before<p>in</p>text after').paragraphs).toEqual(['text before', 'in', 'text after']);
	});

	test('drops a paragraph of no-break spaces and trims an indent of them, keeping emphasis in place', () => {
		const {paragraphs, blocks} = read('<p>&nbsp;</p><p>&nbsp;&nbsp;<i>Indented</i> text&nbsp;</p>');
		expect(paragraphs).toEqual(['Indented text']);
		expect(blocks[0]!.spans).toEqual([{start: 0, end: 8, style: 'italic'}]);
	});

	test('reads <br> as a line break, and two in a row as a new paragraph', () => {
		expect(read('<p><br>one<br/>two<br><br>three<br></p>').paragraphs).toEqual(['one\ntwo', 'three']);
	});

	test('reads <hr> and typed dividers as scene breaks', () => {
		expect(kinds('<p>a</p><hr><p>b</p><p>* * *</p><p>~~~</p><p>-x-</p><p>o0o</p><p>*</p><p>***</p><p>x</p><h2>***</h2>')).toEqual([
			'text: a',
			'scene-break: * * *',
			'text: b',
			'scene-break: * * *',
			'scene-break: ~~~',
			'scene-break: -x-',
			'scene-break: o0o',
			'scene-break: *',
			'scene-break: ***',
			'text: x',
			'heading: ***',
		]);
	});

	test('numbers ordered lists and bullets the others, nested too', () => {
		expect(kinds('<ul><li>a</li><li><p>b</p><p>b2</p></li></ul><ol start="3"><li>c<ol><li>d</li></ol></li><li>e</li></ol>')).toEqual([
			'list-item: • a',
			'list-item: • b',
			'list-item: b2',
			'list-item: 3. c',
			'list-item: 1. d',
			'list-item: 4. e',
		]);
	});

	test('shows images by their alt text and links by their text', () => {
		expect(read('<p>See <img alt="a map" src="x.png"> and <a href="http://x">this</a>.</p><p><img src="y.png"></p>').paragraphs).toEqual([
			'See [image: a map] and this.',
			'[image]',
		]);
	});

	test('sets an image against the punctuation after it, and apart from the words', () => {
		expect(read('<p>It was <img alt="a map">. Then <img src="y.png">, and <i><img src="z.png"></i>!</p><p>Before<img src="a.png">after (<img src="b.png">)</p>').paragraphs).toEqual([
			'It was [image: a map]. Then [image], and [image]!',
			'Before [image] after ([image])',
		]);
	});

	test('makes every block a note for front matter', () => {
		expect(kinds('<p>Summary text</p><blockquote>quoted</blockquote><hr>', {kind: 'note'})).toEqual([
			'note: Summary text',
			'note: quoted',
			'note: * * *',
		]);
	});

	test('skips the head, so a <title> is no paragraph', () => {
		expect(read('<html><head><title>T</title></head><body><p>b</p></body></html>').paragraphs).toEqual(['b']);
	});

	test('accepts one element and reads it whole', () => {
		const root = parseMarkup('<blockquote class="userstuff"><p>s</p></blockquote>');
		expect(blocksFromMarkup(root.children[0] as never).blocks).toEqual([{kind: 'quote'}]);
	});

	test('walks 100,000 nested elements without recursion', () => {
		const {paragraphs} = read(`${'<div><span>'.repeat(50_000)}deep`);
		expect(paragraphs).toEqual(['deep']);
	});
});

describe('blocksFromMarkup: emphasis', () => {
	test('maps the inline elements to styles, in offsets of the final text', () => {
		expect(styled('<p>  a <em>b</em> <i>c d</i>  <b>e</b><strong>f</strong> <u>g</u><ins>h</ins> <s>i</s><del>j</del><strike>k</strike> <cite>l</cite></p>')).toEqual([
			'italic: b c d',
			'bold: ef',
			'underline: gh',
			'strike: ijk',
			'italic: l',
		]);
	});

	test('lets styles nest and overlap', () => {
		expect(styled('<p><i>one <b>two</b></i><b> three</b></p>')).toEqual(['italic: one two', 'bold: two three']);
	});

	test('reads inline style attributes and classes from the book\'s CSS', () => {
		expect(styled('<p><span style="font-style: italic">a</span> <span style="font-weight:700">b</span> <span style="text-decoration: underline line-through">c</span></p>')).toEqual([
			'italic: a',
			'bold: b',
			'underline: c',
			'strike: c',
		]);
		const classStyles = classStylesFromCss('.calibre3 { font-style: italic } span.calibre5{font-weight:bold}');
		expect(styled('<p><span class="calibre3">x</span> <span class="other calibre5">y</span></p>', {classStyles})).toEqual(['italic: x', 'bold: y']);
	});

	test('carries a style across the paragraphs it spans, and not into the space after it', () => {
		const {paragraphs, blocks} = read('<i><p>a</p><p>b</p></i> <p><i>c </i>d</p>');
		expect(paragraphs).toEqual(['a', 'b', 'c d']);
		expect(blocks.map(block => block.spans)).toEqual([
			[{start: 0, end: 1, style: 'italic'}],
			[{start: 0, end: 1, style: 'italic'}],
			[{start: 0, end: 1, style: 'italic'}],
		]);
	});
});

describe('classStylesFromCss', () => {
	test('reads plain class rules, inside @media too, and skips the rest', () => {
		const css = `/* a comment { .x { font-style: italic } } */
			.calibre1 { display: block; font-style: italic }
			p.calibre2, .calibre3 { font-weight: bold; text-decoration: underline }
			.a .b, .c.d, #e { font-style: italic }
			@media screen { .calibre4 { text-decoration-line: line-through } }
			.calibre5 { font-weight: normal; font-style: normal }
			.calibre1 { font-weight: 600 }`;
		expect(Object.fromEntries(classStylesFromCss(css))).toEqual({
			calibre1: ['italic', 'bold'],
			calibre2: ['bold', 'underline'],
			calibre3: ['bold', 'underline'],
			calibre4: ['strike'],
		});
	});

	test('tolerates broken CSS and reads a huge one in one pass', () => {
		expect(classStylesFromCss('}}{{ .a { font-style: italic').size).toBe(0);
		expect(classStylesFromCss(`${'/*'.repeat(500_000)} .a{font-style:italic}`).size).toBe(0);
		expect(classStylesFromCss(`${'a'.repeat(2_000_000)}{font-style:italic}`).size).toBe(0);
	});
});

describe('isSceneDivider', () => {
	test('knows typed dividers from short prose', () => {
		for (const divider of ['*', '* * *', '***', '~~~', '-x-', 'o0o', 'oOo', '~o~', '#', '===', '—', '* ~ *']) {
			expect(isSceneDivider(divider), divider).toBe(true);
		}

		for (const text of ['x', 'o', 'Oh.', 'I', '...', '"*"', 'a * b', '']) {
			expect(isSceneDivider(text), text).toBe(false);
		}
	});
});
