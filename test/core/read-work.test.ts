import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {readBody, readWork} from '../../source/core/read-work.js';

const root = path.join(import.meta.dirname, '../../fixtures');
const textFixtures = fs.readdirSync(root, {recursive: true, encoding: 'utf8'}).filter(name => name.endsWith('.txt')).sort();

/** What `readBody` should give: `readWork`'s body, or its reason. */
function bodyOfWork(bytes: Uint8Array): ReturnType<typeof readBody> {
	const work = readWork(bytes, 'x.txt');
	return work.ok ? {ok: true, body: work.body} : work;
}

describe('readBody', () => {
	test.each(textFixtures)('reads %s as readWork reads its body, refusals too', name => {
		const bytes = fs.readFileSync(path.join(root, name));
		expect(readBody(bytes)).toEqual(bodyOfWork(bytes));
	});

	test('agrees with readWork on text assembled from header lines, chapters and blank lines', () => {
		const line = fc.constantFrom('Title: T', 'Work ID: 5', 'Summary:', 'Chapter 1', 'Chapter Text', 'by a', '', ' ', '\t', 'Words: 5', 'End file.', 'Text here.', 'Notes:');
		fc.assert(
			fc.property(fc.array(line, {maxLength: 40}), lines => {
				const bytes = Buffer.from(lines.join('\n'));
				expect(readBody(bytes)).toEqual(bodyOfWork(bytes));
			}),
			{numRuns: 500},
		);
	});
});
