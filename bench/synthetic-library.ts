/**
 * Deterministic synthetic fanfiction libraries for benchmarks.
 *
 * What matters for search speed is how real libraries repeat themselves: a
 * few fandoms hold most works, and within them the same characters, ships
 * and tags come back thousands of times (Zipf-like), while titles and
 * authors are mostly distinct. The generator reproduces that shape, with
 * AO3's real rating, warning and category vocabularies, real tag names at
 * the popular end, and accents where real metadata has them.
 *
 * Work `i` depends only on the seed and `i`: the first 1,000 works of a
 * 50,000-work library are the 1,000-work library.
 */
import type {WorkListing, WorkMeta} from '../source/core/work.js';

/** Mulberry32: tiny, fast, and good enough for test data. Returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let mixed = state;
		mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
		mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
	};
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

function integer(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

/**
 * Draws ranks 0…n-1 with probability ∝ 1 / (rank + 1 + offset)^exponent
 * (Zipf–Mandelbrot: the offset flattens the head, so the top item is common
 * without being everywhere).
 */
function zipf(count: number, exponent: number, offset = 0): (random: Random) => number {
	const cumulative = new Float64Array(count);
	let sum = 0;
	for (let rank = 0; rank < count; rank++) {
		sum += 1 / (rank + 1 + offset) ** exponent;
		cumulative[rank] = sum;
	}

	return random => {
		const target = random() * sum;
		let low = 0;
		let high = count - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (cumulative[middle]! < target) low = middle + 1;
			else high = middle;
		}

		return low;
	};
}

/** `count` distinct items from `draw`, in draw order (gives up on duplicates after a few tries). */
function distinct<T>(count: number, draw: () => T): T[] {
	const items = new Set<T>();
	for (let tries = 0; items.size < count && tries < count * 4; tries++) items.add(draw());
	return [...items];
}

/** ASCII letters and digits of `text`, words joined by `_`, at most 40 characters. */
function fileSafe(text: string): string {
	return (text.match(/[A-Za-z\d]+/g) ?? []).join('_').slice(0, 40);
}

function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

const syllables = ['ka', 'ri', 'to', 'mi', 'sa', 'el', 'an', 'dra', 'co', 'lu', 'na', 've', 'th', 'or', 'ys', 'ae', 'bri', 'gan', 'mor', 'wen', 'fel', 'is', 'ro', 'hal', 'dur', 'ien', 'qu', 'ash', 'ton', 'ley'];

function inventedWord(random: Random, minSyllables: number, maxSyllables: number): string {
	let word = '';
	for (let count = integer(random, minSyllables, maxSyllables); count > 0; count--) word += pick(random, syllables);
	return word;
}

function inventedName(random: Random): string {
	return `${capitalize(inventedWord(random, 2, 3))} ${capitalize(inventedWord(random, 2, 4))}`;
}

