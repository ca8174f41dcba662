import {describe, expect, it} from 'vitest';
import {generateLibrary} from '../../../bench/synthetic-library.js';
import {createSearchEngine, type SearchEngine} from '../../../source/core/search/search-engine.js';
import type {WorkListing} from '../../../source/core/work.js';
import {makeWork} from '../../helpers/make-work.js';

// The examples of issue 18, each on a small library built to tempt the old ranking.
const library: WorkListing[] = [
	/* 0 */ makeWork({title: 'Lowyn Sings', tags: ['Fluff']}),
	/* 1 */ makeWork({title: 'Coffee Shop', tags: ['Slow Burn', 'Angst']}),
	/* 2 */ makeWork({title: 'An', tags: ['Angst', 'Fluff']}),
	/* 3 */ makeWork({title: 'Snow and Ash', tags: ['Angst', 'Fluff'], relationships: ['Ron Weasley/Hermione Granger'], characters: ['Draco Malfoy', 'Harry Potter']}),
	/* 4 */ makeWork({title: 'Letters to Draco', characters: ['Harry Potter'], tags: ['Epistolary']}),
	/* 5 */ makeWork({title: 'Quiet Things', relationships: ['Draco Malfoy/Harry Potter'], characters: ['Draco Malfoy', 'Harry Potter'], tags: ['Found Family']}),
	/* 6 */ makeWork({title: 'Where the Rain Ends', tags: ['Time Travel']}),
	/* 7 */ makeWork({title: 'Found Objects', tags: ['Family Feels']}),
	/* 8 */ makeWork({title: 'Slow Burn Season', authors: ['lowburner'], tags: ['Fluff']}),
];

/** The works `engine` finds for a query, best first. */
function rankerOf(engine: SearchEngine): (query: string) => number[] {
	return query => {
		const result = engine.search(query);
		if (!result.ok) throw new Error(result.error);
		return result.hits.map(hit => hit.index);
	};
}

const ranked = rankerOf(createSearchEngine(library));

describe('ranking rules (issue 18)', () => {
	it('puts the tag equal to the query before titles that hold it among other words', () => {
		expect(ranked('slow burn')[0]).toBe(1);
		expect(ranked('slow burn')).not.toContain(0);
	});

	it('does not let a short title win on a word it only begins', () => {
		// `An` is a prefix of `angst`, not the other way round: the works tagged both come first.
		expect(ranked('angst fluff').slice(0, 2).sort()).toEqual([2, 3]);
		expect(ranked('angst fluff')).not.toContain(0);
	});

	it('puts the pairing holding both names before works that have them apart', () => {
		expect(ranked('draco harry')[0]).toBe(5);
		expect(ranked('harry draco')[0]).toBe(5);
		expect(ranked('draco harry')).toEqual(expect.arrayContaining([3, 4]));
	});

	it('reads a swapped pair of letters as one typo', () => {
		expect(ranked('fonud family')[0]).toBe(5);
		expect(ranked('time trvael')).toEqual([6]);
		expect(ranked('whree the rain ends')).toEqual([6]);
	});

	it('ranks exact words before prefixes before typos', () => {
		// `found` exactly (tag Found Family, title Found Objects) before `founds`-like typos.
		expect(ranked('found')).toEqual([7, 5]);
		expect(ranked('foudn')).toEqual([7, 5]);
		expect(ranked('fou').slice(0, 2)).toEqual([7, 5]);
	});
});

describe('narrowing', () => {
	const works = generateLibrary(3000, 7);
	const big = createSearchEngine(works);
	const count = (query: string) => {
		const result = big.search(query);
		return result.ok ? result.hits.length : -1;
	};

	it('never grows the result as a word is typed, up to four letters and from five on', () => {
		for (const word of ['slow', 'angst', 'enemies', 'hermione', 'fluffy', 'comfort', 'winchester']) {
			const counts = Array.from(word, (_, end) => count(word.slice(0, end + 1)));
			for (let length = 2; length <= counts.length; length++) {
				if (length === 5) continue;
				expect(counts[length - 1], `${word.slice(0, length)} after ${word.slice(0, length - 1)}`).toBeLessThanOrEqual(counts[length - 2]!);
			}
		}
	});

	it('never grows the result as a word is added', () => {
		expect(count('slow burn')).toBeLessThanOrEqual(count('slow'));
		expect(count('angst fluff')).toBeLessThanOrEqual(count('angst'));
	});
});

