import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {generateLibrary} from '../../../bench/synthetic-library.js';
import {createSearchEngine, type SearchHit, type SearchResult} from '../../../source/core/search/search-engine.js';
import type {FlagsOf} from '../../../source/core/search/work-flags.js';
import type {WorkListing} from '../../../source/core/work.js';
import {makeWork} from '../../helpers/make-work.js';

const library: WorkListing[] = [
	/* 0 */ makeWork({
		id: '1001',
		title: 'Slow Burn',
		authors: ['ember_writes'],
		fandoms: ['Harry Potter - J. K. Rowling'],
		relationships: ['Draco Malfoy/Harry Potter'],
		characters: ['Draco Malfoy', 'Harry Potter'],
		tags: ['Angst', 'Slow Burn'],
		warnings: ['No Archive Warnings Apply'],
		rating: 'Explicit',
		status: 'in-progress',
		chapters: {posted: 5, total: null},
		words: 45_000,
		language: 'English',
	}),
	/* 1 */ makeWork({id: '1002', title: 'Slow Bern', tags: ['Fluff'], rating: 'Teen And Up Audiences', status: 'complete', chapters: {posted: 1, total: 1}, words: 3000, language: 'English'}),
	/* 2 */ makeWork({id: '1003', title: 'Coffee at Midnight', tags: ['Slow Burn', 'Fluff'], rating: 'Mature', status: 'in-progress', chapters: {posted: 3, total: 10}, words: 12_000, language: 'English'}),
	/* 3 */ makeWork({id: '1004', title: 'Slow Burning Embers', tags: ['Angst with a Happy Ending'], rating: 'General Audiences', status: 'complete', chapters: {posted: 4, total: 4}, words: 10_000, language: 'English'}),
	/* 4 */ makeWork({
		id: '1005',
		title: 'Les Misérables in Winter',
		fandoms: ['Les Misérables - Victor Hugo'],
		relationships: ['Enjolras/Grantaire'],
		characters: ['Enjolras', 'Grantaire'],
		tags: ['Angsty Teens', 'Hurt/Comfort'],
		rating: 'Explicit',
		status: 'in-progress',
		chapters: {posted: 2, total: 3},
		words: 10_001,
		language: 'English',
	}),
	/* 5 */ makeWork({id: '1234', title: 'A Quiet Angst', tags: ['Fluff'], warnings: ['Major Character Death'], rating: 'Explicit', status: 'in-progress', chapters: {posted: 12, total: null}, words: 80_000}),
	/* 6 */ makeWork({id: '1006', title: 'Death of a Major Character', tags: ['Death', 'Major Character Study'], rating: 'Mature', status: 'complete', chapters: {posted: 1, total: 1}, words: 4000}),
	/* 7 */ makeWork({id: '1007', title: 'Afterwards', tags: ['Major Character Death', 'Grief/Mourning'], rating: 'Mature', status: 'complete', chapters: {posted: 1, total: 1}, words: 5000}),
	/* 8 */ makeWork({
		format: 'plain-text',
		title: 'Plain Text Notes',
		words: 700,
		toc: ['One', 'Two', 'Three', 'Four', 'Five'].map((title, paragraph) => ({title, paragraph})),
	}),
	/* 9 */ makeWork({id: '123', title: 'Short Id', rating: 'Explicit', status: 'complete', chapters: {posted: 1, total: 1}, words: 20_000}),
	/* 10 */ makeWork({id: '1010', title: 'Enemies to Lovers', authors: ['Ænima'], fandoms: ['Pokémon - All Media Types'], rating: 'Not Rated', language: 'Français', status: 'complete', chapters: {posted: 1, total: 1}, words: 1000}),
	/* 11 */ makeWork({id: '1011', title: 'Burn', tags: ['Crack'], rating: 'Teen And Up Audiences', status: 'complete', chapters: {posted: 1, total: 1}, words: 800}),
];

const engine = createSearchEngine(library);

function hits(query: string, searchEngine = engine): SearchHit[] {
	const result = searchEngine.search(query);
	if (!result.ok) throw new Error(`${JSON.stringify(query)} failed: ${result.error}`);
	return result.hits;
}

/** Work indices of the hits, in rank order. */
function ranked(query: string): number[] {
	return hits(query).map(hit => hit.index);
}

/** Work indices of the hits, as a sorted set, for filters whose order is not the point. */
function matched(query: string): number[] {
	return ranked(query).sort((a, b) => a - b);
}

