import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseQuery, type ParsedQuery, type QueryTerm} from '../../../source/core/search/parse-query.js';

function terms(query: string): QueryTerm[] {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new Error(`expected ${JSON.stringify(query)} to parse, got: ${parsed.error}`);
	return parsed.terms;
}

function error(query: string): string {
	const parsed: ParsedQuery = parseQuery(query);
	if (parsed.ok) throw new Error(`expected ${JSON.stringify(query)} to fail, got ${JSON.stringify(parsed.terms)}`);
	return parsed.error;
}

const text = (value: string, more: Partial<Extract<QueryTerm, {type: 'text'}>> = {}): QueryTerm => ({type: 'text', field: null, match: 'fuzzy', text: value, negated: false, ...more});

describe('parseQuery', () => {
	it('gives no terms for a blank query', () => {
		expect(terms('')).toEqual([]);
		expect(terms('   \t ')).toEqual([]);
	});

	it('reads bare words as fuzzy terms on every text field', () => {
		expect(terms('slow  burn')).toEqual([text('slow'), text('burn')]);
	});

	it('reads a quoted phrase as one exact term, spaces and all', () => {
		expect(terms('"slow burn" angst')).toEqual([text('slow burn', {match: 'exact'}), text('angst')]);
	});

	it("reads 'word as exact and ^word as prefix", () => {
		expect(terms("'angst ^alt")).toEqual([text('angst', {match: 'exact'}), text('alt', {match: 'prefix'})]);
		expect(terms('^"alternate universe"')).toEqual([text('alternate universe', {match: 'prefix'})]);
	});

	it('reads !word and -word as exclusions', () => {
		expect(terms('!fluff -crack')).toEqual([text('fluff', {negated: true}), text('crack', {negated: true})]);
	});

	it('keeps a dash or apostrophe inside a word', () => {
		expect(terms("x-men don't")).toEqual([text('x-men'), text("don't")]);
	});

	it('reads each text field and its aliases', () => {
		expect(terms('title:a author:b fandom:c rel:d ship:e char:f tag:g warning:h')).toEqual([
			text('a', {field: 'title'}),
			text('b', {field: 'authors'}),
			text('c', {field: 'fandoms'}),
			text('d', {field: 'relationships'}),
			text('e', {field: 'relationships'}),
			text('f', {field: 'characters'}),
			text('g', {field: 'tags'}),
			text('h', {field: 'warnings'}),
		]);
		expect(terms('TAG:Angst')).toEqual([text('Angst', {field: 'tags'})]);
	});

	it('combines fields with quotes, modifiers and negation', () => {
		expect(terms('tag:"major character death" !tag:angst -tag:\'fluff rel:^draco')).toEqual([
			text('major character death', {field: 'tags', match: 'exact'}),
			text('angst', {field: 'tags', negated: true}),
			text('fluff', {field: 'tags', match: 'exact', negated: true}),
			text('draco', {field: 'relationships', match: 'prefix'}),
		]);
	});

	it('refuses an unknown field, naming the known ones; a quote searches the text', () => {
		expect(error('foo:bar')).toBe('foo: is not a field (title author fandom rel char tag warning summary rating status lang id words chapters is)');
		expect(error('Re:Zero')).toMatch(/^Re: is not a field/);
		expect(terms("'Re:Zero")).toEqual([{type: 'text', field: null, match: 'exact', text: 'Re:Zero', negated: false}]);
	});

	it('reads is: filters on the reading state', () => {
		expect(terms('is:reading is:read !is:later is:bookmark is:NEW is:unread')).toEqual([
			{type: 'is', flag: 'reading', negated: false},
			{type: 'is', flag: 'read', negated: false},
			{type: 'is', flag: 'later', negated: true},
			{type: 'is', flag: 'bookmarked', negated: false},
			{type: 'is', flag: 'new', negated: false},
			{type: 'is', flag: 'unread', negated: false},
		]);
		expect(error('is:maybe')).toBe('is: expects reading, read, unread, later, bookmarked or new');
	});

	it('reads rating, status, language and id', () => {
		expect(terms('rating:e rating:teen status:complete status:wip lang:en id:12345')).toEqual([
			{type: 'rating', text: 'e', negated: false},
			{type: 'rating', text: 'teen', negated: false},
			{type: 'status', status: 'complete', negated: false},
			{type: 'status', status: 'in-progress', negated: false},
			{type: 'language', text: 'en', negated: false},
			{type: 'id', id: '12345', negated: false},
		]);
		expect(terms('status:c status:done status:in-progress !status:ongoing')).toEqual([
			{type: 'status', status: 'complete', negated: false},
			{type: 'status', status: 'complete', negated: false},
			{type: 'status', status: 'in-progress', negated: false},
			{type: 'status', status: 'in-progress', negated: true},
		]);
	});

	it('reads numeric comparisons and ranges as inclusive integer bounds', () => {
		const range = (query: string) => terms(query).map(term => (term.type === 'range' ? [term.field, term.min, term.max] : term));
		expect(range('words:>10000')).toEqual([['words', 10_001, Infinity]]);
		expect(range('words:>=10000')).toEqual([['words', 10_000, Infinity]]);
		expect(range('words:<5k')).toEqual([['words', -Infinity, 4999]]);
		expect(range('words:<=1.5k')).toEqual([['words', -Infinity, 1500]]);
		expect(range('words:1000..5000')).toEqual([['words', 1000, 5000]]);
		expect(range('words:1k..')).toEqual([['words', 1000, Infinity]]);
		expect(range('words:..2m')).toEqual([['words', -Infinity, 2_000_000]]);
		expect(range('words:12,345')).toEqual([['words', 12_345, 12_345]]);
		expect(range('chapters:>3')).toEqual([['chapters', 4, Infinity]]);
	});

	it('reports malformed queries as short messages', () => {
		expect(error('words:>abc')).toBe('words: expects a number like >10000, <5k or 1000..5000');
		expect(error('chapters:')).toBe('chapters: needs a value');
		expect(error('words:>')).toMatch(/^words: expects a number/);
		expect(error('words:5000..1000')).toBe('words: 5000..1000 is an empty range');
		expect(error('words:1..2..3')).toMatch(/^words: expects/);
		expect(error('"slow burn')).toBe('Unclosed quote "');
		expect(error('tag:"angst')).toBe('Unclosed quote "');
		expect(error('!')).toBe('Nothing to exclude after !');
		expect(error('fluff !')).toBe('Nothing to exclude after !');
	});

	it('reads a dash standing alone as punctuation, so AO3 tags can be typed as written', () => {
		const parsed = parseQuery('alternate universe - modern setting -');
		expect(parsed.ok && parsed.terms.map(term => term.type === 'text' && !term.negated && term.text)).toEqual(['alternate', 'universe', 'modern', 'setting']);
		expect(error('^')).toBe('Nothing after ^');
		// Decided (issue 16): punctuation alone matched every work while a lone ^ was an error; both are errors now.
		expect(error('...')).toBe('Nothing to search for in ...: type letters or digits');
		expect(error('!!!')).toBe('Nothing to search for in !!: type letters or digits');
		expect(error('tag:"?!"')).toBe('Nothing to search for in ?!: type letters or digits');
		expect(terms('hurt/comfort')).toEqual([text('hurt/comfort')]);
		// Punctuation between words is passed over, as the dash in AO3's tag names is.
		expect(terms('coffee shops & cafés')).toEqual([text('coffee'), text('shops'), text('cafés')]);
		expect(error('""')).toBe('Empty quotes ""');
		expect(error('tag:')).toBe('tag: needs a value');
		expect(error('status:maybe')).toBe('status: expects complete or wip');
		expect(error('id:abc')).toBe('id: expects the digits of a Work ID');
	});

	it('never throws, and its messages stay one short line', () => {
		const piece = fc.constantFrom(' ', '"', "'", '^', '!', '-', ':', 'tag', 'words', 'status', 'id', '>', '<=', '..', '1', '5k', 'é', 'x', '\u0301', '\t');
		fc.assert(
			fc.property(fc.array(piece, {maxLength: 14}), pieces => {
				const query = pieces.join('');
				const parsed = parseQuery(query);
				if (!parsed.ok) {
					// The longest, for an unknown field, lists every field there is.
					expect(parsed.error.length).toBeLessThanOrEqual(120);
					expect(parsed.error).not.toContain('\n');
				}
			}),
			{numRuns: 1000},
		);
	});
});
