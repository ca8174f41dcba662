import {describe, expect, it} from 'vitest';
import {findPhrase, foldPhrase} from '../../../source/core/grep/find-phrase.js';

const body = {
	paragraphs: [
		'Nothing here.',
		'She said, \u201CDon\u2019t go\u201D, and the lamp at\nGull Point went out.',
		'\u00C9ponine waited by the Caf\u00E9 door. The lamp at gull point, again.',
	],
};

describe('findPhrase', () => {
	it('ignores case, accents, curly or straight quotes and line breaks inside the phrase', () => {
		const at = (phrase: string) => findPhrase(body, foldPhrase(phrase)).map(hit => [hit.paragraph, hit.start]);
		expect(at('lamp at gull point')).toEqual([[1, 30], [2, 37]]);
		expect(at('LAMP AT   GULL\nPOINT')).toEqual([[1, 30], [2, 37]]);
		expect(at('"don\'t go"')).toEqual([[1, 10]]);
		expect(at('eponine waited')).toEqual([[2, 0]]);
		expect(at('cafe door')).toEqual([[2, 22]]);
		expect(at('not there')).toEqual([]);
		expect(findPhrase(body, foldPhrase('   '))).toEqual([]);
	});

	it('marks the original characters and quotes them in a one-line snippet', () => {
		const [hit] = findPhrase(body, foldPhrase('gull point went'));
		expect(body.paragraphs[1]!.slice(hit!.start, hit!.end)).toBe('Gull Point went');
		expect(hit!.snippet).toBe('She said, \u201CDon\u2019t go\u201D, and the lamp at Gull Point went out.');
		expect(hit!.snippet).not.toContain('\n');
	});

	it('stops at the limit', () => {
		expect(findPhrase(body, foldPhrase('the'), 2)).toHaveLength(2);
	});
});
