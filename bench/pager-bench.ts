/**
 * Pager timings on the two works the issue names: a 400k-word novel and a
 * 5 MB single-line file, plus a CJK line with no spaces (wrap-ansi's slowest
 * input). Run: `node --import tsx bench/pager-bench.ts`.
 *
 * Budgets from the issue: first page ≤ 50 ms after Enter, page flips ≤ 33 ms
 * p95 at 100×50. The naive baseline wraps the whole text with wrap-ansi and
 * slices the first page, which is what the lazy pager exists to avoid.
 */
import wrapAnsi from 'wrap-ansi';
import {createPager, type Pager} from '../source/core/pager/pager.js';
import {comparePositions, type Position} from '../source/core/pager/position.js';
import type {WorkBody} from '../source/core/work.js';
import {createRandom} from './synthetic-library.js';

const sizes = [
	{width: 100, height: 50},
	{width: 80, height: 24},
] as const;
const flips = 500;


const vocabulary = 'the a and of to was he she said it in that his her with as had for on at but not you they Harry Hermione Draco looked quietly extraordinarily “Really?” wand castle moment something remembered couldn’t whispered'.split(' ');

function sentence(random: () => number, words: number): string {
	const out: string[] = [];
	for (let index = 0; index < words; index++) out.push(vocabulary[Math.floor(random() * vocabulary.length)]!);
	return `${out.join(' ')}.`;
}

function novel(words: number): WorkBody {
	const random = createRandom(1);
	const paragraphs: string[] = [];
	let count = 0;
	for (let chapter = 1; count < words; chapter++) {
		paragraphs.push(`Chapter ${chapter}`);
		for (let index = 0; index < 120 && count < words; index++) {
			const length = 5 + Math.floor(random() * 180);
			paragraphs.push(sentence(random, length));
			count += length;
		}
	}

	return {paragraphs};
}

function singleLine(chars: number): WorkBody {
	const random = createRandom(2);
	const parts: string[] = [];
	let length = 0;
	while (length < chars) {
		const part = sentence(random, 12);
		parts.push(part);
		length += part.length + 1;
	}

	return {paragraphs: [parts.join(' ')]};
}

function cjkLine(chars: number): WorkBody {
	const random = createRandom(3);
	const alphabet = '日本語の文章を読むためのテストです。彼女は静かに言った、「本当に？」魔法の杖と城';
	let text = '';
	while (text.length < chars) text += alphabet[Math.floor(random() * alphabet.length)];
	return {paragraphs: [text]};
}

function time(run: () => void): number {
	const start = performance.now();
	run();
	return performance.now() - start;
}

