import {describe, expect, test} from 'vitest';
import type {ParsedWork} from '../../../source/core/parse/parse-work.js';
import {parseText} from '../../helpers/parse-text.js';
import {readFixture} from './read-fixture.js';

function parseFixture(name: string): ParsedWork {
	return parseText(readFixture(name), name);
}

/** Every toc entry points at a body paragraph that is its heading, in reading order. */
function expectTocConsistent({meta, body}: ParsedWork): void {
	let previous = -1;
	for (const {paragraph} of meta.toc) {
		expect(paragraph).toBeGreaterThan(previous);
		expect(paragraph).toBeLessThan(body.paragraphs.length);
		previous = paragraph;
	}
}

describe('ao3-text with a full header', () => {
	const work = parseFixture('ao3-full-header.txt');

	test('reads every label', () => {
		expect(work.meta).toMatchObject({
			format: 'ao3-text',
			id: '40917265',
			title: "The Cartographer's Lantern",
			authors: ['inkwell_marten', 'Quillon (SaltmarshScribe)'],
			rating: 'Mature',
			warnings: ['Graphic Depictions Of Violence', 'Major Character Death'],
			categories: ['F/M', 'Gen'],
			fandoms: ['The Saltmarsh Chronicles (Web Serial)', 'Lanterns of Oddmere - Original Work'],
			relationships: ['Wren Aldous/Tobiah Crane', 'Wren Aldous & Mother Ilse'],
			characters: ['Wren Aldous', 'Tobiah Crane', 'Mother Ilse', 'The Harbour Cat'],
			tags: ['Alpha/Beta/Omega Dynamics', 'Slow Burn', 'Maps', 'Found Family', 'Hurt/Comfort'],
			language: 'English',
			series: [
				{name: 'Tides, Lanterns, and Other Small Lights', part: 2},
				{name: 'The Oddmere Cycle', part: 1},
			],
			status: 'in-progress',
			chapters: {posted: 2, total: 3},
			published: '2021-03-14',
			updated: '2022-11-02',
			extra: {Words: '1,337', Comments: '48', Kudos: '1,204', Bookmarks: '96', Hits: '20,511'},
		});
	});

	test('the summary spans paragraphs, keeps its line breaks, and ends at the notes', () => {
		expect(work.meta.summary).toBe(
			'Wren draws maps of places that do not exist yet. Tobiah keeps the lighthouse\nthat ships keep forgetting.\n\nWhen a map of the harbour turns up with a street Wren never drew, the two of them have one winter to find out who is finishing her work.',
		);
	});

	test('the body keeps the notes, drops the Work text marker, and keeps line breaks', () => {
		const {paragraphs} = work.body;
		expect(paragraphs[0]).toBe('Notes:\nThanks to my beta, who read this three times.');
		expect(paragraphs).not.toContain('Work text:');
		expect(paragraphs[3]).toBe('"You could light the stove," Tobiah said from the doorway.\n"I could," she agreed, and did not.');
		expect(paragraphs.at(-1)).toBe('She had not. Nobody had. And yet there it was, in her own hand, running from the chapel to the sea.');
	});

	test('chapter headings make the toc', () => {
		expect(work.meta.toc).toEqual([
			{title: 'Chapter 1: The Lantern Road', paragraph: 1},
			{title: 'Chapter 2', paragraph: 5},
		]);
		expectTocConsistent(work);
	});

	test('words are counted in the body, not copied from the header', () => {
		expect(work.meta.words).toBe(142);
	});
});

describe('ao3-text with singular labels', () => {
	const work = parseFixture('ao3-singular-labels.txt');

	test('reads singular labels into the same fields', () => {
		expect(work.meta).toMatchObject({
			authors: ['ferncopse'],
			warnings: ['No Archive Warnings Apply'],
			categories: ['Gen'],
			fandoms: ['Tidewater Inn (Radio Drama)'],
			relationships: ['Maud Penhallow & Osric Teague'],
			characters: ['Maud Penhallow'],
			tags: ['Fluff'],
			series: [{name: 'Tidewater Stories', part: null}],
		});
	});

	test('without Status or Updated: complete from the chapters, updated from Completed', () => {
		expect(work.meta).toMatchObject({status: 'complete', chapters: {posted: 1, total: 1}, published: '2019-07-01', updated: '2019-07-09'});
		expect(work.meta.extra).toEqual({Completed: '2019-07-09', Words: '412'});
	});

	test('a one-paragraph summary with no marker after it ends at its paragraph', () => {
		expect(work.meta.summary).toBe('The night porter and the cook argue about soup.');
		expect(work.body.paragraphs[0]).toMatch(/^Maud had set the pot/);
		expect(work.body.paragraphs).toHaveLength(3);
		expect(work.meta.toc).toEqual([]);
	});
});

