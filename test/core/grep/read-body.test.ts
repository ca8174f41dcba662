import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findPhrase, foldPhrase} from '../../../source/core/grep/find-phrase.js';
import {openerFor} from '../../../source/core/grep/read-body.js';
import {folderWith} from '../../helpers/folder-with.js';

const epub = path.join(import.meta.dirname, '../../../fixtures/formats/generic/epub3-nav.epub');

async function hitsIn(name: string, content: string | Buffer, phrase: string) {
	const dir = await folderWith({[name]: content});
	const body = await openerFor(foldPhrase(phrase))(path.join(dir, name), name);
	return body === null ? null : findPhrase(body, foldPhrase(phrase)).length;
}

describe('openerFor', () => {
	it('looks at a .txt by its bytes only when it is read as text: an HTML page kept as .txt is searched as HTML', async () => {
		const page = '<!DOCTYPE html><html><head><title>Lamp</title></head><body><p>The lamp <em>was</em> out, she didn&#8217;t see.</p></body></html>';
		expect(await hitsIn('page.html', page, 'the lamp was out')).toBe(1);
		expect(await hitsIn('page.txt', page, 'the lamp was out')).toBe(1);
		expect(await hitsIn('page.txt', page, "didn't see")).toBe(1);
	});

	it('searches an EPUB renamed .txt as the book it is', async () => {
		const bytes = await readFile(epub);
		const asEpub = await hitsIn('book.epub', bytes, 'the');
		expect(asEpub).toBeGreaterThan(0);
		expect(await hitsIn('book.txt', bytes, 'the')).toBe(asEpub);
	});

	it('still rules out a text file that lacks the phrase without reading it as a work', async () => {
		expect(await hitsIn('plain.txt', 'Nothing of the sort here.\n', 'the lamp was out')).toBeNull();
	});
});
