import path from 'node:path';
import {foldPhrase} from '../core/grep/find-phrase.js';
import {grepLibrary} from '../core/grep/grep-library.js';
import {workToJson} from '../core/output/work-json.js';
import {scanLibrary} from '../core/library/scan-library.js';
import {walkFicFiles} from '../core/scan/walk-fic-files.js';
import {joinMeta} from '../core/work.js';
import {exitCode, type Output, type Source, sortedForList} from './run-commands.js';
import {UsageError} from './usage-error.js';

/** Snippets printed per work in the table; `--json` gives every hit found. */
const shownPerWork = 3;

/**
 * `--grep PHRASE`: the works whose text holds the phrase, in list order, each
 * with its hits (paragraph, character, snippet), as `--filter` prints works.
 * Other copies of a work are not listed: they are the same text.
 *
 * The search starts as soon as the folder is walked, and the listing (from
 * the index cache, mostly) is made on this thread while workers search; the
 * two are joined by path at the end.
 */
export async function runGrep({dir, cacheFile}: Source, phrase: string, json: boolean, out: Output, workerScript: string | null): Promise<number> {
	const folded = foldPhrase(phrase);
	if (folded === '') throw new UsageError('--grep needs a phrase with something besides white space');
	const {files: paths} = await walkFicFiles(dir);
	const files = paths.map((relative, index) => ({index, absolute: path.join(dir, relative), relative}));
	const [found, library] = await Promise.all([grepLibrary(files, folded, {workerScript}), scanLibrary(dir, {cacheFile})]);
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
		out.write(JSON.stringify({works: rows, skipped: library.skipped}) + '\n');
	} else {
		for (const {work, hits} of matched) {
			out.write(`${work.meta.title} (${work.meta.path})\n`);
			for (const hit of hits.slice(0, shownPerWork)) out.write(`  ¶${hit.paragraph + 1}: ${hit.snippet}\n`);
			if (hits.length > shownPerWork) out.write(`  … ${hits.length - shownPerWork} more\n`);
		}

		out.write(`${matched.length} ${matched.length === 1 ? 'work' : 'works'}\n`);
	}

	return matched.length > 0 ? exitCode.ok : exitCode.noMatch;
}
