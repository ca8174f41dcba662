import {foldPhrase, hitLimit} from '../core/grep/find-phrase.js';
import {grepLibrary} from '../core/grep/grep-library.js';
import {workToJson} from '../core/output/work-json.js';
import {listFiles, type ListingCaches, loadListingCaches} from '../core/library/list-files.js';
import {walkFicFiles} from '../core/scan/walk-fic-files.js';
import {compareCodePoints} from '../core/compare-code-points.js';
import {displaySafe, displaySafeJson} from '../core/text/display-safe.js';
import {joinMeta, type Skipped} from '../core/work.js';
import {exitCode, type Output, type Source, sortedForList} from './run-commands.js';
import {UsageError} from './usage-error.js';

/** Snippets printed per work in the table; `--json` gives every hit found. */
const shownPerWork = 3;

/**
 * `--grep PHRASE`: the works whose text holds the phrase, in list order, each
 * with its hits (paragraph, character, snippet), as `--filter` prints works,
 * and the files that could not be searched, with the reason (in JSON, or on
 * standard error). Hits in a copy that is not the one the list shows are
 * dropped, as the list drops such copies.
 *
 * The search starts as soon as the folder is walked; only the works found
 * are listed then (from the index cache, mostly): listing the whole library
 * cost more than searching it (docs/performance.md).
 */
export async function runGrep({dir, cacheFile}: Source, phrase: string, json: boolean, out: Output, workerScript: string | null): Promise<number> {
	const folded = foldPhrase(phrase);
	if (folded === '') throw new UsageError('--grep needs a phrase with something besides white space');
	const {files: paths, problems} = await walkFicFiles(dir);
	const files = paths.map((relative, index) => ({index, root: dir, relative}));
	const unread: Skipped[] = [...problems];
	// Read while the workers search, once there is a work to list: a search that finds nothing needs no listing.
	let caches: Promise<ListingCaches> | undefined;
	const found = await grepLibrary(files, folded, {
		workerScript,
		onFile(report) {
			if (report.reason !== undefined) unread.push({path: paths[report.index]!, reason: report.reason});
			if (report.hits.length > 0) caches ??= loadListingCaches(dir, cacheFile);
		},
	});
	const matchedPaths = [...found.keys()].sort((a, b) => a - b).map(index => paths[index]!);
	const library = await listFiles(dir, matchedPaths, await (caches ?? loadListingCaches(dir, null)));
	const skipped = [...unread, ...library.skipped].sort((a, b) => compareCodePoints(a.path, b.path));
	const hitsByPath = new Map([...found].map(([index, hits]) => [paths[index]!, hits]));
	const matched = sortedForList(library).flatMap(work => {
		const hits = work.meta.duplicateOf === null ? hitsByPath.get(work.meta.path) : undefined;
		return hits === undefined ? [] : [{work, hits}];
	});
	if (json) {
		const rows = matched.map(({work, hits}) => ({
			...workToJson(joinMeta(work.meta, work.details)),
			hits: hits.map(hit => ({paragraph: hit.paragraph, char: hit.start, snippet: hit.snippet})),
		}));
		out.write(displaySafeJson({works: rows, skipped}) + '\n');
	} else {
		// As grep says which files it could not read: on standard error, so that the table's last line stays its count.
		for (const {path: relative, reason} of skipped) out.warn(`ficread: ${displaySafe(relative)}: not searched: ${displaySafe(reason)}\n`);
		for (const {work, hits} of matched) {
			out.write(`${work.meta.title} (${displaySafe(work.meta.path)})\n`);
			for (const hit of hits.slice(0, shownPerWork)) out.write(`  ¶${hit.paragraph + 1}: ${hit.snippet}\n`);
			// The search stops at hitLimit hits a work: past it, the count is a floor.
			if (hits.length > shownPerWork) out.write(`  … ${hits.length - shownPerWork}${hits.length >= hitLimit ? '+' : ''} more\n`);
		}

		out.write(`${matched.length} ${matched.length === 1 ? 'work' : 'works'}\n`);
	}

	return matched.length > 0 ? exitCode.ok : exitCode.noMatch;
}