export const realFandoms: ReadonlyArray<readonly [string, readonly string[]]> = [
	['Harry Potter - J. K. Rowling', ['Harry Potter', 'Draco Malfoy', 'Hermione Granger', 'Ron Weasley', 'Severus Snape', 'Sirius Black', 'Remus Lupin', 'Ginny Weasley', 'Luna Lovegood', 'Neville Longbottom', 'Albus Dumbledore', 'Tom Riddle', 'James Potter', 'Lily Evans Potter', 'Regulus Black', 'Pansy Parkinson', 'Blaise Zabini', 'Theodore Nott']],
	['Marvel Cinematic Universe', ['Tony Stark', 'Steve Rogers', 'Bucky Barnes', 'Natasha Romanov', 'Peter Parker', 'Loki (Marvel)', 'Thor (Marvel)', 'Wanda Maximoff', 'Sam Wilson', 'Clint Barton', 'Bruce Banner', 'Stephen Strange']],
	['Les Misérables - Victor Hugo', ['Enjolras', 'Grantaire', 'Jean Valjean', 'Javert', 'Éponine Thénardier', 'Cosette Fauchelevent', 'Marius Pontmercy', 'Combeferre', 'Courfeyrac', 'Jehan Prouvaire']],
	['僕のヒーローアカデミア | Boku no Hero Academia | My Hero Academia', ['Midoriya Izuku', 'Bakugou Katsuki', 'Todoroki Shouto', 'Uraraka Ochako', 'Kirishima Eijirou', 'Aizawa Shouta', 'Yagi Toshinori | All Might', 'Iida Tenya']],
	['Sherlock (TV)', ['Sherlock Holmes', 'John Watson', 'Mycroft Holmes', 'Greg Lestrade', 'Molly Hooper', 'Jim Moriarty']],
	['Supernatural (TV 2005)', ['Dean Winchester', 'Sam Winchester', 'Castiel (Supernatural)', 'Bobby Singer', 'Crowley (Supernatural)', 'Jack Kline']],
	['Good Omens (TV)', ['Aziraphale (Good Omens)', 'Crowley (Good Omens)', 'Gabriel (Good Omens)', 'Beelzebub (Good Omens)']],
	['Pokémon - All Media Types', ['Ash Ketchum', 'Pikachu', 'Misty (Pokémon)', 'Brock (Pokémon)', 'Gary Oak', 'Cynthia (Pokémon)']],
	['Star Wars - All Media Types', ['Obi-Wan Kenobi', 'Anakin Skywalker', 'Padmé Amidala', 'Ahsoka Tano', 'Luke Skywalker', 'Leia Organa', 'Han Solo', 'Rey (Star Wars)', 'Ben Solo | Kylo Ren']],
	['Genshin Impact (Video Game)', ['Zhongli (Genshin Impact)', 'Tartaglia | Childe (Genshin Impact)', 'Xiao (Genshin Impact)', 'Venti (Genshin Impact)', 'Kaeya (Genshin Impact)', 'Diluc Ragnvindr']],
	['The Witcher (TV)', ['Geralt z Rivii | Geralt of Rivia', 'Jaskier | Dandelion', 'Yennefer z Vengerbergu | Yennefer of Vengerberg', 'Ciri (The Witcher)']],
	['Haikyuu!!', ['Hinata Shouyou', 'Kageyama Tobio', 'Oikawa Tooru', 'Iwaizumi Hajime', 'Kuroo Tetsurou', 'Tsukishima Kei', 'Yamaguchi Tadashi']],
	['Naruto', ['Uzumaki Naruto', 'Uchiha Sasuke', 'Haruno Sakura', 'Hatake Kakashi', 'Umino Iruka', 'Uchiha Itachi']],
	['Stranger Things (TV 2016)', ['Steve Harrington', 'Eddie Munson', 'Billy Hargrove', 'Nancy Wheeler', 'Robin Buckley', 'Will Byers', 'Mike Wheeler']],
	['The Untamed (TV)', ['Wei Ying | Wei Wuxian', 'Lan Zhan | Lan Wangji', 'Jiang Cheng', 'Lan Xichen', 'Jin Ling']],
	['Hetalia: Axis Powers', ['America (Hetalia)', 'England (Hetalia)', 'France (Hetalia)', 'Canada (Hetalia)', 'Prussia (Hetalia)', 'España (Hetalia)']],
	['Teen Wolf (TV)', ['Stiles Stilinski', 'Derek Hale', 'Scott McCall', 'Peter Hale', 'Lydia Martin']],
	['The Lord of the Rings - J. R. R. Tolkien', ['Frodo Baggins', 'Samwise Gamgee', 'Legolas (Tolkien)', 'Gimli (Tolkien)', 'Aragorn (Tolkien)', 'Boromir (Tolkien)', 'Faramir (Tolkien)', 'Éowyn (Tolkien)']],
	['Critical Role (Web Series)', ['Caleb Widogast', 'Mollymauk Tealeaf', 'Essek Thelyss', 'Jester Lavorre', 'Fjord (Critical Role)', 'Beauregard Lionett']],
	['Original Work', ['Original Characters', 'Original Female Character(s)', 'Original Male Character(s)']],
];