function worksWhere(predicate: (work: WorkListing) => boolean): number[] {
	return library.flatMap((work, index) => (predicate(work) ? [index] : []));
}

function hit(query: string, work: number): SearchHit {
	const found = hits(query).find(candidate => candidate.index === work);
	if (!found) throw new Error(`work ${work} is not a hit for ${JSON.stringify(query)}`);
	return found;
}

/** The order in which `works` appear among the hits. */
function orderOf(query: string, works: readonly number[]): number[] {
	return ranked(query).filter(index => works.includes(index));
}

describe('search ranking', () => {
	it('ranks a value equal to the query first, then exact words before prefixes, the title breaking ties', () => {
		// `Burn` (title) equals the query; `Slow Burn` holds it exactly (title before tag); `Slow Burning Embers` only as a prefix.
		expect(orderOf('burn', [0, 2, 3, 11])).toEqual([11, 0, 2, 3]);
		// Four letters allow no typo: `Slow Bern` is not `burn`.
		expect(ranked('burn')).not.toContain(1);
		// The title `Slow Burn` and the tag `Slow Burn` both equal the query; the title breaks the tie.
		expect(orderOf('slow burn', [0, 2, 3])).toEqual([0, 2, 3]);
	});

	it('finds Slow Burn through a typo in a longer word, below the exact matches', () => {
		const typo = ranked('slow burnn');
		expect(typo.slice(0, 2)).toEqual([0, 2]);
		expect(ranked('slwo burn')).toEqual([]);
		expect(ranked('enemeis')).toEqual([10]);
	});

	it('gives lower scores to better hits, in order', () => {
		const scores = hits('slow burn').map(hit => hit.score);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(scores[0]).toBeLessThan(scores.at(-1)!);
	});

	it('requires every word somewhere, in any field', () => {
		expect(matched('draco slow')).toEqual([0]);
		expect(matched('enjolras winter')).toEqual([4]);
		expect(matched('enjolras fluff')).toEqual([]);
	});

	it('ignores case and accents', () => {
		expect(ranked('miserables')[0]).toBe(4);
		expect(matched('MISERABLES')).toEqual([4]);
		expect(matched('pokemon')).toEqual([10]);
		expect(matched('ænima')).toEqual([10]);
	});

	it('lists everything, in array order, for an empty query', () => {
		for (const query of ['', '   ']) {
			const all = hits(query);
			expect(all.map(hit => hit.index)).toEqual(library.map((_, index) => index));
			expect(all.every(hit => hit.score === 0 && hit.matches.length === 0)).toBe(true);
		}
	});
});

