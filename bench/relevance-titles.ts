/**
 * Titles as real AO3 libraries have them, for the works `relevance-library.ts`
 * adds after its built ones. Each kind is a fact about AO3:
 *
 * - The most used titles are one or two common words (`Home`, `Stay`,
 *   `Gravity`, `Coming Home`, `Home Again`), so many works share a title: AO3
 *   lists thousands titled `Home`. Their use falls off steeply from the top.
 * - Titles carry punctuation readers do not type: apostrophes (`Don't Look
 *   Back`), commas (`Ashes, Ashes`), brackets (`(Not) Alone`, `The Boy Who
 *   Lived (And Then Didn't)`), question marks, and the 5+1 form (`Five Times
 *   Harry Lied (And One Time He Didn't)`), in figures or in words.
 * - Title words are tag and character words too (`Found`, `Family`,
 *   `Comfort`, `Harry`); a title naming a character names one of the work's
 *   own, and `<Name> and the <Adjective> <Noun>` copies the Harry Potter
 *   books' form.
 * - Works come in series: AO3 heads each part with `Part 2 of <series>`.
 *   The parts share the author, fandom and cast; many are titled after the
 *   series with the part's number (`Coming Home (Part 2)`), the rest have
 *   titles of their own. A series is often named after its first work.
 */
import type {Series} from '../source/core/work.js';

type Random = () => number;

/** A work's fandom, characters, pairing and tags. */
export type Cast = {fandom: string; characters: string[]; relationships: string[]; tags: string[]};

export type AddedWork = {title: string; author: string; cast: Cast; series: Series[]};

function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)]!;
}

export function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

export function titleCase(words: string): string {
	const small = new Set(['a', 'an', 'the', 'of', 'in', 'and', 'to', 'as', 'for', 'at', 'on']);
	return words
		.split(' ')
		.map((word, position) => (position > 0 && small.has(word) ? word : capitalize(word)))
		.join(' ');
}

/** The most used AO3 titles, most used first. */
const commonTitles = [
	'Home', 'Stay', 'Untitled', 'Breathe', 'Gravity', 'Coming Home', 'Falling', 'Home Again', 'Safe', 'Found',
	'Family', 'Always', 'Hold On', 'Stay With Me', 'Homecoming', 'Second Chances', 'Fix You', 'Heartbeat', 'Lost and Found', 'Sunshine',
	'Little Things', 'Starlight', 'Together', 'Shelter', 'Comfort', 'Hurt', 'Brave', 'Hush', 'Echoes', 'After',
	'Afterglow', 'Daylight', 'Golden', 'Haunted', 'Fireflies', 'Home Sweet Home', 'Growing Up', 'Somewhere Only We Know', 'Just Breathe', 'Drabbles',
];

/** Titles whose punctuation readers leave out when they type them. */
const punctuatedTitles = [
	"Don't Look Back", 'Ashes, Ashes', '(Not) Alone', "The Boy Who Lived (And Then Didn't)", "I'm Fine (I'm Not)", "It's Always Been You", "You're Not Alone",
	'Wait, What?', 'Hello, Stranger', "Don't Let Go", 'Where Do We Go From Here?', "What's Left of Us", "Can't Help Falling", 'Home (Again)', 'Breathe (In, Out)',
	'Run, Boy, Run', "We'll Be Alright", "Who's Afraid of the Dark?", 'Stay (Please)', '...And Then There Were Two',
];

const nouns = ['Dragon', 'Sea', 'Storm', 'Garden', 'Wolf', 'Light', 'Crown', 'Ghost', 'Rain', 'Heart', 'Stars', 'Dark'];
const adjectives = ['Broken', 'Quiet', 'Golden', 'Lost', 'Found', 'Wild', 'Careful', 'Ordinary', 'Fine', 'Okay'];
const deeds = [['Lied', 'Lie'], ['Ran', 'Run'], ['Said No', 'Say No'], ['Forgot', 'Forget'], ['Stayed', 'Stay'], ['Fell', 'Fall']] as const;
const verbs = ['Wake', 'Forget', 'Leave', 'Feed', 'Break', 'Follow'];

