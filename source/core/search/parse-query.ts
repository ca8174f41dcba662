/**
 * The search box's query language, parsed to a flat list of terms that all
 * must hold (AND). Pure and total: a query it cannot read comes back as a
 * short message for the search box, never as an exception. The forms it
 * reads are listed for people in query-syntax.ts (the search box's help).
 *
 * An unknown `name:` is an error naming the fields there are (quote it,
 * `'re:zero`, to search for the text).
 */
import {wordsOf} from './tokens.js';

/** The fields bare words search; a `field:` prefix narrows a word to one of them. */
export type TextField = 'title' | 'authors' | 'fandoms' | 'relationships' | 'characters' | 'tags' | 'warnings' | 'summary';

/** How a text term compares: with typos allowed, exactly (as a substring), or as the start of a value. */
export type TextMatch = 'fuzzy' | 'exact' | 'prefix';

export type NumericField = 'words' | 'chapters';

/** What `is:` tests: the reader's mark, a bookmark, or chapters posted since the work was last read. */
export type WorkFlag = 'reading' | 'read' | 'unread' | 'later' | 'bookmarked' | 'new';

export type QueryTerm = {negated: boolean} & (
	| {type: 'text'; field: TextField | null; match: TextMatch; text: string}
	| {type: 'rating'; text: string}
	| {type: 'status'; status: 'complete' | 'in-progress'}
	| {type: 'language'; text: string}
	| {type: 'id'; id: string}
	/** Inclusive integer bounds; open ends are ±Infinity. */
	| {type: 'range'; field: NumericField; min: number; max: number}
	| {type: 'is'; flag: WorkFlag}
);

export type ParsedQuery = {ok: true; terms: QueryTerm[]} | {ok: false; error: string};

type FieldName = TextField | 'rating' | 'status' | 'language' | 'id' | NumericField | 'is';

const fieldNames: ReadonlyMap<string, FieldName> = new Map<string, FieldName>([
	['title', 'title'],
	['author', 'authors'],
	['authors', 'authors'],
	['by', 'authors'],
	['fandom', 'fandoms'],
	['fandoms', 'fandoms'],
	['rel', 'relationships'],
	['ship', 'relationships'],
	['relationship', 'relationships'],
	['relationships', 'relationships'],
	['char', 'characters'],
	['character', 'characters'],
	['characters', 'characters'],
	['tag', 'tags'],
	['tags', 'tags'],
	['warning', 'warnings'],
	['warnings', 'warnings'],
	['rating', 'rating'],
	['status', 'status'],
	['lang', 'language'],
	['language', 'language'],
	['id', 'id'],
	['words', 'words'],
	['chapters', 'chapters'],
	['is', 'is'],
	['summary', 'summary'],
]);

/** Every field name the parser reads, for the test that keeps the search box's help complete. */
export function queryFieldNames(): string[] {
	return [...fieldNames.keys()];
}

/** The names the error for an unknown field lists: one per field. */
const knownFields = 'title author fandom rel char tag warning summary rating status lang id words chapters is';

const flagWords: ReadonlyMap<string, WorkFlag> = new Map<string, WorkFlag>([
	['reading', 'reading'],
	['read', 'read'],
	['unread', 'unread'],
	['later', 'later'],
	['bookmarked', 'bookmarked'],
	['bookmark', 'bookmarked'],
	['bookmarks', 'bookmarked'],
	['new', 'new'],
]);

/** What `status:` accepts; any unambiguous prefix of these will do. */
const statusWords: ReadonlyArray<readonly [string, 'complete' | 'in-progress']> = [
	['complete', 'complete'],
	['completed', 'complete'],
	['done', 'complete'],
	['finished', 'complete'],
	['wip', 'in-progress'],
	['in-progress', 'in-progress'],
	['inprogress', 'in-progress'],
	['incomplete', 'in-progress'],
	['ongoing', 'in-progress'],
	['unfinished', 'in-progress'],
];

class QueryError extends Error {}

/** Parses a search-box query. Blank queries give no terms. */
export function parseQuery(query: string): ParsedQuery {
	try {
		return {ok: true, terms: readTerms(query)};
	} catch (error) {
		if (error instanceof QueryError) return {ok: false, error: error.message};
		throw error;
	}
}

function isSpace(character: string | undefined): boolean {
	return character !== undefined && /\s/.test(character);
}

