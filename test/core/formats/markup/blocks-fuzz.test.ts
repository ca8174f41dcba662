import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {htmlAdapter} from '../../../../source/core/formats/html/html-adapter.js';
import {blocksFromMarkup} from '../../../../source/core/formats/markup/blocks-from-markup.js';
import {parseMarkup} from '../../../../source/core/formats/markup/parse-markup.js';
import {UNSAFE} from '../block-lines.js';
import {memoryFileSource} from '../../../helpers/byte-source.js';
import {chaptered} from '../ao3/ao3-samples.js';

// Pieces of real markup, so that random strings often look almost like a fic.
const piece = fc.oneof(
	fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<i>', '</i>', '<b>', '</b>', '<br>', '<hr>', '<li>', '<ol>', '</ol>', '<blockquote>', '</blockquote>',
		'<h2>', '</h2>', '* * *', ' ', '\n', '&nbsp;', '&#27;[31m', '<span style="font-style:italic">', '</span>', '<img alt="x">', '<div id="chapters">',
		'<p>Summary</p><blockquote>', '<div class="meta group"><h2 class="heading">', '<a name="section0001">'),
	fc.string({maxLength: 12}),
);

/** What every body must satisfy, whatever the markup. */
function problemsOf({paragraphs, blocks}: {paragraphs: string[]; blocks?: Array<{spans?: Array<{start: number; end: number}>}>}): string[] {
	const problems: string[] = [];
	if (blocks !== undefined && blocks.length !== paragraphs.length) problems.push('blocks and paragraphs differ in length');
	for (const [index, text] of paragraphs.entries()) {
		if (text.trim() === '' || text !== text.trim()) problems.push(`empty or untrimmed paragraph ${index}`);
		if (UNSAFE.test(text)) problems.push(`unsafe character in paragraph ${index}`);
		for (const {start, end} of blocks?.[index]?.spans ?? []) {
			if (!(start >= 0 && start < end && end <= text.length)) problems.push(`span ${start}-${end} outside paragraph ${index}`);
		}
	}

	return problems;
}

describe('blocks from any markup', () => {
	test('never an empty paragraph, a span out of range, or an unsafe character', () => {
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 40}), pieces => {
				expect(problemsOf(blocksFromMarkup(parseMarkup(pieces.join(''))))).toEqual([]);
			}),
			{numRuns: 1000},
		);
	});

	test('the HTML adapter answers every mangled AO3 file, never throwing', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({min: 0, max: chaptered.length}), fc.array(piece, {maxLength: 10}), async (at, pieces) => {
				const file = memoryFileSource(chaptered.slice(0, at) + pieces.join('') + chaptered.slice(at + pieces.length * 3));
				const listing = await htmlAdapter.readListing(file);
				const opened = await htmlAdapter.openBody(file);
				expect(typeof listing.ok).toBe('boolean');
				if (opened.ok) expect(problemsOf(opened.body)).toEqual([]);
			}),
			{numRuns: 200},
		);
	});
});
