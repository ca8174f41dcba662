import path from 'node:path';
import {formatListTable} from '../core/output/list-table.js';
import {workToJson} from '../core/output/work-json.js';
import {formatWorkText, type PrintOptions} from '../core/output/work-text.js';
import {openBodyOf} from '../core/formats/read-file.js';
import {findWork} from '../core/scan/find-work.js';
import {onDisk} from '../core/scan/name-bytes.js';
import {type Library, scanLibrary} from '../core/library/scan-library.js';
import {createSearchEngine} from '../core/search/search-engine.js';
import {flagsFromState} from '../core/search/work-flags.js';
import {emptyState, type StateFile} from '../core/state/reading-state.js';
import {sortOrder} from '../core/sort-works.js';
import {displaySafe, displaySafeJson} from '../core/text/display-safe.js';
import {joinMeta} from '../core/work.js';
import {UsageError} from './usage-error.js';

/** Exit codes scripts can rely on (also listed in --help). */
// 70 and 74 are sysexits' EX_SOFTWARE and EX_IOERR.
export const exitCode = {ok: 0, noMatch: 1, usage: 2, crash: 70, output: 74} as const;

/** Where a command writes: its output, and (`warn`) what is said beside it, on standard error. */
export type Output = {write(text: string): void; warn(text: string): void; columns: number | undefined};

/** Where the commands read from: the library folder and its index cache; and what scan threads run (see `LiveLibraryOptions`). */
export type Source = {dir: string; cacheFile: string | null; scanWorker?: string | null};

export async function runList({dir, cacheFile, scanWorker}: Source, json: boolean, out: Output): Promise<number> {
	const library = await scanLibrary(dir, {cacheFile, scanWorker});
	const works = sortedForList(library);
	if (json) out.write(displaySafeJson({works: works.map(work => workToJson(joinMeta(work.meta, work.details))), skipped: library.skipped}) + '\n');
	else out.write(formatListTable(works.map(work => work.meta), library.skipped, out.columns ?? 100));
	return exitCode.ok;
}

export async function runFilter({dir, cacheFile, scanWorker}: Source, query: string, json: boolean, out: Output, reading: StateFile = emptyState()): Promise<number> {
	const library = await scanLibrary(dir, {cacheFile, scanWorker});
	const works = sortedForList(library);
	const listings = works.map(work => work.meta);
	const flags = flagsFromState(reading, listings, works.map(work => work.stateKey));
	// The scan read every work's details: summaries are searched too.
	const result = createSearchEngine(listings, works.map(work => work.details.summary)).search(query, flags);
	if (!result.ok) throw new UsageError(`cannot read the query: ${result.error}`);
	const matched = result.hits.map(hit => works[hit.index]!);
	// The skipped files follow the works, as in --list: a filter that finds nothing may be why.
	if (json) out.write(displaySafeJson({works: matched.map(work => workToJson(joinMeta(work.meta, work.details))), skipped: library.skipped}) + '\n');
	else out.write(formatListTable(matched.map(work => work.meta), library.skipped, out.columns ?? 100));
	return matched.length > 0 ? exitCode.ok : exitCode.noMatch;
}

export async function runPrint({dir, cacheFile, scanWorker}: Source, spec: string, options: PrintOptions, out: Output): Promise<number> {
	const library = await scanLibrary(dir, {cacheFile, scanWorker});
	const work = findWork(library.works, spec, dir, process.cwd());
	if (!work) {
		const skipped = library.skipped.find(file => file.path === spec || path.resolve(dir, file.path) === path.resolve(spec));
		if (skipped) throw new UsageError(`${displaySafe(skipped.path)}: ${skipped.reason}`);
		throw new UsageError(`no work "${displaySafe(spec)}" in ${displaySafe(dir)} (give a Work ID or a path; see --list)`);
	}

	// Gone or unreadable since the scan is the user's situation, not a ficread failure.
	const opened = await openBodyOf(onDisk(dir, work.meta.path), work.meta.path);
	if (!opened.ok) throw new UsageError(`${displaySafe(work.meta.path)}: ${opened.reason}`);
	const body = opened.rest ? (await opened.rest()).body : opened.body;
	out.write(formatWorkText(body, options));
	return exitCode.ok;
}

/** The list order everywhere a human reads it, the reader's default. */
export function sortedForList(library: Library) {
	return sortOrder(library.works.map(work => work.meta)).map(index => library.works[index]!);
}