function readTerms(query: string): QueryTerm[] {
	const terms: QueryTerm[] = [];
	let punctuation: string | undefined;
	let position = 0;
	const atEnd = () => position >= query.length || isSpace(query[position]);

	while (position < query.length) {
		if (isSpace(query[position])) {
			position++;
			continue;
		}

		let negated = false;
		const sign = query[position]!;
		// A dash standing alone is punctuation, as in AO3's `Alternate Universe - Modern Setting`.
		if (sign === '-' && (position + 1 >= query.length || isSpace(query[position + 1]))) {
			position++;
			continue;
		}

		if (sign === '!' || sign === '-') {
			negated = true;
			position++;
			if (atEnd()) throw new QueryError(`Nothing to exclude after ${sign}`);
		}

		let field: FieldName | null = null;
		const prefix = /^([a-z]+):/i.exec(query.slice(position));
		const named = prefix ? fieldNames.get(prefix[1]!.toLowerCase()) : undefined;
		if (prefix && !named) throw new QueryError(`${prefix[1]!.slice(0, 12)}: is not a field (${knownFields})`);
		if (prefix && named) {
			field = named;
			position += prefix[0].length;
			if (atEnd()) throw new QueryError(`${prefix[1]}: needs a value`);
		}

		let match: TextMatch = 'fuzzy';
		const modifier = query[position];
		if (modifier === '^' || modifier === "'") {
			match = modifier === '^' ? 'prefix' : 'exact';
			position++;
			if (atEnd()) throw new QueryError(`Nothing after ${modifier}`);
		}

		let value: string;
		const quoted = query[position] === '"';
		if (quoted) {
			const close = query.indexOf('"', position + 1);
			if (close === -1) throw new QueryError('Unclosed quote "');
			value = query.slice(position + 1, close);
			position = close + 1;
			if (value.trim() === '') throw new QueryError('Empty quotes ""');
			// A phrase is taken as written, not as loose words.
			if (match === 'fuzzy') match = 'exact';
		} else {
			const start = position;
			while (!atEnd()) position++;
			value = query.slice(start, position);
		}

		// Punctuation between words (`coffee shops & cafés`) is not a word to look for; alone, it is an error below.
		if (field === null && match === 'fuzzy' && !negated && !quoted && wordsOf(value).length === 0) {
			punctuation ??= value.trim();
			continue;
		}

		terms.push(makeTerm(field, match, value.trim(), negated));
	}

	if (terms.length === 0 && punctuation !== undefined) throw new QueryError(`Nothing to search for in ${punctuation}: type letters or digits`);

	return terms;
}

function makeTerm(field: FieldName | null, match: TextMatch, value: string, negated: boolean): QueryTerm {
	switch (field) {
		case 'rating': {
			return {type: 'rating', text: value, negated};
		}

		case 'language': {
			return {type: 'language', text: value, negated};
		}

		case 'status': {
			return {type: 'status', status: parseStatus(value), negated};
		}

		case 'id': {
			if (!/^\d+$/.test(value)) throw new QueryError('id: expects the digits of a Work ID');
			return {type: 'id', id: value, negated};
		}

		case 'words':
		case 'chapters': {
			return {type: 'range', field, ...parseRange(field, value), negated};
		}

		case 'is': {
			const flag = flagWords.get(value.toLowerCase());
			if (flag === undefined) throw new QueryError('is: expects reading, read, unread, later, bookmarked or new');
			return {type: 'is', flag, negated};
		}

		default: {
			// Words are letters and digits (tokens.ts): punctuation alone would match every work, as if
			// nothing were typed, where a lone ^ is already "Nothing after ^". Both say there is nothing to look for.
			if (wordsOf(value).length === 0) throw new QueryError(`Nothing to search for in ${value}: type letters or digits`);
			return {type: 'text', field, match, text: value, negated};
		}
	}
}

function parseStatus(value: string): 'complete' | 'in-progress' {
	const typed = value.toLowerCase();
	const meant = new Set(statusWords.filter(([word]) => word.startsWith(typed)).map(([, status]) => status));
	const [status] = meant;
	if (meant.size !== 1 || status === undefined) throw new QueryError('status: expects complete or wip');
	return status;
}

/** `>N`, `>=N`, `<N`, `<=N`, `N`, `N..M`, `N..`, `..M`; N may read `12,000`, `5k` or `1.5m`. */
function parseRange(field: NumericField, value: string): {min: number; max: number} {
	const bad = () => new QueryError(`${field}: expects a number like >10000, <5k or 1000..5000`);
	const comparison = /^(>=|<=|>|<|=)?(.*)$/.exec(value)!;
	const operator = comparison[1] ?? '';
	const rest = comparison[2]!;

	if (operator === '' && rest.includes('..')) {
		const [low = '', high = '', ...extra] = rest.split('..');
		if (extra.length > 0 || (low === '' && high === '')) throw bad();
		const min = low === '' ? -Infinity : Math.ceil(parseAmount(low) ?? Number.NaN);
		const max = high === '' ? Infinity : Math.floor(parseAmount(high) ?? Number.NaN);
		if (Number.isNaN(min) || Number.isNaN(max)) throw bad();
		if (min > max) throw new QueryError(`${field}: ${value} is an empty range`);
		return {min, max};
	}

	const amount = parseAmount(rest);
	if (amount === undefined) throw bad();
	switch (operator) {
		case '>': {
			return {min: Math.floor(amount) + 1, max: Infinity};
		}

		case '>=': {
			return {min: Math.ceil(amount), max: Infinity};
		}

		case '<': {
			return {min: -Infinity, max: Math.ceil(amount) - 1};
		}

		case '<=': {
			return {min: -Infinity, max: Math.floor(amount)};
		}

		default: {
			return {min: amount, max: amount};
		}
	}
}

function parseAmount(text: string): number | undefined {
	const parts = /^(\d[\d,_]*(?:\.\d+)?)([km]?)$/i.exec(text.trim());
	if (!parts) return undefined;
	const scale = {'': 1, k: 1000, m: 1_000_000}[parts[2]!.toLowerCase()] ?? 1;
	return Math.round(Number(parts[1]!.replaceAll(/[,_]/g, '')) * scale);
}
