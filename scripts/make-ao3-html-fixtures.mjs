#!/usr/bin/env node
/**
 * Writes the AO3 HTML download fixtures (`fixtures/formats/ao3/<slug>.html`),
 * one per template era plus a work with a chapter too long for one EPUB file.
 *
 *   node scripts/make-ao3-html-fixtures.mjs            write every HTML file
 *   node scripts/make-ao3-html-fixtures.mjs --calibre SLUG
 *       print, as shell assignments, the metadata AO3's DownloadWriter passes
 *       to ebook-convert for that work (scripts/make-format-fixtures.sh
 *       sources it)
 *
 * Deterministic: the same files every run. Plain JS, no dependencies.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ao3FileName} from './fixtures/ao3-file-name.mjs';
import {authorsText, renderWork} from './fixtures/ao3-templates.mjs';
import {cartographersThreeWinters, saltOnTheWindowsill} from './fixtures/ao3-works-early.mjs';
import {fieldGuideToQuietRooms, tollKeepersLantern} from './fixtures/ao3-works-late.mjs';
import {longLedger} from './fixtures/long-work.mjs';

const works = [saltOnTheWindowsill, cartographersThreeWinters, fieldGuideToQuietRooms, tollKeepersLantern, longLedger];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Work#sorted_title. */
function sortedTitle(title) {
	let sorted = title.toLowerCase().replace(/^["'./]/, '');
	sorted = sorted.replace(/^(an?) (.*)/, '$2, $1').replace(/^the (.*)/, '$1, the');
	return /^\d/.test(sorted) ? sorted.padStart(5, '0') : sorted;
}

const shellQuote = text => `'${text.replaceAll("'", `'\\''`)}'`;

function calibreMetadata(work) {
	const tags = Object.values(work.tags).flat();
	const values = {
		file_name: ao3FileName(work.title, work.id),
		work_id: String(work.id),
		title: work.title,
		title_sort: sortedTitle(work.title),
		authors: authorsText(work),
		author_sort: work.creators.map(({pseud}) => pseud).join(',  ').toLowerCase().replace(/^[+\-=_?!'"./]/, ''),
		comments: work.summary,
		// "Fanworks" first because Apple Books shows the first tag as the category (AO3's reason).
		tags: ['Fanworks', ...tags].join(', '),
		pubdate: work.revised,
		language: 'en',
		series: work.series[0]?.title ?? '',
		series_index: work.series[0] ? String(work.series[0].position) : '',
	};
	return Object.entries(values)
		.map(([key, value]) => `${key}=${shellQuote(value)}`)
		.join('\n');
}

const [flag, slug] = process.argv.slice(2);
if (flag === '--calibre') {
	const work = works.find(candidate => candidate.slug === slug);
	if (!work) throw new Error(`No work ${slug}`);
	console.log(calibreMetadata(work));
} else {
	const folder = join(root, 'fixtures/formats/ao3');
	mkdirSync(folder, {recursive: true});
	for (const work of works) writeFileSync(join(folder, `${work.slug}.html`), renderWork(work));
	console.log(works.map(work => work.slug).join('\n'));
}