export const commonTags = [
	'Fluff',
	'Angst',
	'Hurt/Comfort',
	'Slow Burn',
	'Enemies to Lovers',
	'Friends to Lovers',
	'Alternate Universe',
	'Alternate Universe - Canon Divergence',
	'Alternate Universe - Modern Setting',
	'Alternate Universe - Coffee Shops & Cafés',
	'Alternate Universe - College/University',
	'Alternate Universe - Soulmates',
	'Happy Ending',
	'Angst with a Happy Ending',
	'Fluff and Angst',
	'Romance',
	'Humor',
	'Smut',
	'Explicit Sexual Content',
	'Porn With Plot',
	'Established Relationship',
	'Mutual Pining',
	'Pining',
	'Idiots in Love',
	'Fake/Pretend Relationship',
	'Found Family',
	'Canon Compliant',
	'Post-Canon',
	'Pre-Canon',
	'Canon-Typical Violence',
	'Whump',
	'Sick Fic',
	'Domestic Fluff',
	'First Kiss',
	'First Time',
	'Getting Together',
	'Misunderstandings',
	'Miscommunication',
	'Jealousy',
	'Protective Siblings',
	'Trauma',
	'Recovery',
	'Grief/Mourning',
	'Major Character Death',
	'Temporary Character Death',
	'Time Travel',
	'Fix-It',
	'Magic',
	'Dragons',
	'Vampires',
	'Werewolves',
	'Alpha/Beta/Omega Dynamics',
	'Omegaverse',
	'Soulmate-Identifying Marks',
	'Crack',
	'Crack Treated Seriously',
	'Tags May Change',
	'Not Beta Read',
	'Oneshot',
	'Drabble',
	'Short & Sweet',
	'Christmas',
	'Halloween',
	'Hanahaki Disease',
	'Mild Language',
	'Nightmares',
	'Panic Attacks',
	'Hospitals',
	'Kissing',
	'Cuddling & Snuggling',
	'Bed-Sharing',
	'Road Trips',
	'Touch-Starved',
	'Emotional Hurt/Comfort',
	'Self-Harm',
	'Suicidal Thoughts',
	'Depression',
	'Anxiety',
	'Family Feels',
	'Sibling Bonding',
	'Slice of Life',
	'Coming of Age',
	'Coming Out',
	'Homophobia',
	'Hogwarts Eighth Year',
	'Auror Partners',
	'Draco Malfoy Redemption',
	'Mpreg',
	'Chronic Illness',
	'Canon Divergence',
	'Missing Scene',
	'Character Study',
	'Unreliable Narrator',
	'Epistolary',
	'Sexual Tension',
	'Rivals to Lovers',
	'Strangers to Lovers',
	'Enemies to Friends to Lovers',
	'Né Naïve',
	'Déjà Vu',
];

const tagPatterns = ['Alternate Universe - %', '% Feels', '% Fluff', '% Angst', 'Post-%', '%-centric', 'Protective %', '% Whump', 'Pining %', '% is a Mess', 'Soft %', '% Has Issues', 'Bad Parent %', 'Good Sibling %', '% Being an Idiot'];