function percentile(samples: number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Times `moves` steps of `move` from `top`, each followed by rendering the page, as a keypress does. */
function steps(pager: Pager, top: Position, height: number, moves: number, move: (top: Position) => Position): {samples: number[]; top: Position} {
	const samples: number[] = [];
	for (let index = 0; index < moves; index++) {
		samples.push(time(() => {
			top = move(top);
			pager.page(top, height);
		}));
	}

	return {samples, top};
}

type Options = {
	/** Also time the naive whole-text wrap (wrap-ansi needs some 14 µs per CJK char: too long to wait for). */
	naive: boolean;
	/** Also time counting every page (the same reason). */
	count: boolean;
	resume: Position;
};

function benchWork(name: string, body: WorkBody, {naive, count, resume}: Options): void {
	const chars = body.paragraphs.reduce((sum, text) => sum + text.length, 0);
	console.log(`\n## ${name}: ${body.paragraphs.length} paragraphs, ${(chars / 1e6).toFixed(2)}M chars`);
	for (const {width, height} of sizes) {
		console.log(`\n### ${width}×${height}`);
		// The first open of a work pays for JIT warm-up too; later opens show the steady cost.
		const opens = Array.from({length: 7}, () => time(() => createPager(body, width).page({paragraph: 0, char: 0}, height)));
		console.log(`first page (createPager + page): first run ${ms(opens[0]!)}, median of 7 ${ms(percentile(opens, 50))}, max ${ms(Math.max(...opens))}`);
		const resumes = Array.from({length: 5}, () => time(() => {
			const pager = createPager(body, width);
			pager.page(resume, height);
			pager.page(pager.prevPage(resume, height), height);
		}));
		console.log(`resume mid-text (createPager + page at paragraph ${resume.paragraph} char ${resume.char} + prevPage + page): median of 5 ${ms(percentile(resumes, 50))}, max ${ms(Math.max(...resumes))}`);

		const pager = createPager(body, width);
		pager.page(pager.start(), height);
		const forward = steps(pager, pager.start(), height, flips, top => pager.nextPage(top, height));
		const back = steps(pager, forward.top, height, flips, top => pager.prevPage(top, height));
		const flipSamples = [...forward.samples, ...back.samples];
		console.log(`page flips (${flips} forward, ${flips} back, each nextPage/prevPage + page): p50 ${ms(percentile(flipSamples, 50))}, p95 ${ms(percentile(flipSamples, 95))}, max ${ms(Math.max(...flipSamples))}; back at start: ${comparePositions(back.top, pager.start()) === 0}`);
		const idle = createPager(body, width);
		let idleTop = resume;
		idle.page(idleTop, height);
		const idleFlips: number[] = [];
		for (let flip = 0; flip < 200; flip++) {
			// A reader takes seconds over a page; six 8 ms idle slices are a stingy stand-in.
			for (let slice = 0; slice < 6; slice++) idle.countPages(8);
			idleFlips.push(time(() => {
				idleTop = idle.nextPage(idleTop, height);
				idle.page(idleTop, height);
			}));
		}

		console.log(`page flips from the resume point with 6×countPages(8) idle before each (200 forward): p50 ${ms(percentile(idleFlips, 50))}, p95 ${ms(percentile(idleFlips, 95))}, max ${ms(Math.max(...idleFlips))}`);
		const down = steps(pager, back.top, height, flips, top => pager.lineDown(top, 1, height));
		const up = steps(pager, down.top, height, flips, top => pager.lineUp(top, 1));
		const lineSamples = [...down.samples, ...up.samples];
		console.log(`line moves (${flips} down, ${flips} up, + page): p50 ${ms(percentile(lineSamples, 50))}, p95 ${ms(percentile(lineSamples, 95))}, max ${ms(Math.max(...lineSamples))}`);
		const endSample = time(() => pager.page(pager.end(height), height));
		console.log(`jump to end (end + page): ${ms(endSample)}`);
		const lazy = pager.stats();
		console.log(`wrapped after all of the above: ${lazy.wrappedChars} of ${chars} chars in ${lazy.wrapCalls} wrap-ansi calls`);
		if (count) countAll(pager, height);
		if (naive) {
			const naiveTime = time(() => wrapAnsi(body.paragraphs.join('\n\n'), width, {hard: true, trim: true}).split('\n').slice(0, height));
			console.log(`naive baseline (wrap-ansi the whole text, slice the first page): ${ms(naiveTime)}`);
		}
	}
}

function countAll(pager: Pager, height: number): void {
	let slices = 0;
	let longest = 0;
	const counting = time(() => {
		for (let done = false; !done; slices++) {
			const slice = time(() => {
				done = pager.countPages(8);
			});
			longest = Math.max(longest, slice);
		}
	});
	const info = pager.pageInfo(pager.end(height), height);
	console.log(`countPages(8 ms budget) to the end: ${slices} slices, ${ms(counting)} total, longest slice ${ms(longest)}; ${info.pages} pages`);
}

const book = novel(400_000);
const line = singleLine(5_000_000);
const cjk = cjkLine(1_700_000);
benchWork('400k-word novel', book, {naive: true, count: true, resume: {paragraph: Math.floor(book.paragraphs.length / 2), char: 0}});
benchWork('5 MB single line', line, {naive: true, count: true, resume: {paragraph: 0, char: line.paragraphs[0]!.indexOf(' ', 2_500_000) + 1}});
benchWork('1.7M-char CJK single line, no spaces (5 MB of UTF-8)', cjk, {naive: false, count: false, resume: {paragraph: 0, char: 850_000}});
