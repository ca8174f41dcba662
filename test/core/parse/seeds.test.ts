import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import type {ParsedWork} from '../../../source/core/parse/parse-work.js';
import {parseText} from '../../helpers/parse-text.js';
import {repoRoot} from './read-fixture.js';

const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const hasSeeds = fs.existsSync(seedsDir);

/**
 * The real seed files, read as UTF-8 without the text pipeline: their
 * mojibake stays, which the parser does not care about (the full pipeline is
 * tested elsewhere).
 */
function parseSeeds(): Map<string, ParsedWork> {
	const names = fs.readdirSync(seedsDir).filter(name => name.endsWith('.txt'));
	return new Map(names.map(name => [name.slice(0, 3), parseText(fs.readFileSync(path.join(seedsDir, name), 'utf8'), name)]));
}

describe.skipIf(!hasSeeds)('seed files', () => {
	const works = hasSeeds ? parseSeeds() : new Map<string, ParsedWork>();
	const meta = (prefix: string) => works.get(prefix)!.meta;

	test('three AO3 works', () => {
		expect([...works.keys()].sort()).toEqual(['000', '001', '003']);
		for (const work of works.values()) {
			expect(work.meta.format).toBe('ao3-text');
		}
	});

	test('titles, Work IDs and authors', () => {
		expect([meta('000').title, meta('001').title, meta('003').title]).toEqual(['We Die Together', "Don't Say Goodbye (Drabble)", 'Last Confrontation']);
		expect([meta('000').id, meta('001').id, meta('003').id]).toEqual(['3410741', '9460241', '1449373']);
		expect([meta('000').authors, meta('001').authors, meta('003').authors]).toEqual([['LunaCross_Freewood_Ryack12'], ['MonsieurMadeleine'], ['amissie_valvert']]);
	});

	test('rating, relationships and language', () => {
		for (const work of works.values()) {
			expect(work.meta).toMatchObject({rating: 'Teen And Up Audiences', relationships: ['Javert/Jean Valjean'], language: 'English', status: 'complete'});
		}
	});

	test('000: empty Additional Tags, a summary, the body after Work text:', () => {
		const work = works.get('000')!;
		expect(work.meta.tags).toEqual([]);
		expect(work.meta.summary).toMatch(/^Enjoliras want Valjean to kill Inspector Javert/);
		expect(work.body.paragraphs[0]).toMatch(/^All of the army men/);
		expect(work.meta.toc).toEqual([]);
	});

	test('001: two chapters without a marked boundary, no summary', () => {
		const work = works.get('001')!;
		expect(work.meta).toMatchObject({chapters: {posted: 2, total: 2}, status: 'complete', summary: null, toc: [], tags: ['Valjean dies', 'Valjean POV']});
		expect(work.body.paragraphs[0]).toMatch(/^The streets are pretty crowded/);
		expect(work.body.paragraphs[2]).toContain('\n');
	});

	test('003: "Alpha/Beta/Omega Dynamics" is one tag, and the repeated title is body, not a chapter', () => {
		const work = works.get('003')!;
		expect(work.meta.tags.filter(tag => tag === 'Alpha/Beta/Omega Dynamics')).toHaveLength(1);
		expect(work.meta.tags).toHaveLength(8);
		expect(work.body.paragraphs[0]).toBe('Last Confrontation');
		expect(work.meta.toc).toEqual([]);
		expect(work.meta.summary).toMatch(/^Javert is Valjeans Omega/);
	});

	test('words are counted', () => {
		for (const work of works.values()) {
			expect(work.meta.words).toBeGreaterThan(500);
		}
	});
});