describe('ao3-text in progress', () => {
	const work = parseFixture('ao3-wip.txt');

	test('thousands separators and an unknown total', () => {
		expect(work.meta).toMatchObject({chapters: {posted: 1024, total: null}, status: 'in-progress', extra: {Words: '2,345,678'}});
	});

	test('headings right after the Work text marker', () => {
		expect(work.meta.toc).toEqual([
			{title: 'Chapter 1023', paragraph: 0},
			{title: 'Chapter 1024: Still Going', paragraph: 2},
		]);
	});
});

describe('ao3-text with Chapter Text markers', () => {
	const work = parseFixture('ao3-chapter-text-markers.txt');

	test('the summary ends at the notes', () => {
		expect(work.meta.summary).toBe('Three letters, three seasons, one very stubborn orchid.');
	});

	test('markers are numbered in order', () => {
		expect(work.meta.toc).toEqual([
			{title: 'Chapter 1', paragraph: 1},
			{title: 'Chapter 2', paragraph: 3},
			{title: 'Chapter 3', paragraph: 5},
		]);
		expect(work.body.paragraphs[1]).toBe('Chapter Text');
		expect(work.meta.status).toBe('complete');
	});
});

describe('summary boundaries', () => {
	const parse = (text: string) => parseText(text, 'x.txt');
	const header = 'Title: T\nWork ID: 1\n\n';

	test('a summary ends at Work text:', () => {
		const work = parse(`${header}Summary:\nOne.\n\nTwo.\n\nWork text:\n\nBody.`);
		expect(work.meta.summary).toBe('One.\n\nTwo.');
		expect(work.body.paragraphs).toEqual(['Body.']);
	});

	test('a summary ends at Chapter Text', () => {
		const work = parse(`${header}Summary:\nOne.\n\nChapter Text\n\nBody.`);
		expect(work.meta.summary).toBe('One.');
		expect(work.body.paragraphs).toEqual(['Chapter Text', 'Body.']);
	});

	test('a summary ends at a chapter heading', () => {
		const work = parse(`${header}Summary:\nOne.\n\nTwo.\n\nChapter 1: Go\n\nBody.`);
		expect(work.meta.summary).toBe('One.\n\nTwo.');
		expect(work.meta.toc).toEqual([{title: 'Chapter 1: Go', paragraph: 0}]);
	});

	test('a summary on the label line', () => {
		const work = parse(`${header}Summary: All on one line.\n\nWork text:\n\nBody.`);
		expect(work.meta.summary).toBe('All on one line.');
	});

	test('with no marker within a summary\'s length, only the first paragraph is the summary', () => {
		const long = 'Prose goes on. '.repeat(200);
		const work = parse(`${header}Summary:\nShort.\n\n${long}\n\nWork text:\n\nBody.`);
		expect(work.meta.summary).toBe('Short.');
		expect(work.body.paragraphs).toEqual([long.trim(), 'Body.']);
	});

	test('no summary: the body starts after the header (seed 001 shape)', () => {
		const work = parse(`${header}First line of the story.\n\nSecond.`);
		expect(work.meta.summary).toBeNull();
		expect(work.body.paragraphs).toEqual(['First line of the story.', 'Second.']);
	});

	test('an empty summary is null', () => {
		expect(parse(`${header}Summary:\n\nWork text:\n\nBody.`).meta.summary).toBeNull();
	});

	test('text on the Work text line\'s next line stays in the body', () => {
		expect(parse(`${header}Work text:\nBody right away.`).body.paragraphs).toEqual(['Body right away.']);
	});

	test('Chapters: 2/2 with no marked boundary invents no toc', () => {
		expect(parse('Title: T\nChapters: 2/2\n\nOne.\n\nTwo.').meta.toc).toEqual([]);
	});
});

