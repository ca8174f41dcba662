import {describe, expect, test} from 'vitest';
import {splitMobi6} from '../../../../source/core/formats/mobi/split-mobi6.js';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function book(tocTarget: (html: string) => number): string {
	const html = '<html><head><guide><reference type="toc" title="Contents" filepos=#########0 /></guide></head><body>'
		+ '<p>Ünï one</p><mbp:pagebreak/><p>two</p><mbp:pagebreak></mbp:pagebreak>'
		+ '<p><b>Table of Contents</b></p><p><a filepos=0000000010>One</a></p><p><a filepos=0000000020>Two</a></p>'
		+ '<mbp:pagebreak/></body></html>';
	return html.replace('#########0', String(tocTarget(html)).padStart(10, '0'));
}

/** The byte offset of `text` in `html`. */
const byteOffset = (html: string, text: string) => encode(html.slice(0, html.indexOf(text))).length;

describe('splitMobi6', () => {
	test('splits at every page break form and leaves out the page the guide names as the TOC', () => {
		const html = book(text => byteOffset(text, '<p><b>Table'));
		expect(html).toContain('filepos=0000000173');
		expect(splitMobi6(encode(html)).map(decode)).toEqual([
			html.slice(0, html.indexOf('<mbp:pagebreak')),
			'<p>two</p>',
			'</body></html>',
		]);
	});

	test('an offset at the page break itself names the page after it', () => {
		const html = book(text => byteOffset(text, '<mbp:pagebreak></mbp:pagebreak>'));
		expect(splitMobi6(encode(html)).map(decode)).toHaveLength(3);
	});

	test('a guide offset that lands in a chapter leaves the chapter in', () => {
		const html = book(text => byteOffset(text, '<p>two'));
		expect(splitMobi6(encode(html)).map(decode)).toContain('<p>two</p>');
	});

	test('no guide, no page breaks: one part', () => {
		expect(splitMobi6(encode('<p>a</p>')).map(decode)).toEqual(['<p>a</p>']);
	});
});