describe('summaries', () => {
	const works = [
		makeWork({title: 'Barricade Days', characters: ['Cosette Fauchelevent'], tags: ['Angst']}),
		makeWork({title: 'Garden Letters', tags: ['Fluff']}),
		makeWork({title: 'Rue Plumet', tags: ['Fluff']}),
	];
	const summaries = [null, 'Cosette writes to Marius every week.', 'A quiet house and a garden.'];
	const withSummaries = createSearchEngine(works, summaries);
	const found = (query: string) => {
		const result = withSummaries.search(query);
		return result.ok ? result.hits.map(hit => hit.index) : [];
	};

	it('finds a name that is only in a summary, below works that carry it elsewhere', () => {
		expect(found('cosette')).toEqual([0, 1]);
		expect(found('marius')).toEqual([1]);
		expect(found('garden')).toEqual([1, 2]);
		expect(createSearchEngine(works).search('marius')).toEqual({ok: true, hits: []});
	});

	it('searches only summaries with summary:', () => {
		expect(found('summary:cosette')).toEqual([1]);
		expect(found('summary:garden')).toEqual([2]);
		const hit = withSummaries.search('summary:marius');
		expect(hit.ok && hit.hits[0]!.matches).toEqual([{field: 'summary', value: summaries[1], indices: [[18, 23]]}]);
	});
});

describe('titles as readers type them', () => {
	// Readers type titles lowercase and leave out the punctuation, apostrophes too.
	const works = [
		/* 0 */ makeWork({title: "Don't Look Back", tags: ['Angst']}),
		/* 1 */ makeWork({title: 'Look Back Home', tags: ['Fluff']}),
		/* 2 */ makeWork({title: "Who's Afraid of the Dark?"}),
		/* 3 */ makeWork({title: 'Ashes, Ashes'}),
		/* 4 */ makeWork({title: '(Not) Alone'}),
		/* 5 */ makeWork({title: "The Boy Who Lived (And Then Didn\u2019t)"}),
		/* 6 */ makeWork({title: 'Dont Stop', characters: ["Geralt's Horse"]}),
	];
	const typed = createSearchEngine(works);
	const found = rankerOf(typed);

	it('matches a word typed without its apostrophe, exactly and as a prefix', () => {
		expect(found('dont look back')).toEqual([0]);
		expect(found('dont look')[0]).toBe(0);
		expect(found('don')).toEqual(expect.arrayContaining([0, 6]));
		expect(found('whos afraid of the dark')).toEqual([2]);
		expect(found('the boy who lived and then didnt')).toEqual([5]);
		expect(found('geralts')).toEqual([6]);
	});

	it('matches a word typed with its apostrophe where the title has none', () => {
		expect(found("don't stop")).toEqual([6]);
		expect(found("don't").sort()).toEqual([0, 6]);
	});

	it('reads a typo in a word that had an apostrophe as one typo', () => {
		expect(found('whos afriad of the dark')).toEqual([2]);
		expect(found('the boy who lived and then dindt')).toEqual([5]);
	});

	it('ignores commas and brackets', () => {
		expect(found('ashes ashes')).toEqual([3]);
		expect(found('not alone')).toEqual([4]);
	});

	it('underlines the typed word across the apostrophe', () => {
		const result = typed.search('dont');
		const title = result.ok ? result.hits.find(hit => hit.index === 0)!.matches.find(match => match.field === 'title') : undefined;
		expect(title?.indices).toEqual([[0, 4]]);
		const prefix = typed.search('whos');
		const whos = prefix.ok ? prefix.hits[0]!.matches.find(match => match.field === 'title') : undefined;
		expect(whos?.indices).toEqual([[0, 4]]);
	});
});

describe('the title breaks ties and trumps nothing', () => {
	const works = [
		/* 0 */ makeWork({title: 'Dear Samwise', characters: ['Samwise Gamgee'], tags: ['Fluff and Angst']}),
		/* 1 */ makeWork({title: 'Garden Paths', characters: ['Samwise Gamgee'], tags: ['Fluff']}),
		/* 2 */ makeWork({title: 'Drabbles', tags: ['Angst']}),
		/* 3 */ makeWork({title: 'Sea Glass', tags: ['Drabble']}),
		/* 4 */ makeWork({title: 'Five Times They Met (And One Time They Didn\u2019t)', tags: ['Fluff']}),
		/* 5 */ makeWork({title: 'Stars', tags: ['First Time', 'Time Travel']}),
		/* 6 */ makeWork({title: 'Drabble', tags: ['Fluff']}),
	];
	const order = rankerOf(createSearchEngine(works));

	it('ranks an exact tag with a character above a title word with a longer tag', () => {
		// `fluff` equals the tag `Fluff` of work 1; work 0 has it only inside `Fluff and Angst`.
		expect(order('samwise fluff').slice(0, 2)).toEqual([1, 0]);
	});

	it('ranks the nearer completion of a word before the title', () => {
		// `drabb` is most of `drabble`, less of `drabbles`; between equal words the title wins.
		expect(order('drabb')).toEqual([6, 3, 2]);
	});

	it('ranks the nearer completion of a word before the title through a typo too', () => {
		expect(order('darbble')).toEqual([6, 3, 2]);
	});

	it('counts a value as equal to the query only when the query matches each of its words', () => {
		// `times` and `time` both meet the `time` of `First Time`, whose `first` nobody typed.
		expect(order('times time')[0]).toBe(4);
	});
});