describe('fff-text', () => {
	const text = readFixture('fff-text.txt');
	const work = parseText(text, 'fff-text.txt');

	test('reads the title page', () => {
		expect(work.meta).toMatchObject({
			format: 'fff-text',
			id: '51234567',
			title: "The Beekeeper's Almanac",
			authors: ['honeycomb_hollow', 'Jessamy Fenwick'],
			rating: 'Teen And Up Audiences',
			warnings: ['No Archive Warnings Apply'],
			categories: ['F/M', 'Gen'],
			fandoms: ['The Almanac Tales (Podcast)', 'Orchard Keepers - Original Work'],
			relationships: ['Marigold Vance/Ezra Thorne'],
			characters: ['Marigold Vance', 'Ezra Thorne', 'The Queen Bee'],
			tags: ['Bees', 'Slow Burn', 'Well-Meaning Meddling', 'Rural Fantasy', 'Alpha/Beta/Omega Dynamics'],
			language: 'English',
			series: [{name: 'Orchard Keepers', part: 3}],
			status: 'in-progress',
			chapters: {posted: 3, total: null},
			published: '2023-04-01',
			updated: '2023-06-17',
			summary:
				'Marigold keeps bees, an almanac, and a grudge against the weather. Ezra keeps turning up with jars that need filling and questions about the hives that nobody has ever thought to ask out loud.',
			extra: {
				Packaged: '2024-01-05 10:11:12',
				Words: '512',
				Publisher: 'archiveofourown.org',
				'Story URL': 'https://archiveofourown.org/works/51234567',
				'Author URL': 'https://archiveofourown.org/users/honeycomb_hollow/pseuds/honeycomb_hollow',
			},
		});
	});

	test('re-joins wrapped lines, keeps <br> breaks, drops the contents list and End file.', () => {
		expect(work.body.paragraphs).toEqual([
			'First Frost',
			'The first frost came early that year, and Marigold spent the morning wrapping the hives in sacking while the bees grumbled inside them like a distant, well-meaning argument about nothing in particular.',
			'Ezra arrived at noon with three empty jars and no explanation.',
			'A Swarm in May',
			'A swarm in May is worth a load of hay, her grandmother used to say, though Marigold had never once been paid in hay and did not intend to start now.',
			"The almanac's margin read:\nrain by Thursday\nno honey till June",
			'What the Hive Knows',
			'The hive knew before either of them did. It went quiet on the evening Ezra finally asked, and stayed quiet until she answered.',
		]);
	});

	test('the contents entries are matched where they recur', () => {
		expect(work.meta.toc).toEqual([
			{title: 'First Frost', paragraph: 0},
			{title: 'A Swarm in May', paragraph: 3},
			{title: 'What the Hive Knows', paragraph: 6},
		]);
	});

	test.each([
		['a tab', '\t'],
		['four spaces (the text pipeline\'s tab)', '    '],
	])('chapter titles indented with %s', (_name, indent) => {
		const variant = parseText(text.replaceAll('        ', indent), 'x.txt');
		expect(variant.meta.toc).toEqual(work.meta.toc);
		expect(variant.body.paragraphs).toEqual(work.body.paragraphs);
	});

	test('the layout of the FORMAT.md sketch: by-line under the title, indented contents', () => {
		const sketch = [
			'Small Title',
			'by someone',
			'',
			'Category: A Fandom',
			'Status: Completed',
			'Chapters: 2',
			'Summary: Short.',
			'',
			'TABLE OF CONTENTS',
			'\tOne',
			'',
			'\tTwo',
			'',
			'\tOne',
			'First chapter text.',
			'',
			'\tTwo',
			'',
			'Second chapter text.',
			'End file.',
		].join('\n');
		const parsed = parseText(sketch, 'x.txt');
		expect(parsed.meta).toMatchObject({format: 'fff-text', title: 'Small Title', authors: ['someone'], fandoms: ['A Fandom'], status: 'complete', chapters: {posted: 2, total: 2}, summary: 'Short.'});
		expect(parsed.body.paragraphs).toEqual(['One', 'First chapter text.', 'Two', 'Second chapter text.']);
		expect(parsed.meta.toc).toEqual([
			{title: 'One', paragraph: 0},
			{title: 'Two', paragraph: 2},
		]);
	});

	test('a one-chapter work has no contents list; its indented title is still a heading', () => {
		const single = ['', '', '', 'Solo', '', 'by me', '', '', '', '', 'Rating: General Audiences', '', '', '', '', '', '        The Only Chapter', '', '', 'Text.', '', '', '', 'End file.', ''].join('\n');
		const parsed = parseText(single, 'x.txt');
		expect(parsed.body.paragraphs).toEqual(['The Only Chapter', 'Text.']);
		expect(parsed.meta.toc).toEqual([{title: 'The Only Chapter', paragraph: 0}]);
	});

	test('text right under the by-line is body, not a lost header', () => {
		const parsed = parseText('A Title\nby someone\n\nThe story starts at once.\n\nEnd file.\n', 'x.txt');
		expect(parsed.meta).toMatchObject({format: 'fff-text', title: 'A Title', authors: ['someone']});
		expect(parsed.body.paragraphs).toEqual(['The story starts at once.']);
	});

	test('chapters sharing a title', () => {
		const lines = ['T', '', 'by a', '', 'Rating: Mature', '', '', 'TABLE OF CONTENTS', '', 'Part', '', 'Part', '', '', '', '        Part', '', 'One.', '', '', '        Part', '', 'Two.'];
		const parsed = parseText(lines.join('\n'), 'x.txt');
		expect(parsed.body.paragraphs).toEqual(['Part', 'One.', 'Part', 'Two.']);
		expect(parsed.meta.toc).toEqual([
			{title: 'Part', paragraph: 0},
			{title: 'Part', paragraph: 2},
		]);
	});
});