const titleWords = (
	'the of and a to in love you me my heart night light dark star stars sea fire burn burning slow home way time dream dreams ' +
	'ghost ghosts rain winter summer spring autumn fall fallen falling sky stay still silence quiet storm broken pieces gold golden ' +
	'blood bone bones salt water wild kiss kisses hands touch tomorrow yesterday forever never always again another last first ' +
	'little between under over after before beneath beyond this that what when where who how why all nothing something everything ' +
	'lovers enemies friends strangers war peace song songs sing dance dancing moon sun city road roads letter letters glass paper ' +
	'wings feather feathers crown king queen prince knight dragon wolf wolves fox garden rose roses thorn thorns flower flowers ' +
	'ocean river mountain forest tree trees bird birds story stories secret secrets promise promises lie lies truth mirror shadow ' +
	'shadows echo echoes memory memories ashes smoke ember embers spark sparks tide tides wave waves harbor harbour café soleil naïve ' +
	'coffee tea morning evening midnight hour hours minute moment moments keep kept hold holding let go gone lost found find ' +
	'finding run running stay staying come back home homecoming alone together apart close closer far farther red blue green grey'
).split(' ');

const ratings = ['General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit', 'Not Rated'];
const ratingWeights = [0.24, 0.3, 0.2, 0.21, 0.05];

const warnings = ['No Archive Warnings Apply', 'Creator Chose Not To Use Archive Warnings', 'Graphic Depictions Of Violence', 'Major Character Death', 'Rape/Non-Con', 'Underage'];
const categories = ['M/M', 'F/M', 'Gen', 'F/F', 'Multi', 'Other'];
const languages = ['English', 'English', 'English', 'English', 'English', 'English', 'English', 'English', 'English', 'English', 'English', 'English', 'Español', 'Français', 'Deutsch', 'Русский', '中文-普通话 國語', 'Português brasileiro', 'Italiano', 'Polski'];

function weighted(random: Random, weights: readonly number[]): number {
	let target = random();
	for (const [index, weight] of weights.entries()) {
		target -= weight;
		if (target < 0) return index;
	}

	return weights.length - 1;
}

type Fandom = {
	name: string;
	characters: string[];
	relationships: string[];
	drawCharacter: (random: Random) => number;
	drawRelationship: (random: Random) => number;
};

/** The shared vocabularies of a library: fixed by the seed, whatever the library's size. */
type Universe = {
	fandoms: Fandom[];
	drawFandom: (random: Random) => number;
	tags: string[];
	drawTag: (random: Random) => number;
	authors: string[];
	drawAuthor: (random: Random) => number;
	drawTitleWord: (random: Random) => number;
	titleVocabulary: string[];
};

function createUniverse(seed: number): Universe {
	const random = createRandom(seed ^ 0x5e_ed);
	const fandomCount = 300;
	const fandoms: Fandom[] = [];
	for (let rank = 0; rank < fandomCount; rank++) {
		const real = realFandoms[rank];
		const name = real ? real[0] : `${capitalize(inventedWord(random, 2, 4))} ${pick(random, ['(TV)', '(Anime)', '(Video Game)', '(Comics)', '- All Media Types', '(Web Series)', '(Podcast)', '- Novels'])}`;
		// Popular fandoms have deep casts; the long tail has a handful of characters each.
		const castSize = Math.max(4, Math.round(60 / Math.sqrt(rank + 1)));
		const characters = [...(real ? real[1] : []), ...distinct(Math.max(0, castSize - (real?.[1].length ?? 0)), () => inventedName(random))];
		const drawCharacter = zipf(characters.length, 1);
		const relationships = distinct(Math.round(castSize * 1.6), () => {
			const first = characters[drawCharacter(random)]!;
			const second = characters[drawCharacter(random)]!;
			return first === second ? first : `${first}${random() < 0.75 ? '/' : ' & '}${second}`;
		}).filter(relationship => relationship.includes('/') || relationship.includes(' & '));
		fandoms.push({name, characters, relationships, drawCharacter, drawRelationship: zipf(Math.max(1, relationships.length), 1)});
	}

	const inventedTags = distinct(3000, () => {
		const subject = random() < 0.5 ? capitalize(inventedWord(random, 2, 3)) : capitalize(pick(random, titleWords));
		return pick(random, tagPatterns).replace('%', subject);
	});
	const tags = [...commonTags, ...inventedTags.filter(tag => !commonTags.includes(tag))];

	const authors = distinct(30_000, () => {
		const style = random();
		if (style < 0.4) return `${pick(random, titleWords)}_${pick(random, titleWords)}${integer(random, 1, 999)}`;
		if (style < 0.7) return `${capitalize(inventedWord(random, 2, 3))}${capitalize(pick(random, titleWords))}`;
		return inventedWord(random, 2, 4) + (random() < 0.5 ? String(integer(random, 1, 99)) : '');
	});

	const titleVocabulary = [...titleWords, ...distinct(2500, () => inventedWord(random, 1, 3))];
	return {
		fandoms,
		drawFandom: zipf(fandoms.length, 1.1),
		tags,
		// The most used tags land on 10–20% of works, as AO3's do.
		drawTag: zipf(tags.length, 1.05, 4),
		authors,
		drawAuthor: zipf(authors.length, 0.8),
		drawTitleWord: zipf(titleVocabulary.length, 0.9),
		titleVocabulary,
	};
}

