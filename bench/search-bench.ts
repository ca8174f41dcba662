/**
 * Search speed: ficread's engine against plain fuse.js, per keystroke.
 *
 *   node --import tsx bench/search-bench.ts
 *
 * For libraries of 1k, 10k and 50k synthetic works, replays typed queries
 * one keystroke at a time (`s`, `sl`, `slo`, …) and times each search, as
 * the search box runs one per keystroke. The baseline is plain fuse.js: one
 * Fuse over the same text fields with its default options (plus scores and
 * match ranges, which the list needs for highlighting), given the same
 * keystrokes, sampled: evenly spread keystrokes, taken until a time budget
 * per size runs out (a single 50k query can take seconds), so the whole run
 * stays under two minutes.
 */
import {loadavg} from 'node:os';
import {pathToFileURL} from 'node:url';
import Fuse from 'fuse.js';
import {createSearchEngine} from '../source/core/search/search-engine.js';
import type {WorkListing} from '../source/core/work.js';
import {generateLibrary} from './synthetic-library.js';

/** Typed queries: plain words, field syntax, negation, typos, accents. */
const typedQueries = [
	'slow burn',
	'tag:angst words:>10000',
	'harry potter',
	'enemies to lovers',
	'rel:draco',
	'!tag:fluff hurt',
	'slow brn',
	'enemeis to lovers',
	'miserables',
	'rating:e status:wip fluff',
];

const sizes = [1000, 10_000, 50_000];

/** Wall-clock budget for the baseline at each size, and the keystrokes it may sample. */
const baselineBudget: Record<number, {ms: number; samples: number}> = {
	1000: {ms: 4000, samples: 48},
	10_000: {ms: 10_000, samples: 24},
	50_000: {ms: 20_000, samples: 12},
};

/**
 * The engine replays every keystroke this many times, each on a fresh
 * engine (same cache history). The first replay gives the plain p50/p95; the
 * best time per keystroke over all replays filters out time other processes
 * took from a shared machine.
 */
const replays = 3;

/** Highlights a screenful of rows, as the list does after each search. */
const screenful = 30;

type Row = {
	size: number;
	firstBuildMs: number;
	bestBuildMs: number;
	/** First replay, per keystroke: search only, its CPU time, and search plus a screenful of highlights. */
	engine: number[];
	engineCpu: number[];
	withHighlights: number[];
	/** Per keystroke, the best search time over all replays. */
	engineBest: number[];
	baselineBuildMs: number;
	baseline: number[];
};

