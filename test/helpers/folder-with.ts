import {mkdir, mkdtemp, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A new temporary folder holding `files` (relative path → text), subfolders made as needed. */
export async function folderWith(files: Record<string, string | Uint8Array>, prefix = 'ficread-'): Promise<string> {
	const root = await mkdtemp(path.join(os.tmpdir(), prefix));
	for (const [name, text] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(root, name)), {recursive: true});
		await writeFile(path.join(root, name), text);
	}

	return root;
}
