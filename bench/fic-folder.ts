/**
 * Deterministic fic folders on disk, for benchmarks of the built app.
 *
 *   node --import tsx bench/fic-folder.ts [size] [seed] [bodyWords]    # generate and print the folder
 *
 * A folder holds `size` AO3-style `.txt` downloads whose metadata comes from
 * `synthetic-library.ts` (the same works, fandoms, tags and titles as the
 * search bench), each with a body of real-looking prose of its word count,
 * plus two outliers every reader must survive:
 *
 * - one 400,000-word work in 100 chapters with `Chapter N: Title` headings
 *   (title: {@link bigWorkTitle});
 * - one 5 MB file that is a single line of text, with no header and no newline
 *   (file name: {@link oneLineFile}).
 *
 * Word counts follow the library's log-normal shape clamped to 1k–100k words,
 * so most works are 1k–10k words with a tail up to 100k; the 10,000-work
 * folder is 731 MB (128M words) for seed 1. Everything depends only on
 * (size, seed): work `i` of a folder is work `i` of every larger folder of
 * the same seed.
 *
 * Folders are cached under `bench/out/` (git-ignored), keyed by size, seed and
 * generator version; a folder whose generation was interrupted is rebuilt.
 */
import {existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {WorkMeta} from '../source/core/work.js';
import {createRandom, generateWork, renderAo3Header} from './synthetic-library.js';

/** Bump when the output of the generator changes, so cached folders are rebuilt. */
const generatorVersion = 1;

export const benchOutDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

/** The big work's title: unique in every folder, so a search finds only it. */
export const bigWorkTitle = 'The Zephyrquill Almanac';
export const bigWorkQuery = 'zephyrquill';
export const bigWorkWords = 400_000;
const bigWorkChapters = 100;

/** The one-line file: no header, so its title is taken from its name. */
export const oneLineFile = 'Quorblex one-line download.txt';
export const oneLineQuery = 'quorblex';
export const oneLineBytes = 5 * 1024 * 1024;

/** The outliers sit in their own folder, sorted after every fandom folder. */
const outlierFolder = 'zz-outliers';

const minWords = 1000;
const maxWords = 100_000;

export type FicFolder = {
	dir: string;
	size: number;
	seed: number;
	/** Works ficread should list: `size` plus the two outliers. */
	files: number;
	bytes: number;
	words: number;
	bigWorkPath: string;
	oneLinePath: string;
	/** True when this call wrote the folder, false when it was cached. */
	generated: boolean;
	generateMs: number;
};

type Manifest = Omit<FicFolder, 'dir' | 'generated'> & {version: number};

type Random = () => number;

// A small vocabulary of plain narrative English; bodies are sentences drawn from it.
const nouns = 'door window hand hands voice room night morning light rain street table kitchen letter coat cup tea city river bridge train station garden wall stairs bed book fire shadow sky sea boat road house roof car phone name face eyes smile silence moment year week day hour song map key box ring sword ship field'.split(' ');
const verbs = 'opened closed watched held said asked turned looked waited walked stood laughed kept left found lost carried pushed pulled touched followed remembered forgot knew thought wanted heard called answered moved leaned sighed shrugged reached'.split(' ');
const adjectives = 'old quiet small cold warm bright dark long narrow soft heavy empty careful tired strange familiar late early grey golden wet broken distant gentle sharp'.split(' ');
const adverbs = 'slowly quietly again finally carefully almost still already suddenly softly once never always barely'.split(' ');
const connectors = 'and but then so because while until before after when'.split(' ');
const names = 'Teodor Anselm Mira Ines Callum Rosalind Piet Oona Halvard Sefa Dario Wren'.split(' ');
const chapterWords = 'Harbour Lights Morning Letters Winter Roads The Bridge Small Hours Salt Glass Embers Return Tides Lanterns North'.split(' ');

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One sentence and its word count. */
function sentence(random: Random): [string, number] {
	const words: string[] = [];
	const subject = random() < 0.45 ? pick(random, names) : `the ${pick(random, adjectives)} ${pick(random, nouns)}`;
	words.push(...subject.split(' '), pick(random, verbs));
	if (random() < 0.7) words.push('the', ...(random() < 0.5 ? [pick(random, adjectives)] : []), pick(random, nouns));
	if (random() < 0.4) words.push(pick(random, adverbs));
	if (random() < 0.5) words.push(pick(random, connectors), pick(random, names), pick(random, verbs), 'the', pick(random, nouns));
	const text = capitalize(words.join(' '));
	if (random() < 0.15) return [`"${text}," ${pick(random, names)} said.`, words.length + 2];
	return [`${text}${random() < 0.1 ? '?' : '.'}`, words.length];
}

export type Paragraph = {text: string; words: number};

/** A fixed pool of paragraphs (20–160 words) that bodies are assembled from. */
export function paragraphPool(seed: number): Paragraph[] {
	const random = createRandom(seed ^ 0x0b_0d_1e_5);
	const pool: Paragraph[] = [];
	for (let index = 0; index < 2048; index++) {
		const target = 20 + Math.floor(random() * 140);
		const sentences: string[] = [];
		let words = 0;
		while (words < target) {
			const [text, count] = sentence(random);
			sentences.push(text);
			words += count;
		}

		pool.push({text: sentences.join(' '), words});
	}

	return pool;
}

/** Paragraphs totalling exactly `words` words (the last one cut short). */
function paragraphs(random: Random, pool: readonly Paragraph[], words: number): string[] {
	const out: string[] = [];
	let left = words;
	while (left > 0) {
		const paragraph = pick(random, pool);
		if (paragraph.words <= left) {
			out.push(paragraph.text);
			left -= paragraph.words;
		} else {
			out.push(paragraph.text.split(' ').slice(0, left).join(' ').replace(/[,"]*$/, '.'));
			left = 0;
		}
	}

	return out;
}

function clampWords(words: number): number {
	return Math.min(maxWords, Math.max(minWords, words));
}

/** A generated work before it is written in any format: its metadata and its chapters' paragraphs. */
export type WorkParts = {
	meta: WorkMeta;
	/** One untitled part for a one-shot (heading null); otherwise `Chapter N` or `Chapter N: Title` each. */
	chapters: Array<{heading: string | null; paragraphs: string[]}>;
};

/**
 * The chapters of `meta`: `chapters` of them sharing its words (or `bodyWords`
 * when fewer: the header still says `meta.words`), in the order the random draws fall.
 */
function workParts(meta: WorkMeta, chapters: number, random: Random, pool: readonly Paragraph[], bodyWords = meta.words): WorkParts {
	const total = Math.min(meta.words, bodyWords);
	if (chapters <= 1) return {meta, chapters: [{heading: null, paragraphs: paragraphs(random, pool, total)}]};
	const parts: WorkParts['chapters'] = [];
	const perChapter = Math.floor(total / chapters);
	for (let chapter = 1; chapter <= chapters; chapter++) {
		const words = chapter === chapters ? total - perChapter * (chapters - 1) : perChapter;
		const heading = random() < 0.5 ? `Chapter ${chapter}` : `Chapter ${chapter}: ${pick(random, chapterWords)} ${pick(random, chapterWords)}`;
		parts.push({heading, paragraphs: paragraphs(random, pool, words)});
	}

	return {meta, chapters: parts};
}

/** The full text of an AO3 text download of `work`. */
export function renderTextWork({meta, chapters}: WorkParts): string {
	const parts: string[] = [...renderAo3Header(meta), ''];
	if (meta.summary !== null) parts.push('Summary:', meta.summary, '');
	if (chapters.length === 1 && chapters[0]!.heading === null) parts.push('Work text:', '');
	for (const chapter of chapters) {
		if (chapter.heading !== null) parts.push(chapter.heading, '');
		parts.push(...chapter.paragraphs.flatMap(text => [text, '']));
	}

	return parts.join('\n');
}

/**
 * Work `index` of the folders of `seed`, built from the paragraphs of `pool`
 * (see {@link paragraphPool}); with `bodyWords`, its text is cut to that many words.
 */
export function syntheticWork(index: number, seed: number, pool: readonly Paragraph[], bodyWords?: number): WorkParts {
	const base = generateWork(index, seed);
	const words = clampWords(base.words);
	const chapters = Math.max(1, Math.min(base.chapters?.posted ?? 1, Math.floor(words / 500)));
	const meta: WorkMeta = {...base, words, chapters: base.chapters ? {posted: chapters, total: base.chapters.total === null ? null : Math.max(chapters, base.chapters.total)} : null};
	const random = createRandom(Math.imul(seed, 0x27_d4_eb_2f) ^ Math.imul(index + 1, 0x16_56_67_b1));
	return workParts(meta, chapters, random, pool, bodyWords);
}

/** The 400,000-word outlier of the folders of `seed`. */
export function bigWork(seed: number, pool: readonly Paragraph[]): WorkParts {
	const base = generateWork(0, seed);
	const meta: WorkMeta = {
		...base,
		path: `${outlierFolder}/zephyrquill-almanac.txt`,
		id: '99999901',
		title: bigWorkTitle,
		series: [],
		status: 'complete',
		chapters: {posted: bigWorkChapters, total: bigWorkChapters},
		words: bigWorkWords,
		summary: 'A very long work, for the reader to page through.',
	};
	return workParts(meta, bigWorkChapters, createRandom(seed ^ 0x40_00_00), pool);
}

function oneLineText(seed: number, pool: readonly Paragraph[]): string {
	const random = createRandom(seed ^ 0x5_00_00_0);
	const parts: string[] = [];
	let length = 0;
	while (length < oneLineBytes) {
		const text = pick(random, pool).text;
		parts.push(text);
		length += Buffer.byteLength(text) + 1;
	}

	return parts.join(' ').slice(0, oneLineBytes);
}

function folderName(size: number, seed: number, bodyWords: number | undefined): string {
	return `fics-${size}-seed${seed}-v${generatorVersion}${bodyWords === undefined ? '' : `-body${bodyWords}`}`;
}

const manifestName = '.bench-manifest.json';

/**
 * The folder of `size` works for `seed`, generated on first use and reused
 * after. `log` gets one line when the folder is (re)generated. With
 * `bodyWords`, each work's text is cut to that many words (headers, and so
 * the list and the search, unchanged; the two outliers whole): 50,000 whole
 * works would be ~3.6 GB.
 */
export function ensureFicFolder(size: number, seed = 1, log: (line: string) => void = () => {}, bodyWords?: number): FicFolder {
	const dir = path.join(benchOutDir, folderName(size, seed, bodyWords));
	const manifestPath = path.join(dir, manifestName);
	if (existsSync(manifestPath)) {
		try {
			const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
			if (manifest.version === generatorVersion && manifest.size === size && manifest.seed === seed) {
				return {...manifest, dir, generated: false};
			}
		} catch {
			// Unreadable manifest: regenerate below.
		}
	}

	const started = performance.now();
	log(`generating ${size.toLocaleString('en-US')} works (seed ${seed}) in ${path.relative(process.cwd(), dir)} …`);
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	const pool = paragraphPool(seed);
	const folders = new Set<string>();
	let bytes = 0;
	let words = 0;
	const write = (relative: string, text: string) => {
		const folder = path.dirname(relative);
		if (!folders.has(folder)) {
			mkdirSync(path.join(dir, folder), {recursive: true});
			folders.add(folder);
		}

		const data = Buffer.from(text, 'utf8');
		writeFileSync(path.join(dir, relative), data);
		bytes += data.length;
	};

	for (let index = 0; index < size; index++) {
		const work = syntheticWork(index, seed, pool, bodyWords);
		write(work.meta.path, renderTextWork(work));
		words += work.meta.words;
	}

	const bigWorkPath = `${outlierFolder}/zephyrquill-almanac.txt`;
	write(bigWorkPath, renderTextWork(bigWork(seed, pool)));
	words += bigWorkWords;
	const oneLinePath = `${outlierFolder}/${oneLineFile}`;
	write(oneLinePath, oneLineText(seed, pool));

	const manifest: Manifest = {version: generatorVersion, size, seed, files: size + 2, bytes, words, bigWorkPath, oneLinePath, generateMs: Math.round(performance.now() - started)};
	writeFileSync(manifestPath, JSON.stringify(manifest, null, '\t') + '\n');
	log(`  ${manifest.files.toLocaleString('en-US')} files, ${formatBytes(bytes)}, ${(words / 1e6).toFixed(1)}M words in ${(manifest.generateMs / 1000).toFixed(1)} s`);
	return {...manifest, dir, generated: true};
}

/** Total size of the `.txt` files below `dir` (for folders not made here). */
export function folderBytes(dir: string): {files: number; bytes: number} {
	let files = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, {recursive: true, withFileTypes: true})) {
		if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
		files++;
		bytes += statSync(path.join(entry.parentPath, entry.name)).size;
	}

	return {files, bytes};
}

export function formatBytes(bytes: number): string {
	if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
	return bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const size = Number(process.argv[2] ?? 1000);
	const seed = Number(process.argv[3] ?? 1);
	const bodyWords = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
	const folder = ensureFicFolder(size, seed, line => console.log(line), bodyWords);
	console.log(`${folder.dir}: ${folder.files.toLocaleString('en-US')} files, ${formatBytes(folder.bytes)}, ${(folder.words / 1e6).toFixed(1)}M words${folder.generated ? '' : ' (cached)'}`);
}
