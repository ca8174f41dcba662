/**
 * Relevance: ficread's search against `fzf --filter`, on the labelled set of
 * `relevance-set.ts`.
 *
 *   node --import tsx bench/relevance-bench.ts
 *
 * fzf gets one line per work (title, authors, fandoms, relationships,
 * characters, tags) and the same queries, in the same run. Per query class:
 * needle-in-top-5 and precision@10. fzf is skipped, with a note, when it is
 * not installed.
 */
import {spawnSync} from 'node:child_process';
import {pathToFileURL} from 'node:url';
import {createSearchEngine} from '../source/core/search/search-engine.js';
import type {WorkListing} from '../source/core/work.js';
import {generateRelevanceLibrary} from './relevance-library.js';
import {judge, queryClasses, relevanceQueries, type RelevanceQuery} from './relevance-set.js';

/** Works built from templates; the library adds a third as many with real titles' quirks (see `relevance-titles.ts`). */
const librarySize = 3000;
const perClass = 12;

type Ranker = (query: string) => number[];

function ficreadRanker(works: readonly WorkListing[]): Ranker {
	const engine = createSearchEngine(works);
	return query => {
		const result = engine.search(query);
		return result.ok ? result.hits.slice(0, 10).map(hit => hit.index) : [];
	};
}

/** fzf over one line per work, or null when fzf cannot be run. */
function fzfRanker(works: readonly WorkListing[]): Ranker | null {
	const probe = spawnSync('fzf', ['--version'], {encoding: 'utf8'});
	if (probe.error || probe.status !== 0) return null;
	const lines = works
		.map((work, index) => `${index}\t${[work.title, ...work.authors, ...work.fandoms, ...work.relationships, ...work.characters, ...work.tags].join(' | ')}`)
		.join('\n');
	return query => {
		const run = spawnSync('fzf', ['--filter', query, '--delimiter', '\t', '--nth', '2..'], {input: lines, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
		return run.stdout
			.split('\n')
			.filter(line => line !== '')
			.slice(0, 10)
			.map(line => Number(line.slice(0, line.indexOf('\t'))));
	};
}

type Tally = {count: number; needle: number; precision: number};

function tally(queries: readonly RelevanceQuery[], rank: Ranker): Map<string, Tally> {
	const byClass = new Map<string, Tally>();
	const add = (key: string, needle: boolean, precision: number) => {
		const entry = byClass.get(key) ?? {count: 0, needle: 0, precision: 0};
		entry.count++;
		entry.needle += needle ? 1 : 0;
		entry.precision += precision;
		byClass.set(key, entry);
	};

	for (const query of queries) {
		const {needleInTopK, precisionAt10} = judge(query, rank(query.query));
		add(query.queryClass, needleInTopK, precisionAt10);
		add('overall', needleInTopK, precisionAt10);
	}

	return byClass;
}

function share(part: number, whole: number): string {
	return whole === 0 ? '–' : (part / whole).toFixed(2);
}

/** Runs the benchmark and prints its table. */
export function runRelevanceBench(): void {
	const works = generateRelevanceLibrary(librarySize);
	const queries = relevanceQueries(works, perClass, undefined, librarySize);
	console.log(`Relevance: ${queries.length} labelled queries over ${works.length} generated works (needle in top 5, precision@10).`);
	const ficread = tally(queries, ficreadRanker(works));
	const fzf = fzfRanker(works);
	const fzfTally = fzf ? tally(queries, fzf) : null;
	if (!fzf) console.log('fzf is not installed: its columns are skipped (apt-get install fzf).');

	const header = ['class', 'n', 'ficread top-5', 'ficread P@10', 'fzf top-5', 'fzf P@10'];
	const rows = [...queryClasses, 'overall'].map(key => {
		const mine = ficread.get(key) ?? {count: 0, needle: 0, precision: 0};
		const theirs = fzfTally?.get(key);
		return [key, String(mine.count), share(mine.needle, mine.count), share(mine.precision, mine.count), theirs ? share(theirs.needle, theirs.count) : '–', theirs ? share(theirs.precision, theirs.count) : '–'];
	});
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)));
	const render = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	console.log(render(header));
	for (const row of rows) console.log(render(row));
	if (process.argv.includes('--misses')) {
		for (const [name, rank] of [['ficread', ficreadRanker(works)], ['fzf', fzf]] as const) {
			if (rank === null) continue;
			for (const query of queries) {
				const ranking = rank(query.query);
				const verdict = judge(query, ranking);
				if (verdict.needleInTopK && verdict.precisionAt10 === 1) continue;
				const top = ranking.slice(0, 5).map(work => `${query.relevant.has(work) ? '+' : '-'}${works[work]!.title}`);
				console.log(`${name} ${query.queryClass}: ${JSON.stringify(query.query)} top-5 ${verdict.needleInTopK} P@10 ${verdict.precisionAt10.toFixed(2)} (${query.relevant.size} relevant): ${top.join(' | ')}`);
			}
		}
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runRelevanceBench();
