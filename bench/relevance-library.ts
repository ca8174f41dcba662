/**
 * A library for measuring relevance: works that look like a reader's
 * download folder, with English titles built the way fic titles are
 * (`The Weight of Small Things`, `Where the Rain Ends`), AO3's real fandoms,
 * characters, pairings and most common tags, and usernames as AO3 has them.
 * Deterministic for a seed. The queries and their right answers are in
 * `relevance-set.ts`.
 */
import type {Series, WorkListing} from '../source/core/work.js';
import {realisticTitles, titleCase, type Cast} from './relevance-titles.js';
import {commonTags, createRandom, realFandoms} from './synthetic-library.js';

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

const nouns = (
	'weight light rain river stars sea fire ash bones salt glass paper wings crown garden roses thorns ocean mountain forest birds ' +
	'story secret promise truth mirror shadow echo memory ember spark tide harbor coffee morning evening midnight hour moment ' +
	'home heart city road letter song silence storm winter summer autumn spring moon sun sky winds ghost kingdom dragon wolf ' +
	'lantern compass anchor orchard lighthouse library bridge window door staircase island country field meadow snow thunder'
).split(' ');
const adjectives = (
	'small quiet golden broken silver little wild gentle bitter sweet hollow distant burning fallen lost found stolen borrowed ' +
	'endless careful tender restless northern southern crooked secret honest ordinary impossible'
).split(' ');
const verbs = ('ends falls burns stays breaks sings waits begins fades returns bends grows remembers forgets').split(' ');
const gerunds = ('falling burning waiting learning finding keeping running dancing breathing drowning counting mending leaving').split(' ');
const seasons = ['Winter', 'Summer', 'Autumn', 'Spring', 'December', 'July'];

const titleTemplates: ReadonlyArray<(random: Random) => string> = [
	random => `the ${pick(random, nouns)} of ${pick(random, adjectives)} ${pick(random, nouns)}s`,
	random => `where the ${pick(random, nouns)} ${pick(random, verbs)}`,
	random => `${pick(random, gerunds)} for ${pick(random, nouns)}`,
	random => `all the ${pick(random, adjectives)} ${pick(random, nouns)}s`,
	random => `${pick(random, adjectives)} as ${pick(random, nouns)}`,
	random => `a ${pick(random, nouns)} in ${pick(random, seasons).toLowerCase()}`,
	random => `${pick(random, nouns)} and ${pick(random, nouns)}`,
	random => `${pick(random, gerunds)} ${pick(random, adjectives)}`,
	random => `what the ${pick(random, nouns)} ${pick(random, verbs).replace(/s$/, '')}s`,
	random => `${pick(random, adjectives)} ${pick(random, nouns)}`,
	random => `before the ${pick(random, nouns)} ${pick(random, verbs)}`,
	random => `${pick(random, nouns)}`,
];

const handles = ['moonlit', 'inkwell', 'quietfox', 'paperstars', 'tea', 'ember', 'willow', 'raven', 'saltwater', 'lark', 'nightjar', 'hollow', 'marigold', 'juniper', 'cinder'];
const handleEnds = ['_writes', 'scribe', '_and_ink', 'lover', 'fics', '_archive', 'song', 'hearts', ''];

function author(random: Random): string {
	const name = `${pick(random, handles)}${pick(random, handleEnds)}`;
	return random() < 0.5 ? `${name}${Math.floor(random() * 99) + 1}` : name;
}

/**
 * `count` works built as above, then a third as many again whose titles are
 * the kinds real libraries are full of (see `relevance-titles.ts`). About one
 * in three authors writes more than one. The first `count` works depend only
 * on `count` and the seed, so queries drawn from them before the additions
 * existed stay the same.
 */
export function generateRelevanceLibrary(count: number, seed = 18): WorkListing[] {
	const random = createRandom(seed);
	const authors = Array.from({length: Math.ceil(count / 3)}, () => author(random));
	const mainTags = commonTags.slice(0, 60);
	const works: WorkListing[] = [];
	for (let index = 0; index < count; index++) {
		const cast = castOf(random, mainTags);
		works.push(listing(index, titleCase(pick(random, titleTemplates)(random)), pick(random, authors), cast, random));
	}

	const extra = createRandom(seed * 7919 + 1);
	for (const added of realisticTitles(Math.round(count / 3), extra, () => castOf(extra, mainTags), () => pick(extra, authors))) {
		works.push(listing(works.length, added.title, added.author, added.cast, extra, added.series));
	}

	return works;
}

function castOf(random: Random, mainTags: readonly string[]): Cast {
	// The first fandoms are the most popular, as on AO3.
	const [fandom, cast] = realFandoms[Math.min(realFandoms.length - 1, Math.floor(realFandoms.length * random() ** 2))]!;
	const characters = [...new Set(Array.from({length: 1 + Math.floor(random() * 4)}, () => cast[Math.floor(cast.length * random() ** 1.5)]!))];
	const relationships = characters.length >= 2 && random() < 0.7 ? [`${characters[0]!}/${characters[1]!}`] : [];
	const tags = [...new Set(Array.from({length: 1 + Math.floor(random() * 6)}, () => mainTags[Math.floor(mainTags.length * random() ** 1.6)]!))];
	return {fandom, characters, relationships, tags};
}

function listing(index: number, title: string, author: string, {fandom, characters, relationships, tags}: Cast, random: Random, series: Series[] = []): WorkListing {
	return {
		path: `work-${index}.html`,
		format: 'ao3-html',
		id: String(40_000_000 + index),
		title,
		authors: [author],
		rating: pick(random, ['General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit']),
		warnings: ['No Archive Warnings Apply'],
		categories: [relationships.length > 0 ? 'M/M' : 'Gen'],
		fandoms: [fandom],
		relationships,
		characters,
		tags,
		language: 'English',
		series,
		status: random() < 0.6 ? 'complete' : 'in-progress',
		chapters: {posted: 1, total: 1},
		words: 1000 + Math.floor(random() * 50_000),
		published: null,
		updated: null,
		encoding: 'utf-8',
		notes: [],
		duplicateOf: null,
		headings: 0,
	};
}
