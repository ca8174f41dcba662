import {readFile, symlink} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findPhrase, foldPhrase} from '../../../source/core/grep/find-phrase.js';
import {openBodyOf} from '../../../source/core/formats/read-file.js';
import {openerFor} from '../../../source/core/grep/read-body.js';
import {folderWith} from '../../helpers/folder-with.js';

const epub = path.join(import.meta.dirname, '../../../fixtures/formats/generic/epub3-nav.epub');

async function hitsIn(name: string, content: string | Buffer, phrase: string) {
	const dir = await folderWith({[name]: content});
	const opened = await openerFor(foldPhrase(phrase))(dir, name);
	if (opened === null || 'reason' in opened) return opened;
	return findPhrase(opened.body, foldPhrase(phrase)).length;
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

	// Regression: --grep said a broken link had "disappeared while scanning", where --list says what it is.
	it('names a broken link as one, as the list does, and so does opening it to read', async () => {
		const dir = await folderWith({'a.txt': 'Some story.\n'});
		await symlink(path.join(dir, 'nowhere.epub'), path.join(dir, 'dangling.epub'));
		expect(await openerFor(foldPhrase('story'))(dir, 'dangling.epub')).toEqual({reason: 'unreadable: a broken link'});
		expect(await openBodyOf(path.join(dir, 'dangling.epub'), 'dangling.epub')).toEqual({ok: false, reason: 'unreadable: a broken link'});
		expect(await openerFor(foldPhrase('story'))(dir, 'gone.txt')).toEqual({reason: 'unreadable: the file disappeared while scanning'});
	});

	it('still rules out a text file that lacks the phrase without reading it as a work', async () => {
		expect(await hitsIn('plain.txt', 'Nothing of the sort here.\n', 'the lamp was out')).toBeNull();
	});
	it('tells why a file cannot be read as a work, with the reader\'s reason, even when its bytes are ruled out unread', async () => {
		expect(await hitsIn('empty.txt', '', 'lamp')).toEqual({reason: 'empty file'});
		expect(await hitsIn('blank.txt', ' \n\u00A0\n'.repeat(200), 'lamp')).toEqual({reason: 'empty file (only white space)'});
		expect(await hitsIn('nul.txt', 'Title: x\n\u0000 lamp', 'gull')).toEqual({reason: 'binary file (NUL byte in the first 8 KiB)'});
		// Printable characters that cleaning removes with the escape sequence they are in.
		expect(await hitsIn('escapes.txt', '\u001B[0m\n\u001B[1m\n', 'lamp')).toEqual({reason: 'empty file (only white space)'});
		expect(await hitsIn('osc.txt', `\u001B]0;${'title '.repeat(60)}\u0007\n`, 'lamp')).toEqual({reason: 'empty file (only white space)'});
		expect(await hitsIn('broken.epub', 'PK\u0003\u0004 not a zip at all', 'lamp')).toMatchObject({reason: expect.any(String)});
		expect(await openerFor('lamp')('/nonexistent', 'gone.txt')).toEqual({reason: 'unreadable: the file disappeared while scanning'});
	});
});
