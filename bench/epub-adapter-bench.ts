/**
 * The EPUB adapter alone, in this process, on the 400,000-word work as AO3's
 * EPUB (bench/calibre-epub.ts: 100 chapters, calibre's split files):
 *
 *   node --import tsx bench/epub-adapter-bench.ts [--runs N] [--seed N]
 *
 * - readListing: what a scan pays per book (structure and preface only);
 * - openBody: the first part, what stands between Enter and the first page
 *   (target: first page ≤ 50 ms after Enter, so this must be well under);
 * - rest(): every spine file, read after the first page is shown;
 * - naive: inflate every entry and parse every chapter at once, for scale.
 *
 * The file is read from memory, so the numbers leave out the disk.
 */
import os from 'node:os';
import {inflateRawSync} from 'node:zlib';
import {epubAdapter} from '../source/core/formats/epub/epub-adapter.js';
import type {FileSource} from '../source/core/formats/format-adapter.js';
import {parseMarkup} from '../source/core/formats/markup/parse-markup.js';
import {readZipDirectory} from '../source/core/formats/zip/zip-directory.js';
import {argument, seed} from './bench-args.js';
import {calibreEpub} from './calibre-epub.js';
import {bigWork, paragraphPool} from './fic-folder.js';

const runs = Number(argument('--runs') ?? 15);
const {bytes} = calibreEpub(bigWork(seed, paragraphPool(seed)));
const source: FileSource = {
	path: 'bench/zephyrquill-almanac.epub',
	size: bytes.length,
	read: async (offset, length) => bytes.subarray(offset, offset + length),
};

type Samples = {wall: number[]; cpu: number[]};

/** Wall and CPU time per run: on a loaded machine the CPU time says what the code costs, the wall time what a user waits. */
async function time(run: () => Promise<unknown>): Promise<Samples> {
	const samples: Samples = {wall: [], cpu: []};
	// One warm-up, so the numbers are a running app's rather than the module's first compile.
	await run();
	for (let index = 0; index < runs; index++) {
		const cpu = process.cpuUsage();
		const started = performance.now();
		await run();
		samples.wall.push(performance.now() - started);
		const used = process.cpuUsage(cpu);
		samples.cpu.push((used.user + used.system) / 1000);
	}

	samples.wall.sort((a, b) => a - b);
	samples.cpu.sort((a, b) => a - b);
	return samples;
}

const median = (samples: readonly number[]) => samples[Math.floor((samples.length - 1) / 2)]!;
const p95 = (samples: readonly number[]) => samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!;
const row = (name: string, {wall, cpu}: Samples, note = '') =>
	console.log(`${name.padEnd(34)} wall median ${median(wall).toFixed(1).padStart(6)} ms, p95 ${p95(wall).toFixed(1).padStart(6)} ms · CPU median ${median(cpu).toFixed(1).padStart(6)} ms   ${note}`);

async function openFirst() {
	const opened = await epubAdapter.openBody(source);
	if (!opened.ok) throw new Error(opened.reason);
	return opened;
}

const sample = await openFirst();
const {body: whole, meta: wholeMeta} = await sample.rest!();
console.log(`load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n400,000-word AO3 EPUB: ${(bytes.length / 1024 / 1024).toFixed(2)} MiB zipped, ${whole.paragraphs.length} paragraphs, ${wholeMeta.toc.length} chapters; first part ${sample.body.paragraphs.length} paragraphs; ${runs} runs\n`);

row('readListing', await time(() => epubAdapter.readListing(source)));
row('openBody (first part)', await time(openFirst), '← Enter to first page, before layout');
row('openBody + rest() (whole body)', await time(async () => (await openFirst()).rest!()));
row('naive: inflate + parse every entry', await time(async () => {
	const directory = await readZipDirectory(source);
	if (!directory.ok) throw new Error(directory.reason);
	for (const entry of directory.entries.values()) {
		const data = bytes.subarray(entry.localHeaderOffset + 30 + bytes.readUInt16LE(entry.localHeaderOffset + 26) + bytes.readUInt16LE(entry.localHeaderOffset + 28));
		const inflated = entry.method === 8 ? inflateRawSync(data.subarray(0, entry.compressedSize)) : data.subarray(0, entry.compressedSize);
		if (entry.name.endsWith('.xhtml')) parseMarkup(inflated.toString('utf8'));
	}
}), '(no blocks built)');