describe('search syntax', () => {
	it('excludes every work tagged Angst with !tag:angst, and nothing else', () => {
		const expected = worksWhere(work => !work.tags.some(tag => tag.toLowerCase().includes('angst')));
		expect(matched('!tag:angst')).toEqual(expected);
		// A title holding the word is not a tag.
		expect(expected).toContain(5);
		expect(expected).not.toContain(0);
		expect(expected).not.toContain(3);
		expect(expected).not.toContain(4);
		expect(matched('-tag:angst')).toEqual(expected);
	});

	it('returns exactly the works matching words:>10000 rating:explicit status:wip', () => {
		const expected = worksWhere(work => work.words > 10_000 && work.rating === 'Explicit' && work.status === 'in-progress');
		expect(expected).toEqual([0, 4, 5]);
		// Filters alone do not rank: hits keep array order.
		expect(ranked('words:>10000 rating:explicit status:wip')).toEqual(expected);
	});

	it('matches id: exactly, never as a prefix', () => {
		expect(ranked('id:123')).toEqual([9]);
		expect(ranked('id:1234')).toEqual([5]);
		expect(ranked('id:12')).toEqual([]);
		expect(matched('!id:123')).toEqual(worksWhere(work => work.id !== '123'));
	});

	it('filters word and chapter counts with exact bounds', () => {
		expect(matched('words:1000..5000')).toEqual(worksWhere(work => work.words >= 1000 && work.words <= 5000));
		expect(matched('words:1000..5000')).toEqual([1, 6, 7, 10]);
		expect(matched('words:<5k')).toEqual([1, 6, 8, 10, 11]);
		expect(matched('words:>=10k words:<=10001')).toEqual([3, 4]);
		expect(matched('words:10000')).toEqual([3]);
		// A file with no chapter header counts the chapters found in its body.
		expect(matched('chapters:>3')).toEqual([0, 3, 5, 8]);
		expect(matched('chapters:1')).toEqual(worksWhere(work => work.chapters?.posted === 1 || (work.chapters === null && work.headings <= 1)));
	});

	it('matches a quoted tag as that phrase, not as loose words', () => {
		expect(matched('tag:"major character death"')).toEqual([7]);
		expect(matched('tag:"Major Character"')).toEqual([6, 7]);
		// Unquoted, the words may fall in different tags, or outside tags.
		expect(matched('tag:major character death')).toEqual([6, 7]);
	});

	it('keeps a field-scoped word to that field', () => {
		expect(matched('title:angst')).toEqual([5]);
		expect(matched('tag:angst')).toEqual([0, 3, 4]);
		expect(matched('author:ember')).toEqual([0]);
		expect(matched('char:enjolras')).toEqual([4]);
		expect(matched('ship:draco')).toEqual([0]);
		expect(matched('rel:grantaire')).toEqual([4]);
		expect(matched('fandom:pokemon')).toEqual([10]);
		expect(matched('warning:death')).toEqual([5]);
	});

	it("matches 'word exactly and ^word at the start of a value", () => {
		expect(matched('bern')).toEqual([1]);
		expect(matched("'ern")).toEqual([1]);
		expect(matched('ern')).toEqual([]);
		expect(matched('tag:^hurt')).toEqual([4]);
		expect(matched('^slow')).toEqual([0, 1, 2, 3]);
		expect(matched('^burn')).toEqual([11]);
	});

	it('excludes with !word or -word, exactly (no typos)', () => {
		expect(matched('slow !fluff')).toEqual([0, 3]);
		expect(matched('slow -fluff')).toEqual([0, 3]);
		// `bern` is one typo from `burn`, but an exclusion only removes what it names.
		expect(matched('slow !bern')).toEqual([0, 2, 3]);
	});

	it('matches ratings by prefix or initials', () => {
		const rated = (rating: string) => worksWhere(work => work.rating === rating);
		expect(matched('rating:e')).toEqual(rated('Explicit'));
		expect(matched('rating:explicit')).toEqual(rated('Explicit'));
		expect(matched('rating:teen')).toEqual(rated('Teen And Up Audiences'));
		expect(matched('rating:t')).toEqual(rated('Teen And Up Audiences'));
		expect(matched('rating:ga')).toEqual(rated('General Audiences'));
		expect(matched('rating:m')).toEqual(rated('Mature'));
		expect(matched('rating:nr')).toEqual(rated('Not Rated'));
		expect(matched('!rating:e')).toEqual(worksWhere(work => work.rating !== 'Explicit'));
	});

	it('filters status and language', () => {
		expect(matched('status:complete')).toEqual(worksWhere(work => work.status === 'complete'));
		expect(matched('status:wip')).toEqual(worksWhere(work => work.status === 'in-progress'));
		expect(matched('lang:fr')).toEqual([10]);
		expect(matched('lang:francais')).toEqual([10]);
		expect(matched('lang:en')).toEqual(worksWhere(work => work.language === 'English'));
	});

	it('reports a query it cannot read as a short error, never an exception', () => {
		const failed = (query: string): string => {
			const result: SearchResult = engine.search(query);
			if (result.ok) throw new Error(`expected ${query} to fail`);
			return result.error;
		};

		expect(failed('words:>abc')).toMatch(/^words: /);
		expect(failed('"slow burn')).toBe('Unclosed quote "');
		expect(failed('!')).toBe('Nothing to exclude after !');
	});
});

