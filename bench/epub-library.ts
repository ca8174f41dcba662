/**
 * A deterministic library of AO3 EPUB downloads, and the same works as AO3
 * text downloads, for comparing what a scan costs in each format.
 *
 *   node --import tsx bench/epub-library.ts [size] [seed]     # generate and print the folders
 *
 * Works are fic-folder.ts's (`syntheticWork`: the same metadata, chapters
 * and prose as the text bench folders), plus its 400,000-word work in 100
 * chapters. Each is written twice, at the same relative path:
 *
 * - `epub/<fandom>/<AO3 file name>.epub`, shaped as calibre-epub.ts
 *   describes (AO3's file names collide, so a second one gets ` (1)`, as a
 *   browser names a second download);
 * - `text/<fandom>/<AO3 file name>.txt`, the AO3 text download.
 *
 * The big work also sits alone in `big-epub/` and `big-text/`, for timing
 * its first page. Folders are cached under `bench/out/` like fic-folder's.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {calibreEpub} from './calibre-epub.js';
import {benchOutDir, bigWork, formatBytes, paragraphPool, renderTextWork, syntheticWork, type WorkParts} from './fic-folder.js';

/** Bump when the output changes, so cached folders are rebuilt. */
const generatorVersion = 1;

export type EpubLibrary = {
	dir: string;
	epubDir: string;
	textDir: string;
	/** Folders holding only the 400,000-word work, as EPUB and as text. */
	bigEpubDir: string;
	bigTextDir: string;
	size: number;
	seed: number;
	/** Works in each folder: `size` plus the big work. */
	files: number;
	epubBytes: number;
	textBytes: number;
	/** EPUBs with at least one chapter split for being over 260 KB. */
	splitWorks: number;
	generated: boolean;
	generateMs: number;
};

type Manifest = Omit<EpubLibrary, 'dir' | 'epubDir' | 'textDir' | 'bigEpubDir' | 'bigTextDir' | 'generated'> & {version: number};

const manifestName = '.bench-manifest.json';

export function ensureEpubLibrary(size: number, seed = 1, log: (line: string) => void = () => {}): EpubLibrary {
	const dir = path.join(benchOutDir, `epub-library-${size}-seed${seed}-v${generatorVersion}`);
	const folders = {dir, epubDir: path.join(dir, 'epub'), textDir: path.join(dir, 'text'), bigEpubDir: path.join(dir, 'big-epub'), bigTextDir: path.join(dir, 'big-text')};
	const manifestPath = path.join(dir, manifestName);
	if (existsSync(manifestPath)) {
		try {
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
			if (manifest.version === generatorVersion && manifest.size === size && manifest.seed === seed) return {...manifest, ...folders, generated: false};
		} catch {
			// Unreadable manifest: regenerate below.
		}
	}

	const started = performance.now();
	log(`generating an EPUB library of ${size.toLocaleString('en-US')} works (seed ${seed}) and its text twin in ${path.relative(process.cwd(), dir)} …`);
	rmSync(dir, {recursive: true, force: true});
	const pool = paragraphPool(seed);
	const made = new Set<string>();
	const taken = new Set<string>();
	let epubBytes = 0;
	let textBytes = 0;
	let splitWorks = 0;
	const write = (file: string, data: string | Buffer) => {
		const folder = path.dirname(file);
		if (!made.has(folder)) {
			mkdirSync(folder, {recursive: true});
			made.add(folder);
		}

		writeFileSync(file, data);
	};

	const add = (parts: WorkParts, alone: boolean) => {
		const epub = calibreEpub(parts);
		const folder = path.dirname(parts.meta.path);
		let relative = `${folder}/${epub.name}`;
		for (let copy = 1; taken.has(relative.toLowerCase()); copy++) relative = `${folder}/${epub.name} (${copy})`;
		taken.add(relative.toLowerCase());
		const text = Buffer.from(renderTextWork(parts), 'utf8');
		write(path.join(folders.epubDir, `${relative}.epub`), epub.bytes);
		write(path.join(folders.textDir, `${relative}.txt`), text);
		if (alone) {
			write(path.join(folders.bigEpubDir, `${epub.name}.epub`), epub.bytes);
			write(path.join(folders.bigTextDir, `${epub.name}.txt`), text);
		}

		epubBytes += epub.bytes.length;
		textBytes += text.length;
		if (epub.extraSplits > 0) splitWorks++;
	};

	for (let index = 0; index < size; index++) add(syntheticWork(index, seed, pool), false);
	add(bigWork(seed, pool), true);

	const manifest: Manifest = {version: generatorVersion, size, seed, files: size + 1, epubBytes, textBytes, splitWorks, generateMs: Math.round(performance.now() - started)};
	writeFileSync(manifestPath, JSON.stringify(manifest, null, '\t') + '\n');
	log(`  ${manifest.files.toLocaleString('en-US')} works: EPUB ${formatBytes(epubBytes)}, text ${formatBytes(textBytes)}, ${splitWorks} with a split chapter, in ${(manifest.generateMs / 1000).toFixed(1)} s`);
	return {...manifest, ...folders, generated: true};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const size = Number(process.argv[2] ?? 1000);
	const seed = Number(process.argv[3] ?? 1);
	const library = ensureEpubLibrary(size, seed, line => console.log(line));
	console.log(`${library.dir}: ${library.files.toLocaleString('en-US')} works, EPUB ${formatBytes(library.epubBytes)}, text ${formatBytes(library.textBytes)}${library.generated ? '' : ' (cached)'}`);
}