const universes = new Map<number, Universe>();

function universeFor(seed: number): Universe {
	let universe = universes.get(seed);
	if (universe === undefined) {
		universe = createUniverse(seed);
		universes.set(seed, universe);
	}

	return universe;
}

/** Word counts: log-normal around 6,000, clamped to 500 … 500,000. */
function wordCount(random: Random): number {
	const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
	return Math.round(Math.min(500_000, Math.max(500, Math.exp(Math.log(6000) + 1.3 * normal))));
}

function isoDate(random: Random, fromYear: number): string {
	const day = new Date(Date.UTC(fromYear, 0, 1) + Math.floor(random() * 365 * (2025 - fromYear)) * 86_400_000);
	return day.toISOString().slice(0, 10);
}

/** Work `index` of the library of `seed`: its whole metadata, which is also what a library keeps of it. */
export function generateWork(index: number, seed = 1): WorkMeta & WorkListing {
	const universe = universeFor(seed);
	const random = createRandom(Math.imul(seed, 0x9e_37_79_b1) ^ Math.imul(index + 1, 0x85_eb_ca_6b));

	const fandomCount = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3][integer(random, 0, 10)]!;
	const fandoms = distinct(fandomCount, () => universe.fandoms[universe.drawFandom(random)]!);
	const main = fandoms[0]!;

	const words = wordCount(random);
	const oneShot = words < 8000 && random() < 0.7;
	const complete = oneShot || random() < 0.55;
	const total = oneShot ? 1 : Math.max(2, Math.round(words / integer(random, 2500, 6000)));
	const posted = complete ? total : integer(random, 1, Math.max(1, total - 1));

	const titleLength = [1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 8][integer(random, 0, 11)]!;
	const title = Array.from({length: titleLength}, (_, position) => {
		const word = universe.titleVocabulary[universe.drawTitleWord(random)]!;
		return position === 0 || word.length > 3 ? capitalize(word) : word;
	}).join(' ');

	const published = isoDate(random, 2010);
	const id = String(10_000_000 + index * 97 + integer(random, 0, 96));
	const warningCount = random() < 0.85 ? 1 : 2;
	return {
		path: `${fileSafe(main.name) || 'Other'}/${fileSafe(title) || 'Untitled'}-${id}.txt`,
		format: 'ao3-text',
		id,
		title,
		authors: distinct(random() < 0.94 ? 1 : 2, () => universe.authors[universe.drawAuthor(random)]!),
		rating: ratings[weighted(random, ratingWeights)]!,
		warnings: distinct(warningCount, () => warnings[weighted(random, [0.45, 0.33, 0.12, 0.06, 0.02, 0.02])]!),
		categories: distinct(random() < 0.8 ? 1 : 2, () => categories[weighted(random, [0.45, 0.2, 0.2, 0.08, 0.05, 0.02])]!),
		fandoms: fandoms.map(fandom => fandom.name),
		relationships: main.relationships.length === 0 ? [] : distinct(integer(random, 0, 4), () => main.relationships[main.drawRelationship(random)]!),
		characters: distinct(integer(random, 1, 9), () => main.characters[main.drawCharacter(random)]!),
		tags: distinct(Math.min(30, Math.round(-Math.log(1 - random()) * 8)), () => universe.tags[universe.drawTag(random)]!),
		language: pick(random, languages),
		series: random() < 0.1 ? [{name: `The ${capitalize(pick(random, titleWords))} Series`, part: integer(random, 1, 6)}] : [],
		status: complete ? 'complete' : 'in-progress',
		chapters: {posted, total: complete || random() < 0.6 ? total : null},
		words,
		published,
		updated: complete && oneShot ? null : isoDate(random, Number(published.slice(0, 4))),
		summary: `${title}. ${capitalize(universe.titleVocabulary[universe.drawTitleWord(random)]!)} and ${universe.titleVocabulary[universe.drawTitleWord(random)]!}.`,
		toc: [],
		headings: 0,
		encoding: 'utf-8',
		notes: [],
		duplicateOf: null,
		extra: {Kudos: String(Math.floor(words / integer(random, 20, 400))), Hits: String(Math.floor(words / integer(random, 1, 20)))},
	};
}