describe('plain-text', () => {
	const work = parseFixture('plain-no-header.txt');

	test('title from the file name, no metadata, everything is body', () => {
		expect(work.meta).toMatchObject({
			format: 'plain-text',
			id: null,
			title: 'plain-no-header',
			authors: [],
			rating: null,
			status: 'unknown',
			chapters: null,
			summary: null,
			extra: {},
		});
		expect(work.body.paragraphs[0]).toBe('Chapter 1');
		expect(work.body.paragraphs[2]).toBe('She kept a tide table folded in her coat, and on the back of it a list:\nbread\nlamp oil\na better excuse');
	});

	// Regression (issue 16.10): a backslash was taken for a folder separator, and `name_backslash_\x1b.txt` was titled `x1b`.
	test('a backslash in the file name is part of the title', () => {
		expect(parseText('Just a story.\n', 'name_backslash_\\x1b.txt').meta.title).toBe('name_backslash_\\x1b');
	});

	test('headings are found, "Chapter 3" in prose is not', () => {
		expect(work.meta.toc).toEqual([
			{title: 'Chapter 1', paragraph: 0},
			{title: 'Chapter 2: Low Water', paragraph: 3},
		]);
	});

	test('word count', () => {
		expect(work.meta.words).toBe(77);
	});
});

describe('unknown labels', () => {
	const work = parseFixture('unknown-labels.txt');

	test('are kept in extra as written, with continued values joined', () => {
		expect(work.meta.extra).toEqual({
			'Story URL': 'https://archiveofourown.org/works/88812345',
			'Beta Reader': 'pepperpot',
			Playlist: 'rain on a tin roof, and one kettle',
			Kudos: '12',
			Mood: 'contemplative',
		});
	});

	test('known labels in any case still fill their fields; the Work ID comes from the story URL', () => {
		expect(work.meta).toMatchObject({id: '88812345', rating: 'General Audiences', fandoms: ['Larder Tales'], status: 'unknown'});
	});
});

describe('title fallback', () => {
	test.each([
		['Some Fic.txt', 'Some Fic'],
		['folder/sub/Other.Fic.txt', 'Other.Fic'],
		['no-extension', 'no-extension'],
		['.hidden', '.hidden'],
	])('%s → %s', (fileName, title) => {
		expect(parseText('Just a story.', fileName).meta.title).toBe(title);
	});

	test('an AO3 header without a title', () => {
		expect(parseText('Work ID: 5\nRating: Mature\n\nText.', 'From Name.txt').meta.title).toBe('From Name');
	});

	test('an empty Title label falls back too', () => {
		expect(parseText('Title: \nWork ID: 5\n\nText.', 'From Name.txt').meta.title).toBe('From Name');
	});
});

test('all fixtures keep their toc consistent with the body', () => {
	for (const name of ['ao3-full-header.txt', 'ao3-singular-labels.txt', 'ao3-wip.txt', 'ao3-chapter-text-markers.txt', 'fff-text.txt', 'plain-no-header.txt', 'unknown-labels.txt']) {
		expectTocConsistent(parseFixture(name));
	}
});