function firstName(character: string): string {
	return character.split(/[ (]/)[0]!;
}

/** A title from the templates of punctuated ones, or one of the list. */
function punctuatedTitle(random: Random, cast: Cast): string {
	const named = cast.characters.filter(character => !character.startsWith('Original '));
	const name = named.length > 0 ? firstName(pick(random, named)) : 'Them';
	switch (Math.floor(random() * 5)) {
		case 0: {
			return `(Not) ${pick(random, adjectives)}`;
		}

		case 1: {
			return `Don't ${pick(random, verbs)} the ${pick(random, nouns)}`;
		}

		case 2: {
			const [done, undone] = pick(random, deeds);
			return random() < 0.5 ? `Five Times ${name} ${done} (And One Time They Didn't)` : `5 Times ${name} ${done} and 1 Time They Didn't ${undone}`;
		}

		default: {
			return pick(random, punctuatedTitles);
		}
	}
}

/** A title naming one of the work's characters, or null when it has none. */
function namedTitle(random: Random, cast: Cast): string | null {
	// AO3's `Original Female Character(s)` and the like name nobody.
	const named = cast.characters.filter(character => !character.startsWith('Original '));
	if (named.length === 0) return null;
	const character = pick(random, named);
	const name = firstName(character);
	switch (Math.floor(random() * 4)) {
		case 0: {
			return name;
		}

		case 1: {
			return `${name}'s ${pick(random, nouns)}`;
		}

		case 2: {
			return `Dear ${name}`;
		}

		default: {
			return `${character.replace(/ \(.*\)$/, '')} and the ${pick(random, adjectives)} ${pick(random, nouns)}`;
		}
	}
}

function ownTitle(random: Random, cast: Cast): string {
	const roll = random();
	// Steeply skewed to the top of the list, as title use is.
	if (roll < 0.45) return commonTitles[Math.floor(commonTitles.length * random() ** 2.5)]!;
	if (roll < 0.75) return punctuatedTitle(random, cast);
	return namedTitle(random, cast) ?? pick(random, commonTitles);
}

const partWords = ['One', 'Two', 'Three', 'Four', 'Five', 'Six'];

function partTitle(random: Random, series: string, part: number): string {
	switch (Math.floor(random() * 3)) {
		case 0: {
			return `${series} (Part ${part})`;
		}

		case 1: {
			return `${series}, Part ${part}`;
		}

		default: {
			return `${series}: Part ${partWords[part - 1] ?? String(part)}`;
		}
	}
}

type OpenSeries = {name: string; parts: number; length: number; author: string; cast: Cast};

/** `count` works with the titles above, in the order a download folder might list them. */
export function realisticTitles(count: number, random: Random, newCast: () => Cast, newAuthor: () => string): AddedWork[] {
	const works: AddedWork[] = [];
	const open: OpenSeries[] = [];
	while (works.length < count) {
		if (open.length > 0 && random() < 0.2) {
			const at = Math.floor(random() * open.length);
			const series = open[at]!;
			series.parts++;
			const title = random() < 0.5 ? partTitle(random, series.name, series.parts) : ownTitle(random, series.cast);
			works.push({title, author: series.author, cast: series.cast, series: [{name: series.name, part: series.parts}]});
			if (series.parts >= series.length) open.splice(at, 1);
			continue;
		}

		const cast = newCast();
		const author = newAuthor();
		const title = ownTitle(random, cast);
		if (random() < 0.15) {
			const name = random() < 0.5 ? title : pick(random, commonTitles);
			open.push({name, parts: 1, length: 2 + Math.floor(random() * 4), author, cast});
			works.push({title, author, cast, series: [{name, part: 1}]});
		} else {
			works.push({title, author, cast, series: []});
		}
	}

	return works;
}