function keystrokes(queries: readonly string[]): string[] {
	return queries.flatMap(query => Array.from({length: query.length}, (_, end) => query.slice(0, end + 1)));
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function cpuMs(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}

function createBaseline(works: readonly WorkListing[]): Fuse<WorkListing> {
	return new Fuse(works, {
		keys: ['title', 'authors', 'fandoms', 'relationships', 'characters', 'tags', 'warnings'],
		includeScore: true,
		includeMatches: true,
	});
}

function replay(works: readonly WorkListing[], typed: readonly string[]): {buildMs: number; search: number[]; cpu: number[]; withHighlights: number[]} {
	let start = performance.now();
	const engine = createSearchEngine(works);
	const buildMs = performance.now() - start;
	const search: number[] = [];
	const cpu: number[] = [];
	const withHighlights: number[] = [];
	for (const query of typed) {
		const cpuStart = cpuMs();
		start = performance.now();
		const result = engine.search(query);
		const searched = performance.now();
		cpu.push(cpuMs() - cpuStart);
		if (result.ok) for (const hit of result.hits.slice(0, screenful)) void hit.matches;
		search.push(searched - start);
		withHighlights.push(performance.now() - start);
	}

	return {buildMs, search, cpu, withHighlights};
}

function measureBaseline(works: readonly WorkListing[], typed: readonly string[], size: number): {buildMs: number; times: number[]} {
	let start = performance.now();
	const baseline = createBaseline(works);
	const buildMs = performance.now() - start;
	const budget = baselineBudget[size] ?? {ms: 10_000, samples: typed.length};
	const step = Math.max(1, Math.floor(typed.length / budget.samples));
	const sampled = typed.filter((_, index) => index % step === step - 1);
	// Every other sample first, so a budget cut short still spreads over all queries.
	const ordered = [...sampled.filter((_, index) => index % 2 === 0), ...sampled.filter((_, index) => index % 2 === 1)];
	const times: number[] = [];
	const deadline = performance.now() + budget.ms;
	for (const query of ordered) {
		if (times.length >= 3 && performance.now() > deadline) break;
		start = performance.now();
		baseline.search(query);
		times.push(performance.now() - start);
	}

	return {buildMs, times};
}

function measure(size: number, typed: readonly string[]): Row {
	const works = generateLibrary(size);
	const runs = Array.from({length: replays}, () => replay(works, typed));
	const first = runs[0]!;
	const baseline = measureBaseline(works, typed, size);
	return {
		size,
		firstBuildMs: first.buildMs,
		bestBuildMs: Math.min(...runs.map(run => run.buildMs)),
		engine: first.search,
		engineCpu: first.cpu,
		withHighlights: first.withHighlights,
		engineBest: typed.map((_, index) => Math.min(...runs.map(run => run.search[index]!))),
		baselineBuildMs: baseline.buildMs,
		baseline: baseline.times,
	};
}

function format(ms: number): string {
	return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function printTable(rows: readonly Row[]): void {
	const header = ['works', 'build', 'best build', 'engine p50', 'p95', 'p95 cpu', `p95 best of ${replays}`, `+${screenful} rows hl p95`, 'fuse.js p50', 'p95', 'n', 'ratio p50', 'ratio p95'];
	const lines = rows.map(row => {
		const engineP50 = percentile(row.engine, 0.5);
		const engineP95 = percentile(row.engine, 0.95);
		const baseP50 = percentile(row.baseline, 0.5);
		const baseP95 = percentile(row.baseline, 0.95);
		return [
			row.size.toLocaleString('en-US'),
			`${format(row.firstBuildMs)} ms`,
			`${format(row.bestBuildMs)} ms`,
			`${format(engineP50)} ms`,
			`${format(engineP95)} ms`,
			`${format(percentile(row.engineCpu, 0.95))} ms`,
			`${format(percentile(row.engineBest, 0.95))} ms`,
			`${format(percentile(row.withHighlights, 0.95))} ms`,
			`${format(baseP50)} ms`,
			`${format(baseP95)} ms`,
			String(row.baseline.length),
			`${Math.round(baseP50 / engineP50)}×`,
			`${Math.round(baseP95 / engineP95)}×`,
		];
	});
	const widths = header.map((title, column) => Math.max(title.length, ...lines.map(line => line[column]!.length)));
	const render = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
	console.log(render(header));
	for (const line of lines) console.log(render(line));
}

/** Runs the benchmark and prints its table. */
export function runSearchBench(): void {
	const typed = keystrokes(typedQueries);
	console.log(`Search: ${typed.length} keystrokes over ${typedQueries.length} typed queries, per library size.`);
	console.log(`Load average at start: ${loadavg()[0]!.toFixed(2)} (times are wall clock; "p95 cpu" is this process's CPU time).`);

	// Compile the hot paths of both engines first, so the smallest size does not time the JIT.
	const warmUp = generateLibrary(500, 99);
	for (let round = 0; round < 3; round++) replay(warmUp, typed);
	const warmBaseline = createBaseline(warmUp);
	for (const query of typedQueries) warmBaseline.search(query);

	const rows = sizes.map(size => measure(size, typed));
	printTable(rows);
	for (const row of rows) {
		console.log(`fuse.js index build at ${row.size.toLocaleString('en-US')} works: ${format(row.baselineBuildMs)} ms`);
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runSearchBench();
