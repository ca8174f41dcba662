import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {expect, it} from 'vitest';
import {scanFile} from '../../../source/core/scan/scan-file.js';
import {folderWith} from '../../helpers/folder-with.js';

// The walk takes regular files only, but a file can be swapped for a named pipe between its stat and its read.
it('skips a file that became a named pipe after it was listed, without waiting on it', async () => {
	const root = await folderWith({'tide.txt': 'Title: Tide\nAuthor: Wren\n\nText.\n'}, 'ficread-scan-file-');
	const listed = {size: 30, mtimeMs: 0};
	expect(await scanFile(root, 'tide.txt', listed)).toMatchObject({work: {meta: {title: 'Tide'}}});
	execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
	expect(await scanFile(root, 'pipe.txt', listed)).toEqual({path: 'pipe.txt', reason: 'unreadable: not a regular file'});
});

// Before adapters, a folder of PDFs said "No fics found … looked for *.txt" and listed nothing.
it('lists a PDF, an AZW or a Word file as skipped with what to do, without reading it', async () => {
	const root = await folderWith({'a.pdf': '%PDF-1.4\n', 'b.azw': 'x', 'c.docx': 'PK'}, 'ficread-scan-file-');
	const listed = {size: 9, mtimeMs: 0};
	expect(await scanFile(root, 'a.pdf', listed)).toEqual({path: 'a.pdf', reason: 'PDF is not supported yet; download EPUB or HTML'});
	expect(await scanFile(root, 'b.azw', listed)).toMatchObject({path: 'b.azw', reason: expect.stringMatching(/^AZW .*not supported/)});
	expect(await scanFile(root, 'c.docx', listed)).toMatchObject({path: 'c.docx', reason: expect.stringMatching(/Word documents/)});
});
