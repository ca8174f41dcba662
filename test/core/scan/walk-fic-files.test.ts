import {execFileSync} from 'node:child_process';
import {chmod, symlink} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {walkFicFiles} from '../../../source/core/scan/walk-fic-files.js';
import {folderWith} from '../../helpers/folder-with.js';

const tree = async (files: Record<string, string>) => folderWith(files, 'ficread-walk-');

describe('walkFicFiles', () => {
	it('finds fic files in any case, recursively, skipping hidden files and folders and other types', async () => {
		const root = await tree({
			'a.txt': 'a',
			'B.TXT': 'b',
			'deep/er/c.Txt': 'c',
			'd.epub': 'd',
			'e.HTML': 'e',
			'f.htm': 'f',
			'g.mobi': 'g',
			'h.azw3': 'h',
			'cover.jpg': 'x',
			'.hidden.txt': 'h',
			'.git/config.txt': 'g',
			'notes.md': 'n',
		});
		const {files, problems} = await walkFicFiles(root);
		expect(files).toEqual(['B.TXT', 'a.txt', 'd.epub', 'deep/er/c.Txt', 'e.HTML', 'f.htm', 'g.mobi', 'h.azw3']);
		expect(problems).toEqual([]);
	});

	// A fic-like type ficread cannot read is listed, so the scan can say why, never left out in silence.
	it('lists the fic-like types no adapter reads (PDF, AZW, DOCX, FB2…)', async () => {
		const root = await tree({'a.pdf': '%PDF', 'b.azw': 'x', 'c.docx': 'x', 'd.FB2': 'x', 'e.rtf': 'x', 'cover.png': 'x'});
		const {files} = await walkFicFiles(root);
		expect(files).toEqual(['a.pdf', 'b.azw', 'c.docx', 'd.FB2', 'e.rtf']);
	});

	it('does not follow a symlinked folder, so a loop cannot trap it', async () => {
		const root = await tree({'inner/a.txt': 'a'});
		await symlink(root, path.join(root, 'inner', 'loop'));
		const {files} = await walkFicFiles(root);
		expect(files).toEqual(['inner/a.txt']);
	});

	// Regression: these were dropped without a word; the scan now says why each cannot be read.
	it('lists a fic name on anything but a folder, links and pipes included, without following them', async () => {
		const root = await tree({'fine.txt': 'a', 'folder/inside.txt': 'b'});
		execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
		await symlink(path.join(root, 'nowhere.txt'), path.join(root, 'broken.txt'));
		await symlink(path.join(root, 'folder'), path.join(root, 'folder-link.txt'));
		const {files, problems} = await walkFicFiles(root);
		expect(files).toEqual(['broken.txt', 'fine.txt', 'folder-link.txt', 'folder/inside.txt', 'pipe.txt']);
		expect(problems).toEqual([]);
	});

	it('reports a folder it cannot open and goes on', async () => {
		if (process.getuid?.() === 0) return; // root reads everything; the permission cannot be denied.
		const root = await tree({'open/a.txt': 'a', 'closed/b.txt': 'b'});
		await chmod(path.join(root, 'closed'), 0o000);
		const {files, problems} = await walkFicFiles(root);
		expect(files).toEqual(['open/a.txt']);
		expect(problems).toEqual([{path: 'closed', reason: 'unreadable: permission denied'}]);
	});
});