/** A library of `count` works (deterministic for a given seed). */
export function generateLibrary(count: number, seed = 1): Array<WorkMeta & WorkListing> {
	return Array.from({length: count}, (_, index) => generateWork(index, seed));
}

function label(singular: string, plural: string, values: readonly string[]): string {
	return `${values.length > 1 ? plural : singular}: ${values.join(', ')}`;
}

function thousands(value: number): string {
	return value.toLocaleString('en-US');
}

/**
 * The header of `work` as an AO3 text download writes it (FORMAT.md §1),
 * one line per label, labels with no value left out. A file is these lines,
 * a blank line, an optional `Summary:` block, then the body; the body is the
 * caller's, and its word count should match `work.words`.
 */
export function renderAo3Header(work: WorkMeta): string[] {
	const lines = [`Title: ${work.title}`];
	if (work.id !== null) lines.push(`Work ID: ${work.id}`);
	lines.push(`Author: ${work.authors.join(', ')}`);
	if (work.rating !== null) lines.push(`Rating: ${work.rating}`);
	const lists: Array<readonly [string, string, readonly string[]]> = [
		['Archive Warning', 'Archive Warnings', work.warnings],
		['Category', 'Categories', work.categories],
		['Fandom', 'Fandoms', work.fandoms],
		['Relationship', 'Relationships', work.relationships],
		['Character', 'Characters', work.characters],
		// AO3 never writes `Additional Tag`.
		['Additional Tags', 'Additional Tags', work.tags],
	];
	for (const [singular, plural, values] of lists) if (values.length > 0) lines.push(label(singular, plural, values));
	if (work.language !== null) lines.push(`Language: ${work.language}`);
	for (const series of work.series) lines.push(`Series: ${series.part === null ? series.name : `Part ${series.part} of ${series.name}`}`);
	if (work.published !== null) lines.push(`Published: ${work.published}`);
	if (work.updated !== null) lines.push(`${work.status === 'complete' ? 'Completed' : 'Updated'}: ${work.updated}`);
	lines.push(`Words: ${thousands(work.words)}`);
	if (work.chapters !== null) lines.push(`Chapters: ${thousands(work.chapters.posted)}/${work.chapters.total === null ? '?' : thousands(work.chapters.total)}`);
	if (work.status !== 'unknown') lines.push(`Status: ${work.status === 'complete' ? 'Completed' : 'In Progress'}`);
	for (const [name, value] of Object.entries(work.extra)) lines.push(`${name}: ${value}`);
	return lines;
}