describe('search matches', () => {
	it('marks matched characters in the original title', () => {
		const title = hit('slow burn', 0).matches.find(match => match.field === 'title');
		expect(title).toEqual({field: 'title', value: 'Slow Burn', indices: [[0, 3], [5, 8]]});
	});

	it('maps highlights of an unaccented query onto the accented text', () => {
		const fandom = hit('miserables', 4).matches.find(match => match.field === 'fandoms')!;
		expect(fandom.value).toBe('Les Misérables - Victor Hugo');
		expect(fandom.indices.map(([start, end]) => fandom.value.slice(start, end + 1))).toEqual(['Misérables']);
	});

	it('marks what a fuzzy word matched', () => {
		const title = hit('burnign', 3).matches.find(match => match.field === 'title')!;
		expect(title.value).toBe('Slow Burning Embers');
		expect(title.indices.length).toBeGreaterThan(0);
		for (const [start, end] of title.indices) expect('Burning'.includes(title.value.slice(start, end + 1))).toBe(true);
	});

	it('names every field that matched, for the sidebar', () => {
		const fields = hit('enjolras', 4).matches.map(match => match.field);
		expect(fields).toEqual(['relationships', 'characters']);
		expect(hit('rating:e words:>40000', 0).matches).toEqual([
			{field: 'rating', value: 'Explicit', indices: [[0, 0]]},
			{field: 'words', value: '45000', indices: [[0, 4]]},
		]);
	});

	it('marks only the values each scoped word matched', () => {
		const matches = hit('tag:slow', 0).matches;
		expect(matches).toEqual([{field: 'tags', value: 'Slow Burn', indices: [[0, 3]]}]);
	});

	it('keeps the same matches object on every read', () => {
		const first = hit('slow', 0);
		expect(first.matches).toBe(first.matches);
	});
});

describe('search engine state', () => {
	const words = ['slow', 'burn', 'brn', 'angst', 'fluff', 'tag:angst', '!tag:fluff', 'words:>5000', 'rating:e', 'draco', 'harry', 'miserables', '"slow burn"', '^slow'];
	const synthetic = generateLibrary(150, 7);

	it('gives every query the same result however it was reached (typed, edited back, retyped)', () => {
		const shared = createSearchEngine(synthetic);
		// What an engine with no history answers; memoized, since that answer depends on the query alone.
		const freshResults = new Map<string, unknown>();
		const fresh = (query: string) => {
			if (!freshResults.has(query)) freshResults.set(query, summary(createSearchEngine(synthetic).search(query)));
			return freshResults.get(query);
		};

		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 3}), fc.array(fc.nat(30), {maxLength: 12}), (query, cuts) => {
				const full = query.join(' ');
				// Type the query, then cut it back and retype it, keystroke by keystroke.
				const steps = [...Array.from({length: full.length}, (_, end) => full.slice(0, end + 1)), ...cuts.map(cut => full.slice(0, Math.max(0, full.length - cut))), full];
				for (const step of steps) expect(summary(shared.search(step))).toEqual(fresh(step));
			}),
			{numRuns: 25},
		);
	});

	it('never throws on arbitrary input', () => {
		const alphabet = fc.constantFrom('a', 'e', 's', ' ', '"', "'", '^', '!', '-', ':', 'tag', 'words', '>', '<', '..', '1', 'k', 'é', '/', '&', '\u0301');
		fc.assert(
			fc.property(fc.array(alphabet, {maxLength: 12}), pieces => {
				const result = engine.search(pieces.join(''));
				if (result.ok) for (const found of result.hits) expect(found.index).toBeLessThan(library.length);
				else expect(result.error.length).toBeGreaterThan(0);
			}),
			{numRuns: 500},
		);
	});
});

function summary(result: SearchResult): unknown {
	return result.ok ? result.hits.map(found => [found.index, found.score]) : result.error;
}

describe('is: filters', () => {
	const flags: FlagsOf = work => ({mark: (['reading', 'read', 'later'] as const)[work % 4] ?? 'unread', bookmarked: work === 2, newChapters: work === 5 ? 3 : 0});

	it('keeps the works with that mark, bookmark or new chapters', () => {
		const found = (query: string) => {
			const result = engine.search(query, flags);
			return result.ok ? result.hits.map(hit => hit.index).sort((a, b) => a - b) : [];
		};

		expect(found('is:reading')).toEqual([0, 4, 8]);
		expect(found('is:read')).toEqual([1, 5, 9]);
		expect(found('is:later')).toEqual([2, 6, 10]);
		expect(found('is:unread')).toEqual([3, 7, 11]);
		expect(found('is:bookmarked')).toEqual([2]);
		expect(found('is:new')).toEqual([5]);
		expect(found('!is:read slow')).toEqual([0, 2, 3]);
	});

	it('sees every work unread without a reading state, and follows the state it is given each time', () => {
		expect(hits('is:unread')).toHaveLength(library.length);
		expect(hits('is:later')).toHaveLength(0);
		const all = engine.search('is:later', () => ({mark: 'later', bookmarked: false, newChapters: 0}));
		expect(all.ok && all.hits.length).toBe(library.length);
	});
});
