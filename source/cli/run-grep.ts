import path from 'node:path';
import {foldPhrase} from '../core/grep/find-phrase.js';
import {grepLibrary} from '../core/grep/grep-library.js';
import {workToJson} from '../core/output/work-json.js';
import {scanLibrary} from '../core/library/scan-library.js';
import {joinMeta} from '../core/work.js';
import {exitCode, type Output, type Source, sortedForList} from './run-commands.js';
import {UsageError} from './usage-error.js';

/** Snippets printed per work in the table; `--json` gives every hit found. */
const shownPerWork = 3;

/**
 * `--grep PHRASE`: the works whose text holds the phrase, in list order, each
 * with its hits (paragraph, character, snippet), as `--filter` prints works.
 * Other copies of a work are not searched: they are the same text.
 */
export async function runGrep({dir, cacheFile}: Source, phrase: string, json: boolean, out: Output, workerScript: string | null): Promise<number> {
	const folded = foldPhrase(phrase);
	if (folded === '') throw new UsageError('--grep needs a phrase with something besides white space');
	const library = await scanLibrary(dir, {cacheFile});
	const works = sortedForList(library).filter(work => work.meta.duplicateOf === null);
	const files = works.map((work, index) => ({index, absolute: path.join(dir, work.meta.path), relative: work.meta.path}));
	const found = await grepLibrary(files, folded, {workerScript});
	const matched = works.flatMap((work, index) => {
		const hits = found.get(index);
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
