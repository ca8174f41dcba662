import {describe, expect, it} from 'vitest';
import {toCommand} from '../../source/cli/flags.js';

const parse = (input: string[], flags: Record<string, unknown> = {}) => toCommand(input, flags, flags);

describe('toCommand', () => {
	it('opens the reader on . by default', () => {
		expect(parse([])).toEqual({kind: 'read', dir: '.', width: null, state: null});
	});

	it('reads --list, --json, --filter and --print', () => {
		expect(parse(['lib'], {list: true})).toEqual({kind: 'list', dir: 'lib', json: false});
		expect(parse(['lib'], {list: true, json: true})).toEqual({kind: 'list', dir: 'lib', json: true});
		expect(parse(['lib'], {json: true})).toEqual({kind: 'list', dir: 'lib', json: true});
		expect(parse(['lib'], {filter: 'tag:angst', json: true})).toEqual({kind: 'filter', dir: 'lib', query: 'tag:angst', json: true});
		expect(parse(['lib'], {print: '123', width: '72'})).toEqual({kind: 'print', dir: 'lib', work: '123', width: 72});
	});

	it('refuses unknown flags with their names', () => {
		expect(parse([], {bogus: true})).toEqual({error: 'unknown flag --bogus (see --help)'});
		expect(parse([], {z: true})).toEqual({error: 'unknown flag -z (see --help)'});
	});

	it('refuses a width that is not a sensible whole number', () => {
		for (const width of ['abc', '0', '10', '5000', '7.5', '-3']) {
			expect(parse([], {width})).toHaveProperty('error', expect.stringContaining('--width must be a whole number'));
		}
	});

	it('refuses modes that cannot be combined', () => {
		expect(parse([], {list: true, print: 'x'})).toEqual({error: '--list and --print cannot be combined'});
		expect(parse([], {print: 'x', json: true})).toHaveProperty('error');
		expect(parse(['a', 'b'])).toEqual({error: 'expected one folder, got 2 arguments (see --help)'});
		expect(parse([], {print: ''})).toEqual({error: '--print needs a value'});
	});
});
